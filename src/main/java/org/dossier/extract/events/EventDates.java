package org.dossier.extract.events;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.extract.time.Precision;
import org.dossier.extract.time.ReferenceDate;
import org.dossier.extract.time.Timex;
import org.dossier.extract.time.TimexType;

/**
 * The calendar dates that can place an event: a day, a month or a year, with the year possibly
 * unknown ("XXXX-12-23" when the article gives the day but nothing gives the year). A weekday the
 * reference could not resolve ("XXXX-WXX-2"), a week, a season, a clock time or a bare "XXXX"
 * places nothing.
 */
public final class EventDates {

  private static final Pattern CALENDAR = Pattern.compile("(\\d{4}|XXXX)(?:-(\\d{2})(?:-(\\d{2}))?)?");
  /**
   * A part of a known day ("hier soir": "2020-02-05TEV"): the day is the event's date. A clock time
   * is not taken: the tagger gives it the day named nearest in the text, which may be another
   * story's.
   */
  private static final Pattern DAY_TIME = Pattern.compile("((?:\\d{4}|XXXX)-\\d{2}-\\d{2})T.*");

  private EventDates() {}

  /** The calendar value of a date expression, if it places something on a day, month or year. */
  public static Optional<String> of(Timex t) {
    String value = t.value();
    if (t.type() == TimexType.TIME) {
      if (t.precision() != Precision.PART_OF_DAY) return Optional.empty();
      Matcher m = DAY_TIME.matcher(value);
      if (!m.matches()) return Optional.empty();
      value = m.group(1);
    } else if (t.type() != TimexType.DATE) {
      return Optional.empty();
    }
    Matcher m = CALENDAR.matcher(value);
    if (!m.matches() || m.group(2) == null && m.group(1).equals("XXXX")) return Optional.empty();
    return Optional.of(value);
  }

  public static Precision precision(String value) {
    return switch (value.length()) {
      case 4 -> Precision.YEAR;
      case 7 -> Precision.MONTH;
      default -> Precision.DAY;
    };
  }

  /** True when the value is certainly later than the reference (see {@link #compare}). */
  public static boolean after(String value, ReferenceDate reference) {
    return compare(value, reference).filter(c -> c > 0).isPresent();
  }

  /**
   * The value against the reference, part by part as far as both are known: negative when earlier,
   * positive when later, zero when one contains the other ("2020-02" and "2020-02-06"); empty when
   * they cannot be compared: an unknown reference, or a year one knows and the other does not (a
   * "XXXX-01-05" in an article of "XXXX-12-24" may be next January or last).
   */
  public static Optional<Integer> compare(String value, ReferenceDate reference) {
    Matcher m = CALENDAR.matcher(value);
    if (!m.matches() || reference.isUnknown()) return Optional.empty();
    Integer year = m.group(1).equals("XXXX") ? null : Integer.valueOf(m.group(1));
    if ((year == null) != (reference.year() == null)) return Optional.empty();
    int[] mine = {year == null ? 0 : year, part(m.group(2)), part(m.group(3))};
    int[] theirs = {reference.year() == null ? 0 : reference.year(), orZero(reference.month()), orZero(reference.day())};
    for (int i = year == null ? 1 : 0; i < 3; i++) {
      if (mine[i] == 0 || theirs[i] == 0) return Optional.of(0);
      if (mine[i] != theirs[i]) return Optional.of(Integer.compare(mine[i], theirs[i]));
    }
    return Optional.of(0);
  }

  private static int part(String digits) {
    return digits == null ? 0 : Integer.parseInt(digits);
  }

  private static int orZero(Integer n) {
    return n == null ? 0 : n;
  }
}
