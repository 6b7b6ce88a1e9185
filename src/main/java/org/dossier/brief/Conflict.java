package org.dossier.brief;

import java.util.List;

/**
 * Sources of one story that give different numbers for the same thing ("30 morts" here, "25
 * morts" there).
 *
 * @param what the counted thing as written ("morts", "soldats turcs", "km")
 */
public record Conflict(String story, String what, List<Value> values) {

  public Conflict {
    values = List.copyOf(values);
  }

  /** One source's number, with the sentence that gives it. */
  public record Value(String value, String article, int sentence, String text) {}
}
