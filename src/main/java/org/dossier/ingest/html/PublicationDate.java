package org.dossier.ingest.html;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalises the dates pages put in their metadata to ISO 8601: a date-time with its offset, a
 * local date-time, or a date, as precise as the page was. A value no pattern reads is returned as
 * given, trimmed: a caller may still make sense of it.
 */
final class PublicationDate {

  private static final Pattern COMPACT_OFFSET = Pattern.compile("([+-]\\d\\d)(\\d\\d)$");
  private static final List<DateTimeFormatter> LOCAL_DATE_TIMES =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE_TIME,
          DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]", Locale.ROOT),
          DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm[:ss]", Locale.ROOT),
          DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm[:ss]", Locale.ROOT));
  private static final List<DateTimeFormatter> DATES =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE,
          DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT),
          DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT),
          DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT),
          DateTimeFormatter.BASIC_ISO_DATE,
          // Written-out dates, as French, German and English pages give them in plain meta tags.
          spelled("d MMMM yyyy", Locale.FRENCH),
          spelled("d. MMMM yyyy", Locale.GERMAN),
          spelled("MMMM d, yyyy", Locale.ENGLISH),
          spelled("d MMMM yyyy", Locale.ENGLISH));

  private static DateTimeFormatter spelled(String pattern, Locale locale) {
    return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(locale);
  }

  private PublicationDate() {}

  /** ISO 8601 when the value is readable, else the value trimmed; null for null or blank. */
  static String normalise(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String value = raw.strip().replaceFirst("^1er ", "1 ");
    String iso = value.replace(' ', 'T');
    // "+0100" is common in meta tags but not ISO's extended form.
    iso = COMPACT_OFFSET.matcher(iso).replaceFirst("$1:$2");
    try {
      return OffsetDateTime.parse(iso).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException notOffset) {
      // next form
    }
    try {
      return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
          .toOffsetDateTime()
          .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException notRfc) {
      // next form
    }
    for (DateTimeFormatter f : LOCAL_DATE_TIMES) {
      try {
        return LocalDateTime.parse(value, f).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
      } catch (DateTimeParseException next) {
        // next form
      }
    }
    for (DateTimeFormatter f : DATES) {
      try {
        return LocalDate.parse(value, f).format(DateTimeFormatter.ISO_LOCAL_DATE);
      } catch (DateTimeParseException next) {
        // next form
      }
    }
    return value;
  }
}
