package org.dossier.eval.summary;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.dossier.synthesise.Summary;
import org.dossier.synthesise.SummarySentence;

/**
 * Scores summarisers cluster by cluster with ROUGE against the cluster's references, every candidate
 * given the references' mean length as its budget and cut to it, and averages the scores over the
 * clusters (as ROUGE-1.5.5 averages its evaluations).
 */
final class SummaryEvaluation {

  /** A system under test: how it summarises a cluster in a number of words. */
  record System(String name, BiFunction<Rpm2.Cluster, Integer, Summary> summarise) {}

  /** One cluster's summary and scores. */
  record ClusterScore(String cluster, int limit, int words, Rouge.Scores scores, List<String> summary) {}

  /** A system's mean scores, over all clusters and per part (C1, C2). */
  record SystemScore(String system, Rouge.Scores mean, Map<String, Rouge.Scores> byPart, double seconds, List<ClusterScore> clusters) {}

  private SummaryEvaluation() {}

  /** The literature's baselines, each on the cluster it is given. */
  static List<System> peers(TfIdf tfIdf, org.dossier.config.Settings settings) {
    List<org.dossier.synthesise.Summariser> peers = List.of(new LeadPeer(), new CentroidPeer(tfIdf, settings), new LexRankPeer(tfIdf, settings));
    List<String> names = List.of("lead", "centroid (MEAD)", "lexrank");
    List<System> systems = new ArrayList<>();
    for (int i = 0; i < peers.size(); i++) {
      org.dossier.synthesise.Summariser peer = peers.get(i);
      systems.add(new System(names.get(i), (c, words) -> peer.summarise(c.articles(), words)));
    }
    return systems;
  }

  static SystemScore score(System system, List<Rpm2.Cluster> clusters) {
    Rouge rouge = new Rouge();
    List<ClusterScore> scores = new ArrayList<>();
    long t0 = java.lang.System.nanoTime();
    for (Rpm2.Cluster c : clusters) {
      int limit = c.referenceWords();
      Summary s = system.summarise().apply(c, limit);
      List<String> sentences = s.sentences().stream().map(SummarySentence::text).toList();
      scores.add(new ClusterScore(c.id(), limit, s.words(), rouge.score(sentences, c.referenceSentences(), limit), sentences));
    }
    double seconds = (java.lang.System.nanoTime() - t0) / 1e9;
    Map<String, Rouge.Scores> byPart = new LinkedHashMap<>();
    for (String part : clusters.stream().map(Rpm2.Cluster::part).distinct().sorted().toList()) {
      List<String> ids = clusters.stream().filter(c -> c.part().equals(part)).map(Rpm2.Cluster::id).toList();
      byPart.put(part, mean(scores.stream().filter(s -> ids.contains(s.cluster())).toList()));
    }
    return new SystemScore(system.name(), mean(scores), byPart, seconds, scores);
  }

  private static Rouge.Scores mean(List<ClusterScore> scores) {
    return new Rouge.Scores(mean(scores, Rouge.Scores::rouge1), mean(scores, Rouge.Scores::rouge2), mean(scores, Rouge.Scores::rougeL));
  }

  private static Rouge.Score mean(List<ClusterScore> scores, Function<Rouge.Scores, Rouge.Score> measure) {
    double r = 0;
    double p = 0;
    double f = 0;
    for (ClusterScore s : scores) {
      Rouge.Score m = measure.apply(s.scores());
      r += m.recall();
      p += m.precision();
      f += m.f();
    }
    int n = Math.max(1, scores.size());
    return new Rouge.Score(r / n, p / n, f / n);
  }

  static void printTable(PrintWriter out, String title, List<SystemScore> systems, Function<SystemScore, Rouge.Scores> which) {
    out.println(title);
    out.printf("%-22s | %-15s | %-15s | %-15s%n", "system", "ROUGE-1 R / F", "ROUGE-2 R / F", "ROUGE-L R / F");
    for (SystemScore s : systems) {
      Rouge.Scores m = which.apply(s);
      out.printf("%-22s | %.4f / %.4f | %.4f / %.4f | %.4f / %.4f%n", s.system(), m.rouge1().recall(), m.rouge1().f(), m.rouge2().recall(), m.rouge2().f(), m.rougeL().recall(), m.rougeL().f());
    }
  }

  /** Where the first system is not above every other, measure by measure; empty when it leads everywhere. */
  static List<String> notAhead(List<SystemScore> systems, Function<SystemScore, Rouge.Scores> which, String scope) {
    List<String> lines = new ArrayList<>();
    SystemScore first = systems.get(0);
    Map<String, Function<Rouge.Scores, Double>> measures = new LinkedHashMap<>();
    measures.put("ROUGE-1 R", m -> m.rouge1().recall());
    measures.put("ROUGE-1 F", m -> m.rouge1().f());
    measures.put("ROUGE-2 R", m -> m.rouge2().recall());
    measures.put("ROUGE-2 F", m -> m.rouge2().f());
    measures.put("ROUGE-L R", m -> m.rougeL().recall());
    measures.put("ROUGE-L F", m -> m.rougeL().f());
    for (SystemScore other : systems.subList(1, systems.size())) {
      measures.forEach((name, get) -> {
        double a = get.apply(which.apply(first));
        double b = get.apply(which.apply(other));
        if (a <= b) lines.add(String.format("%s: %s %.4f is not above %s %.4f", scope, name, a, other.system(), b));
      });
    }
    return lines;
  }
}
