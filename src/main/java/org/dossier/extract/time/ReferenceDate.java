package org.dossier.extract.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.metadata.Published;

/**
 * The date relative expressions count from, usually an article's publication date, with whatever
 * parts of it are known: "2020-02-06", "2020-02", or "XXXX-12-24" when only the day and month are.
 * Unknown parts are null; a relative expression that needs one stays unresolved.
 */
public record ReferenceDate(Integer year, Integer month, Integer day) {

  /** No reference: every relative expression stays unresolved. */
  public static final ReferenceDate UNKNOWN = new ReferenceDate(null, null, null);

  private static final Pattern VALUE = Pattern.compile("(\\d{4}|XXXX)(?:-(\\d{2})(?:-(\\d{2}))?)?(?:T.*)?");

  public ReferenceDate {
    if (month != null && (month < 1 || month > 12)) throw new IllegalArgumentException("month " + month);
    if (day != null && month == null) throw new IllegalArgumentException("a day needs a month");
    if (day != null) {
      try {
        LocalDate.of(year == null ? 2000 : year, month, day); // 2000 is a leap year: 29 February stays valid
      } catch (DateTimeException e) {
        throw new IllegalArgumentException("no such day " + year + "-" + month + "-" + day, e);
      }
    }
  }

  public static ReferenceDate of(LocalDate date) {
    return new ReferenceDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /** Reads a TimeML-style value ("2020-02-06", "2020-02", "2020", "XXXX-12-24"); UNKNOWN otherwise. */
  public static ReferenceDate parse(String value) {
    if (value == null) return UNKNOWN;
    Matcher m = VALUE.matcher(value.strip());
    if (!m.matches()) return UNKNOWN;
    Integer year = m.group(1).equals("XXXX") ? null : Integer.valueOf(m.group(1));
    Integer month = m.group(2) == null ? null : Integer.valueOf(m.group(2));
    Integer day = m.group(3) == null ? null : Integer.valueOf(m.group(3));
    try {
      return new ReferenceDate(year, month, day);
    } catch (IllegalArgumentException e) {
      return UNKNOWN;
    }
  }

  /** An article's publication date as a reference; UNKNOWN when there is none. */
  public static ReferenceDate of(Published published) {
    return published == null ? UNKNOWN : parse(published.date());
  }

  /** The full calendar day, when year, month and day are all known. */
  public Optional<LocalDate> date() {
    return year != null && month != null && day != null ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
  }

  public boolean isUnknown() {
    return year == null && month == null;
  }
}
