package org.dossier.eval.time;

/** A time expression as a system or the gold gives it: span, TIMEX3 type and value. */
record Found(int start, int end, String type, String value) {

  boolean overlaps(Found o) {
    return start < o.end && o.start < end;
  }

  int overlap(Found o) {
    return Math.max(0, Math.min(end, o.end) - Math.max(start, o.start));
  }
}
