package org.dossier.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import org.dossier.extract.time.Meaning.Calendar;
import org.dossier.extract.time.Meaning.Clock;
import org.dossier.extract.time.Meaning.DayPart;
import org.dossier.extract.time.Meaning.SameDay;
import org.dossier.extract.time.Meaning.Fixed;
import org.dossier.extract.time.Meaning.Season;
import org.dossier.extract.time.Meaning.Shift;
import org.dossier.extract.time.Meaning.Weekday;

/**
 * Turns what an expression says into a TimeML value, given the reference date and the tense around
 * it. What the reference cannot give stays an X: a date is never guessed.
 */
final class Normaliser {

  /** A normalised value. */
  record Value(TimexType type, String value, Precision precision, boolean resolved) {}

  /**
   * What the text around an expression gives it.
   *
   * @param tense the tense of its sentence, from the cues nearest to it
   * @param day the day last named around it ("YYYY-MM-DD", or with X), for clock times, parts of
   *     the day and "le même jour"; null when none is
   * @param year the year written earlier in its sentence, for a month or day written without one
   *     ("en 97 (en janvier...)"); null when none is
   */
  record Context(Tense tense, String day, Integer year) {}

  /** The tense taken when a sentence shows none; UNKNOWN takes the nearest date either side. */
  private final Tense fallback;

  Normaliser(Tense fallback) {
    this.fallback = fallback;
  }

  Value value(Meaning meaning, ReferenceDate ref, Context context) {
    Tense t = context.tense() == Tense.UNKNOWN ? fallback : context.tense();
    String day = context.day();
    if (meaning instanceof Calendar c) return calendar(c, ref, t, context.year());
    if (meaning instanceof Weekday w) return weekday(w, ref, t);
    if (meaning instanceof Shift s) return shift(s, ref, t);
    if (meaning instanceof Season s) return season(s, ref);
    if (meaning instanceof Fixed f) return new Value(f.type(), f.value(), f.precision(), true);
    if (meaning instanceof Clock c) {
      String d = day != null ? day : ref.date().map(LocalDate::toString).orElse("XXXX-XX-XX");
      return new Value(TimexType.TIME, d + String.format("T%02d:%02d", c.hour(), c.minute()), Precision.MINUTE, !d.contains("X"));
    }
    if (meaning instanceof DayPart p) {
      String d = day != null ? day : ref.date().map(LocalDate::toString).orElse("XXXX-XX-XX");
      return new Value(TimexType.TIME, d + "T" + p.code(), Precision.PART_OF_DAY, !d.contains("X"));
    }
    SameDay same = (SameDay) meaning;
    if (day == null || day.contains("X")) return new Value(TimexType.DATE, "XXXX-XX-XX", Precision.DAY, false);
    return new Value(TimexType.DATE, LocalDate.parse(day).plusDays(same.offset()).toString(), Precision.DAY, true);
  }

  private Value calendar(Calendar c, ReferenceDate ref, Tense tense, Integer contextYear) {
    Integer year = c.year();
    boolean resolved = true;
    String yearText;
    if (year != null && c.twoDigitYear()) {
      if (ref.year() != null) {
        int y = ref.year() / 100 * 100 + year;
        if (y > ref.year() + 10) y -= 100;
        yearText = String.format("%04d", y);
      } else {
        yearText = String.format("XX%02d", year);
        resolved = false;
      }
    } else if (year != null) {
      yearText = String.format("%04d", year);
    } else if (contextYear != null && c.relative() == null) {
      yearText = String.format("%04d", c.weekday() != null && c.day() != null ? yearOfWeekday(c, contextYear, LocalDate.of(contextYear, 7, 1)).orElse(contextYear) : contextYear);
    } else if (ref.year() != null && ref.month() != null && c.month() != null) {
      yearText = String.format("%04d", inferYear(c, ref, tense));
    } else {
      yearText = "XXXX";
      resolved = false;
    }
    StringBuilder v = new StringBuilder(yearText);
    Precision p = Precision.YEAR;
    if (c.month() != null) {
      v.append(String.format("-%02d", c.month()));
      p = Precision.MONTH;
    }
    if (c.day() != null) {
      v.append(String.format("-%02d", c.day()));
      p = Precision.DAY;
    }
    TimexType type = TimexType.DATE;
    return new Value(type, v.toString(), p, resolved);
  }

