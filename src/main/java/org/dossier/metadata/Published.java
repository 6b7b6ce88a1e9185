package org.dossier.metadata;

/**
 * When an article was published, as far as the evidence goes.
 *
 * @param date TimeML-style value: "2020-02-06", "2020-02", or "XXXX-12-24" when the year is unknown
 * @param precision "day", "month" or "year"
 * @param method where it comes from: meta (an HTML meta tag or feed/JSON field), dateline, label
 *     (a "Publié le" or video label), header (a "date 2020-02" line), text (a date the article ties
 *     to its own day, such as "ce 24 décembre"), or two of these joined by "+"
 * @param inferred true when read from the article's prose rather than stated as a publication date
 * @param evidence the text it was read from
 */
public record Published(String date, String precision, String method, boolean inferred, String evidence) {

  /** The publication day when known to the day with its year; null for a month or "XXXX-12-24". */
  public java.time.LocalDate day() {
    return precision.equals("day") && !date.startsWith("X") ? java.time.LocalDate.parse(date) : null;
  }
}
