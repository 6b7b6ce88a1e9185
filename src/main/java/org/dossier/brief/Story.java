package org.dossier.brief;

import java.util.List;
import org.dossier.synthesise.SentenceRef;

/**
 * A story of the brief: the articles that tell it and a summary whose every sentence cites them.
 *
 * @param linked ids of stories that continue or precede this one
 */
public record Story(String id, String title, List<String> articles, List<Line> summary, List<String> linked) {

  public Story {
    articles = List.copyOf(articles);
    summary = List.copyOf(summary);
    linked = List.copyOf(linked);
  }

  /**
   * One summary sentence.
   *
   * @param sources every article sentence that states it, the one it was taken from first
   * @param independentSources how many independent sources state it: wire copy and one outlet's
   *     articles count once
   * @param hedged whether it is reported as a claim ("selon l'OSDH", "aurait", "n'ont pas été
   *     confirmés"), with {@code attribution} the source it is credited to, if named
   */
  public record Line(String text, List<SentenceRef> sources, int independentSources, boolean hedged, String attribution) {
    public Line {
      sources = List.copyOf(sources);
    }
  }
}
