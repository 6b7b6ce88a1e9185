package org.dossier.clean;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Puts text into one canonical form so that later stages compare like with like: NFC, Unix line
 * ends, every kind of non-breaking or odd space as a plain space, invisible characters gone, and
 * typographic apostrophes as ASCII {@code '} (French elision "d’Idleb" then tokenises like "d'Idleb").
 * Quotation marks are kept as they are: « », “ ” and " carry meaning for quote extraction.
 */
public final class UnicodeNormalizer {

  private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B\\u200C\\u200D\\u2060\\uFEFF]");
  private static final Pattern SPACES = Pattern.compile("[\\t\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]");
  private static final Pattern APOSTROPHES = Pattern.compile("[\\u2019\\u2018\\u02BC\\u2032\\u00B4`](?=\\p{L})|(?<=\\p{L})[\\u2019\\u02BC]");
  private static final Pattern RUNS_OF_SPACES = Pattern.compile(" {2,}");
  private static final Pattern SPACE_AT_LINE_EDGE = Pattern.compile("(?m)^ +| +$");

  private UnicodeNormalizer() {}

  public static String normalize(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFC);
    s = s.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n');
    s = INVISIBLE.matcher(s).replaceAll("");
    s = SPACES.matcher(s).replaceAll(" ");
    s = APOSTROPHES.matcher(s).replaceAll("'");
    s = RUNS_OF_SPACES.matcher(s).replaceAll(" ");
    return SPACE_AT_LINE_EDGE.matcher(s).replaceAll("");
  }
}
