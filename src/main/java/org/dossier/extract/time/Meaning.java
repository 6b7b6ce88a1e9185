package org.dossier.extract.time;

/**
 * What a matched expression says, before a reference date turns it into a value. Each kind knows
 * only what the words give; {@link Normaliser} adds the reference and the tense.
 */
sealed interface Meaning {

  /**
   * A date written with some of its parts: "24 décembre" (no year), "octobre 2019", "le 20 décembre
   * dernier" (relative -1: the last one before the reference). {@code year} may be a two-digit year
   * when {@code twoDigitYear}; {@code weekday} (ISO number) is written beside the day ("mardi 1er
   * juin") and tells the year when it is not written.
   */
  record Calendar(Integer year, boolean twoDigitYear, Integer month, Integer day, Integer relative, Integer weekday) implements Meaning {}

  /** A season, with its year if written, or relative to the reference year. */
  record Season(String code, Integer year, Integer relative) implements Meaning {}

  /**
   * A day of the week: bare ("mardi": the tense decides), with "ce" ({@code nearest}), "dernier" or
   * "prochain" ({@code relative}), with a part of the day ("mardi soir").
   */
  record Weekday(int day, Integer relative, boolean nearest, String part) implements Meaning {}

  /**
   * So many units from the reference: "hier" (D -1), "la semaine dernière" (W -1), "cette année" (Y
   * 0), "il y a deux ans" (Y -2). {@code toDay} counts days even for weeks ("il y a une semaine" is a
   * day); {@code suffix} is a part of the day ("EV") or "WE" for a weekend.
   */
  record Shift(String unit, int amount, boolean toDay, String suffix) implements Meaning {}

  /** A value that needs no reference: a duration, a recurrence, a decade, PRESENT_REF. */
  record Fixed(TimexType type, String value, Precision precision) implements Meaning {}

  /** A clock time ("20 h 30", "midi"); its day comes from the dates around it. */
  record Clock(int hour, int minute) implements Meaning {}

  /** "le même jour", "le lendemain": so many days after the day last mentioned. */
  record SameDay(int offset) implements Meaning {}

  /** "la nuit", "la soirée": a part of the day last mentioned. */
  record DayPart(String code) implements Meaning {}
}
