package org.dossier.lang;

import java.util.List;

/** The languages whose data files Dossier ships. */
public final class Languages {

  /** Languages with data files, in the order their rules are tried when the language is unknown. */
  public static final List<String> SUPPORTED = List.of("fr", "en");

  /** Language-neutral data (agency names, sites) lives beside the languages under this name. */
  public static final String NEUTRAL = "common";

  /** The code used when detection has no confident answer. */
  public static final String UNDETERMINED = "und";

  private Languages() {}

  /** The languages whose rules apply to a text in {@code language}: itself, or all when unknown. */
  public static List<String> rulesFor(String language) {
    return SUPPORTED.contains(language) ? List.of(language) : SUPPORTED;
  }
}
