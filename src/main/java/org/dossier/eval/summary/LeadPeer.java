package org.dossier.eval.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dossier.synthesise.SourceArticle;
import org.dossier.synthesise.SourceSentence;
import org.dossier.synthesise.Summariser;
import org.dossier.synthesise.Summary;
import org.dossier.synthesise.SummarySentence;

/**
 * The lead baseline: the first sentences of the earliest article (undated articles after dated
 * ones, in story order), then of the next if it is too short, until the budget is reached; the
 * evaluation cuts the last sentence at the limit.
 */
final class LeadPeer implements Summariser {

  @Override
  public Summary summarise(List<SourceArticle> story, int words) {
    List<SourceArticle> byDate = new ArrayList<>(story);
    byDate.sort(Comparator.comparing(SourceArticle::published, Comparator.nullsLast(Comparator.naturalOrder())));
    List<SummarySentence> out = new ArrayList<>();
    int total = 0;
    for (SourceArticle a : byDate) {
      for (SourceSentence s : a.sentences()) {
        if (total >= words) return new Summary(out);
        out.add(new SummarySentence(s.text(), s.ref(), List.of(s.ref())));
        total += s.words();
      }
    }
    return new Summary(out);
  }
}
