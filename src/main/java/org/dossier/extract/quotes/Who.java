package org.dossier.extract.quotes;

import org.dossier.extract.entities.Mention;

/**
 * A speaker still to be resolved: a span, or an anaphor to resolve against the speakers and
 * people before it ("il", "elle", "ce dernier"; empty for a quote that carries on the last
 * speaker's words).
 */
record Who(SpeakerSpan span, String anaphor, int at) {
  static final Who NOBODY = new Who(null, null, -1);
  static final Who CONTINUES = new Who(null, "", -1);

  Who(SpeakerSpan span, String anaphor) {
    this(span, anaphor, -1);
  }

  /** The name a mention gives, as it is written. */
  static Who of(Mention m) {
    return new Who(new SpeakerSpan(m.text(), m.start(), m.end()), null);
  }

  /** An anaphor written at this offset: only what was named before it can be its antecedent. */
  static Who anaphor(String word, int at) {
    return new Who(null, word.toLowerCase(java.util.Locale.ROOT), at);
  }

  boolean pronoun() {
    return anaphor != null;
  }
}
