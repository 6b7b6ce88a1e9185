package org.dossier.extract.time;

/** The four TIMEX3 types of TimeML. */
public enum TimexType {
  /** A calendar date or period: "mardi", "octobre 2019", "la semaine dernière". */
  DATE,
  /** A time of day, or a vague "now": "hier soir", "20 h 30", "maintenant". */
  TIME,
  /** A length of time: "trois semaines", "48 heures". */
  DURATION,
  /** A recurrence: "chaque année", "tous les jeudis". */
  SET
}