  /**
   * The year of a day or month written without one: before or after the reference as the words
   * ("dernier") or the tense say, else the nearest. A weekday written beside the day overrules: of
   * the years around the reference, the nearest where that day is that weekday.
   */
  private static int inferYear(Calendar c, ReferenceDate ref, Tense tense) {
    int cmp = Integer.compare(c.month(), ref.month());
    if (cmp == 0 && c.day() != null && ref.day() != null) cmp = Integer.compare(c.day(), ref.day());
    int y = ref.year();
    if (c.weekday() != null && c.day() != null) {
      Optional<Integer> byWeekday = yearOfWeekday(c, y, LocalDate.of(y, ref.month(), ref.day() == null ? 15 : ref.day()));
      if (byWeekday.isPresent()) return byWeekday.get();
    }
    if (c.relative() != null && c.relative() < 0) return cmp >= 0 ? y - 1 : y;
    if (c.relative() != null && c.relative() > 0) return cmp <= 0 ? y + 1 : y;
    if (tense == Tense.FUTURE) return cmp < 0 ? y + 1 : y;
    if (tense == Tense.PAST) return cmp > 0 ? y - 1 : y;
    int before = cmp > 0 ? y - 1 : y;
    int after = cmp < 0 ? y + 1 : y;
    return distance(c, ref, after) < distance(c, ref, before) ? after : before;
  }

  /** Of the years around {@code year}, the one nearest {@code near} where the day is the weekday written. */
  private static Optional<Integer> yearOfWeekday(Calendar c, int year, LocalDate near) {
    Integer best = null;
    for (int candidate : new int[] {year, year + 1, year - 1}) {
      if (isWeekday(candidate, c.month(), c.day(), c.weekday()) && (best == null || distance(c, near, candidate) < distance(c, near, best))) best = candidate;
    }
    return Optional.ofNullable(best);
  }

  private static boolean isWeekday(int year, int month, int day, int weekday) {
    return day <= YearMonth.of(year, month).lengthOfMonth() && LocalDate.of(year, month, day).getDayOfWeek().getValue() == weekday;
  }

  /** Days between the reference and the date in that year (months count from their middle). */
  private static long distance(Calendar c, ReferenceDate ref, int year) {
    return distance(c, LocalDate.of(ref.year(), ref.month(), ref.day() == null ? 15 : ref.day()), year);
  }

  private static long distance(Calendar c, LocalDate r, int year) {
    int day = c.day() == null ? 15 : Math.min(c.day(), YearMonth.of(year, c.month()).lengthOfMonth());
    return Math.abs(java.time.temporal.ChronoUnit.DAYS.between(r, LocalDate.of(year, c.month(), day)));
  }

  private static Value weekday(Weekday w, ReferenceDate ref, Tense tense) {
    TimexType type = w.part() == null ? TimexType.DATE : TimexType.TIME;
    Precision p = w.part() == null ? Precision.DAY : w.part().contains(":") ? Precision.MINUTE : Precision.PART_OF_DAY;
    String suffix = w.part() == null ? "" : "T" + w.part();
    if (ref.date().isEmpty()) return new Value(type, "XXXX-WXX-" + w.day() + suffix, p, false);
    LocalDate r = ref.date().get();
    DayOfWeek dow = DayOfWeek.of(w.day());
    LocalDate d;
    if (w.relative() != null && w.relative() < 0) d = r.minusDays(1).with(TemporalAdjusters.previousOrSame(dow));
    else if (w.relative() != null && w.relative() > 0) d = r.plusDays(1).with(TemporalAdjusters.nextOrSame(dow));
    else if (w.nearest()) d = r.with(dow);
    else if (tense == Tense.FUTURE) d = r.with(TemporalAdjusters.nextOrSame(dow));
    else if (tense == Tense.PAST) d = r.with(TemporalAdjusters.previousOrSame(dow));
    else {
      LocalDate past = r.with(TemporalAdjusters.previousOrSame(dow));
      LocalDate next = r.with(TemporalAdjusters.nextOrSame(dow));
      d = next.toEpochDay() - r.toEpochDay() < r.toEpochDay() - past.toEpochDay() ? next : past;
    }
    return new Value(type, d + suffix, p, true);
  }

