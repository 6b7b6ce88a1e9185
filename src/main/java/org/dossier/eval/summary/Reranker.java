package org.dossier.eval.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.synthesise.SourceSentence;
import org.dossier.synthesise.Summary;
import org.dossier.synthesise.SummarySentence;

/**
 * A MEAD-style reranker, which both centroid and LexRank summaries go through: sentences in score
 * order, each skipped when its cosine with one already taken exceeds the threshold, until the
 * summary reaches the word budget (the last sentence may run over: the evaluation cuts it, as DUC
 * cut every system at its limit). The summary keeps score order so that the cut falls on the least
 * central sentence.
 */
final class Reranker {

  private Reranker() {}

  static Summary pick(List<SourceSentence> ranked, List<Map<String, Double>> vectors, double maxCosine, int budget) {
    List<SummarySentence> out = new ArrayList<>();
    List<Map<String, Double>> taken = new ArrayList<>();
    int words = 0;
    for (int i = 0; i < ranked.size() && words < budget; i++) {
      Map<String, Double> v = vectors.get(i);
      if (taken.stream().anyMatch(t -> TfIdf.cosine(t, v) > maxCosine)) continue;
      SourceSentence s = ranked.get(i);
      out.add(new SummarySentence(s.text(), s.ref(), List.of(s.ref())));
      taken.add(v);
      words += s.words();
    }
    return new Summary(out);
  }
}
