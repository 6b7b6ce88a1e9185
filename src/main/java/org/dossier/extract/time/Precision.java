package org.dossier.extract.time;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The finest unit a time value states: "2020-02-05" is a day, "2020-W06" a week, "2019" a year.
 * A duration's precision is its unit ("P3W" is a week); "PRESENT_REF" and its kin have none.
 */
public enum Precision {
  SECOND,
  MINUTE,
  HOUR,
  PART_OF_DAY,
  DAY,
  WEEK,
  MONTH,
  SEASON,
  QUARTER,
  YEAR,
  DECADE,
  CENTURY,
  NONE;

  /** The lower-case name used in JSON, as {@code Published} writes "day", "month", "year". */
  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
