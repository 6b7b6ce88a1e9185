package org.dossier.metadata;

/**
 * A calendar date that may lack its day, its month or its year: "24 décembre" is a day with no
 * year, "date 2020-02" a month. Unknown parts are null, never guessed.
 */
public record PartialDate(Integer year, Integer month, Integer day) {

  public PartialDate {
    if (month != null && (month < 1 || month > 12)) throw new IllegalArgumentException("month " + month);
    if (day != null && (day < 1 || day > 31)) throw new IllegalArgumentException("day " + day);
    if (day != null && month == null) throw new IllegalArgumentException("a day needs a month");
  }

  /** TimeML-style value: "2020-02-06", "2020-02", "2020", or "XXXX-12-24" when the year is unknown. */
  public String iso() {
    StringBuilder s = new StringBuilder(year == null ? "XXXX" : String.format("%04d", year));
    if (month != null) s.append(String.format("-%02d", month));
    if (day != null) s.append(String.format("-%02d", day));
    return s.toString();
  }

  /** "day", "month" or "year": the finest unit the value states. */
  public String precision() {
    return day != null ? "day" : month != null ? "month" : "year";
  }

  /** Fills what this date lacks from a coarser date that agrees with it. */
  PartialDate completedBy(PartialDate coarser) {
    boolean agrees = (month == null || coarser.month == null || month.equals(coarser.month)) && (year == null || coarser.year == null || year.equals(coarser.year));
    if (!agrees) {
      return this;
    }
    return new PartialDate(year != null ? year : coarser.year, month != null ? month : coarser.month, day);
  }

  boolean finerThan(PartialDate other) {
    return rank() > other.rank();
  }

  private int rank() {
    return (day != null ? 4 : month != null ? 2 : 0) + (year != null ? 1 : 0);
  }
}