  private static Value shift(Shift s, ReferenceDate ref, Tense tense) {
    switch (s.unit()) {
      case "D", "W" -> {
        if (s.toDay() || s.unit().equals("D")) {
          long days = s.unit().equals("W") ? 7L * s.amount() : s.amount();
          TimexType type = s.suffix() == null ? TimexType.DATE : TimexType.TIME;
          Precision p = s.suffix() == null ? Precision.DAY : s.suffix().contains(":") ? Precision.MINUTE : Precision.PART_OF_DAY;
          String suffix = s.suffix() == null ? "" : "T" + s.suffix();
          if (ref.date().isPresent()) return new Value(type, ref.date().get().plusDays(days) + suffix, p, true);
          if (ref.month() != null && ref.day() != null) {
            // The day and month are known, the year is not: count in a leap year, keep the year unknown.
            LocalDate d = LocalDate.of(2000, ref.month(), ref.day()).plusDays(days);
            return new Value(type, String.format("XXXX-%02d-%02d", d.getMonthValue(), d.getDayOfMonth()) + suffix, p, false);
          }
          return new Value(type, "XXXX-XX-XX" + suffix, p, false);
        }
        String suffix = "WE".equals(s.suffix()) ? "-WE" : "";
        if (ref.date().isEmpty()) return new Value(TimexType.DATE, "XXXX-WXX" + suffix, Precision.WEEK, false);
        LocalDate d = ref.date().get().plusWeeks(s.amount());
        if (s.amount() == 0 && !suffix.isEmpty()) d = thisWeekend(ref.date().get(), tense);
        return new Value(TimexType.DATE, String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)) + suffix, Precision.WEEK, true);
      }
      case "M" -> {
        if (ref.year() == null || ref.month() == null) return new Value(TimexType.DATE, "XXXX-XX", Precision.MONTH, false);
        YearMonth m = YearMonth.of(ref.year(), ref.month()).plusMonths(s.amount());
        return new Value(TimexType.DATE, m.toString(), Precision.MONTH, true);
      }
      default -> {
        if (ref.year() == null) return new Value(TimexType.DATE, "XXXX", Precision.YEAR, false);
        return new Value(TimexType.DATE, String.format("%04d", ref.year() + s.amount()), Precision.YEAR, true);
      }
    }
  }

  /**
   * "ce week-end": on a Monday in a past sentence, the one just gone, in a future one the next;
   * with no cue, the nearer of the two.
   */
  private static LocalDate thisWeekend(LocalDate r, Tense tense) {
    LocalDate before = r.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
    LocalDate after = r.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    if (r.getDayOfWeek() == DayOfWeek.SUNDAY || tense == Tense.PAST) return before;
    if (tense == Tense.FUTURE) return after;
    return after.toEpochDay() - r.toEpochDay() <= r.toEpochDay() - before.toEpochDay() ? after : before;
  }

  private static Value season(Season s, ReferenceDate ref) {
    if (s.year() != null) return new Value(TimexType.DATE, s.year() + "-" + s.code(), Precision.SEASON, true);
    if (ref.year() == null) return new Value(TimexType.DATE, "XXXX-" + s.code(), Precision.SEASON, false);
    int offset = s.relative() == null ? 0 : s.relative();
    return new Value(TimexType.DATE, String.format("%04d-%s", ref.year() + offset, s.code()), Precision.SEASON, true);
  }
}
