package org.dossier.eval.ner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.analyse.Analysis;
import org.dossier.analyse.Analyzer;
import org.dossier.analyse.Sentence;
import org.dossier.eval.Prf;
import org.dossier.extract.entities.Mention;
import org.dossier.extract.entities.MentionExtractor;

/**
 * Named-entity evaluation on a CoNLL-style gold file: exact span and type, per type and micro
 * over all, for raw CoreNLP WikiNER spans and for Dossier's corrected mentions, from the same
 * analysis of the same sentences.
 */
public final class NerEvaluation {

  /** Scores of one system: per type and overall. */
  public record SystemScore(String system, Map<String, Prf> byType, Prf overall) {}

  /** The whole result. */
  public record Result(String file, int sentences, long goldEntities, long tokens, double seconds, List<SystemScore> systems) {}

  static final List<String> TYPES = List.of("PER", "ORG", "LOC", "MISC");

  /** Sentences are analysed in batches, a blank line apart, to keep per-call overhead low. */
  private static final int BATCH = 50;

  private final Analyzer analyzer;
  private final MentionExtractor extractor;

  public NerEvaluation(Analyzer analyzer, MentionExtractor extractor) {
    this.analyzer = analyzer;
    this.extractor = extractor;
  }

  public Result run(Path file, int limit) throws IOException {
    List<ConllSentence> sentences = ConllSentence.read(file);
    if (limit > 0 && sentences.size() > limit) sentences = sentences.subList(0, limit);
    Map<String, Prf> raw = zero();
    Map<String, Prf> corrected = zero();
    long gold = 0;
    long tokens = 0;
    long t0 = System.nanoTime();
    for (int from = 0; from < sentences.size(); from += BATCH) {
      List<ConllSentence> batch = sentences.subList(from, Math.min(sentences.size(), from + BATCH));
      StringBuilder text = new StringBuilder();
      List<Integer> offsets = new ArrayList<>();
      for (ConllSentence s : batch) {
        if (!text.isEmpty()) text.append("\n\n");
        offsets.add(text.length());
        text.append(s.text());
      }
      Analysis analysis = analyzer.analyse(text.toString());
      tokens += analysis.tokenCount();
      Set<ConllSentence.Span> goldSpans = new HashSet<>();
      for (int i = 0; i < batch.size(); i++) {
        for (ConllSentence.Span g : batch.get(i).gold()) {
          goldSpans.add(new ConllSentence.Span(g.start() + offsets.get(i), g.end() + offsets.get(i), g.type()));
        }
      }
      gold += goldSpans.size();
      score(goldSpans, rawSpans(analysis), raw);
      Set<ConllSentence.Span> fixed = new HashSet<>();
      for (Mention m : extractor.extract(analysis).mentions()) fixed.add(new ConllSentence.Span(m.start(), m.end(), m.type().name()));
      score(goldSpans, fixed, corrected);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    return new Result(file.toString(), sentences.size(), gold, tokens, seconds, List.of(summary("corenlp", raw), summary("dossier", corrected)));
  }

  /** CoreNLP's own spans: maximal runs of tokens with the same class, as the model gives them. */
  static Set<ConllSentence.Span> rawSpans(Analysis analysis) {
    Set<ConllSentence.Span> spans = new HashSet<>();
    for (Sentence s : analysis.sentences()) {
      for (MentionExtractor.ModelSpan m : MentionExtractor.modelSpans(s)) spans.add(new ConllSentence.Span(m.start(), m.end(), m.type()));
    }
    return spans;
  }

  private static void score(Set<ConllSentence.Span> gold, Set<ConllSentence.Span> predicted, Map<String, Prf> into) {
    for (String type : TYPES) {
      long tp = predicted.stream().filter(p -> p.type().equals(type) && gold.contains(p)).count();
      long fp = predicted.stream().filter(p -> p.type().equals(type)).count() - tp;
      long fn = gold.stream().filter(g -> g.type().equals(type)).count() - tp;
      into.merge(type, new Prf(tp, fp, fn), Prf::plus);
    }
  }

  private static Map<String, Prf> zero() {
    Map<String, Prf> m = new LinkedHashMap<>();
    for (String t : TYPES) m.put(t, Prf.ZERO);
    return m;
  }

  private static SystemScore summary(String name, Map<String, Prf> byType) {
    Prf all = byType.values().stream().reduce(Prf.ZERO, Prf::plus);
    return new SystemScore(name, byType, all);
  }
}
