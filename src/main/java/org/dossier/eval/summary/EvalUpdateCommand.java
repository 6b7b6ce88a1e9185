package org.dossier.eval.summary;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dossier.config.Settings;
import org.dossier.eval.JsonReport;
import org.dossier.synthesise.ConceptSummariser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code dossier eval update --data DIR}: ROUGE of Dossier's update summaries of each RPM2 topic's
 * second cluster given its first, against the second cluster's references (RPM2's update
 * summaries), beside Dossier's plain summary and the peers run on the second cluster alone.
 */
@Command(
    name = "update",
    mixinStandardHelpOptions = true,
    description = {
      "ROUGE-1, ROUGE-2 and ROUGE-L (recall and F) of the update summary of each RPM2 topic's C2",
      "cluster given its C1 cluster (what C2 adds), against the 4 C2 references, which RPM2's",
      "annotators wrote as update summaries; beside Dossier's plain summary of C2 and Lead, MEAD's",
      "centroid and LexRank on C2 alone. DIR is ../shared/data/rpm2_fr_mds."
    })
public final class EvalUpdateCommand implements Callable<Integer> {

  @Mixin CorpusOptions options = new CorpusOptions();

  @Spec CommandSpec spec;

  record Result(String data, int topics, String references, List<SummaryEvaluation.SystemScore> systems, List<String> dossierNotAhead) {}

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Settings settings = options.settings();
    SummaryCorpus corpus = options.load(settings, spec.commandLine().getErr());
    if (corpus == null) return 1;
    Map<String, Rpm2.Cluster> first = corpus.clusters().stream().filter(c -> c.part().equals("C1")).collect(Collectors.toMap(Rpm2.Cluster::topic, Function.identity()));
    List<Rpm2.Cluster> second = corpus.clusters().stream().filter(c -> c.part().equals("C2") && first.containsKey(c.topic())).toList();
    if (second.isEmpty()) {
      spec.commandLine().getErr().println("No topic under " + options.data + " has both a C1 and a C2 cluster");
      return 1;
    }
    ConceptSummariser dossier = new ConceptSummariser(settings);
    SummaryEvaluation.System update = new SummaryEvaluation.System("dossier update", (c, words) -> dossier.update(c.articles(), first.get(c.topic()).articles(), words));
    SummaryEvaluation.System plain = new SummaryEvaluation.System("dossier (C2 alone)", (c, words) -> dossier.summarise(c.articles(), words));
    List<SummaryEvaluation.SystemScore> peers = new ArrayList<>();
    for (SummaryEvaluation.System s : SummaryEvaluation.peers(corpus.tfIdf(), settings)) peers.add(SummaryEvaluation.score(s, second));
    SummaryEvaluation.SystemScore updateScore = SummaryEvaluation.score(update, second);
    List<SummaryEvaluation.SystemScore> scores = new ArrayList<>(List.of(updateScore, SummaryEvaluation.score(plain, second)));
    scores.addAll(peers);

    out.printf("RPM2: %d topics; each C2 summary cut to its 4 references' mean length (words)%n", second.size());
    SummaryEvaluation.printTable(out, "C2 given C1, against the C2 (update) references; peers on C2 alone:", scores, SummaryEvaluation.SystemScore::mean);
    List<SummaryEvaluation.SystemScore> againstPeers = new ArrayList<>(List.of(updateScore));
    againstPeers.addAll(peers);
    List<String> notAhead = SummaryEvaluation.notAhead(againstPeers, SummaryEvaluation.SystemScore::mean, "update");
    out.println();
    out.println(notAhead.isEmpty() ? "Dossier's update is above every peer on every measure." : "Where Dossier's update is not above a peer:");
    notAhead.forEach(l -> out.println("  " + l));
    if (options.json != null) {
      JsonReport.write(options.json, new Result(options.data.toString(), second.size(), "the 4 C2 summaries per topic (T..._C2_A1..A4), written as update summaries", scores, notAhead));
      out.println("Wrote " + options.json);
    }
    out.flush();
    return 0;
  }
}
