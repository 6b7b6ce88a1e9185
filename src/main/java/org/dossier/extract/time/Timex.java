package org.dossier.extract.time;

/**
 * A temporal expression found in a text and its TimeML value.
 *
 * @param start offset of the first character in the text given to the tagger
 * @param end offset after the last character
 * @param text the expression as written
 * @param type DATE, TIME, DURATION or SET
 * @param value TimeML value: "2020-02-18", "2020-W07", "2020-02", "2019", "196X", "2020-02-05TEV",
 *     "P2D", "PT48H", "PRESENT_REF", "XXXX-WXX-3"; placeholders X stand for what the reference date
 *     could not give (never a guess)
 * @param precision the finest unit the value states
 * @param resolved true when the value needs nothing more: a full calendar value, a duration, a
 *     recurrence or a *_REF; false when it still holds placeholders because the reference date was
 *     unknown or too coarse
 */
public record Timex(int start, int end, String text, TimexType type, String value, Precision precision, boolean resolved) {

  public Timex {
    if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
  }

  public boolean overlaps(int otherStart, int otherEnd) {
    return start < otherEnd && otherStart < end;
  }
}
