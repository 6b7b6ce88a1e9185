package org.dossier.metadata;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.lang.MonthNames;

/**
 * Reads a date written in any of the ways metadata and datelines write one: ISO 8601, RFC 1123
 * (feeds), "12.02.2020" (day first, as in French), "6 fév 2020", "1er mars 2020", "24 décembre",
 * "février 2020", "February 6, 2020". It only reads; it never resolves relative expressions.
 */
final class DateReader {

  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?(?:[T ].*)?");
  private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{4})");

  private final MonthNames months;
  private final Pattern dayMonthYear;
  private final Pattern monthDayYear;
  private final Pattern monthYear;

  DateReader(MonthNames months) {
    this.months = months;
    // An abbreviation's dot belongs to the month only when a year follows; "24 décembre." ends a sentence.
    String m = "(?i:(" + months.alternation() + "))(?:\\.(?=\\s*\\d))?";
    this.dayMonthYear = Pattern.compile("(\\d{1,2})(?:er|st|nd|rd|th)?\\s+" + m + "(?:\\s+(\\d{4}))?");
    this.monthDayYear = Pattern.compile(m + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    this.monthYear = Pattern.compile(m + "\\s+(\\d{4})");
  }

  /** Reads a whole value, as a metadata field holds it. */
  Optional<PartialDate> read(String value) {
    String s = value.strip();
    Matcher iso = ISO.matcher(s);
    if (iso.matches()) {
      return date(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), iso.group(3) == null ? null : Integer.parseInt(iso.group(3)));
    }
    try {
      ZonedDateTime rfc = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME);
      return date(rfc.getYear(), rfc.getMonthValue(), rfc.getDayOfMonth());
    } catch (DateTimeParseException e) {
      // not RFC 1123: try the forms written in prose
    }
    try {
      OffsetDateTime odt = OffsetDateTime.parse(s);
      return date(odt.getYear(), odt.getMonthValue(), odt.getDayOfMonth());
    } catch (DateTimeParseException e) {
      // not an offset date-time either
    }
    return find(s);
  }

  /** Finds the first date written somewhere inside a text. */
  Optional<PartialDate> find(String text) {
    Matcher numeric = NUMERIC.matcher(text);
    if (numeric.find()) {
      return date(Integer.parseInt(numeric.group(3)), Integer.parseInt(numeric.group(2)), Integer.parseInt(numeric.group(1)));
    }
    Matcher dmy = dayMonthYear.matcher(text);
    if (dmy.find()) {
      OptionalInt month = months.month(dmy.group(2));
      if (month.isPresent()) {
        return date(dmy.group(3) == null ? null : Integer.parseInt(dmy.group(3)), month.getAsInt(), Integer.parseInt(dmy.group(1)));
      }
    }
    Matcher mdy = monthDayYear.matcher(text);
    if (mdy.find()) {
      OptionalInt month = months.month(mdy.group(1));
      if (month.isPresent()) {
        return date(Integer.parseInt(mdy.group(3)), month.getAsInt(), Integer.parseInt(mdy.group(2)));
      }
    }
    Matcher my = monthYear.matcher(text);
    if (my.find()) {
      OptionalInt month = months.month(my.group(1));
      if (month.isPresent()) {
        return date(Integer.parseInt(my.group(2)), month.getAsInt(), null);
      }
    }
    return Optional.empty();
  }

  /** A date found in running text, and where its writing ends. */
  record Found(PartialDate date, int end) {}

  /** A day and month ("24 décembre", "6 fév 2020") written exactly at {@code from}. */
  Optional<Found> dayMonthAt(String text, int from) {
    Matcher dmy = dayMonthYear.matcher(text).region(from, text.length());
    if (!dmy.lookingAt()) {
      return Optional.empty();
    }
    OptionalInt month = months.month(dmy.group(2));
    if (month.isEmpty()) {
      return Optional.empty();
    }
    return date(dmy.group(3) == null ? null : Integer.parseInt(dmy.group(3)), month.getAsInt(), Integer.parseInt(dmy.group(1)))
        .map(d -> new Found(d, dmy.end()));
  }

  /** A date, if the parts make a real calendar date (no 31 February). */
  private static Optional<PartialDate> date(Integer year, Integer month, Integer day) {
    if (month < 1 || month > 12 || day != null && (day < 1 || day > 31)) {
      return Optional.empty();
    }
    if (day != null) {
      try {
        LocalDate.of(year == null ? 2000 : year, month, day); // 2000 is a leap year: 29 Feb stays valid
      } catch (java.time.DateTimeException e) {
        return Optional.empty();
      }
    }
    return Optional.of(new PartialDate(year, month, day));
  }
}
