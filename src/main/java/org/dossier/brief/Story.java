package org.dossier.brief;

import java.util.List;
import org.dossier.extract.quotes.Quote;

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
   * @param date the date of what the sentence tells, a calendar value ("2020-02-05", "2020-02",
   *     "2018") resolved against its article's publication date; null when the sentence states
   *     none that can be placed
   * @param quotes the ids of the brief's quotes ({@link Brief#quotes()}) that overlap the sentence
   * @param speakers the known speakers of those quotes, without repeats: who said it, shown beside
   *     the sentence's own words (which are never rewritten)
   */
  public record Line(
      String text, List<Source> sources, int independentSources, boolean hedged, String attribution, String date, List<String> quotes, List<Quote.Speaker> speakers) {
    public Line {
      sources = List.copyOf(sources);
      quotes = List.copyOf(quotes);
      speakers = List.copyOf(speakers);
    }
  }

  /**
   * An article sentence a summary line cites: where a reader checks it.
   *
   * @param sentence the sentence's index in its article, from 0
   * @param start offset of its first character in the article's cleaned text
   * @param end offset just past its last character
   */
  public record Source(String article, int sentence, int start, int end) {}
}
