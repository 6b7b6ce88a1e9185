package org.dossier.clean;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Puts text into one canonical form so that later stages compare like with like: Windows-1252
 * characters mis-read as C1 controls restored, NFC, Unix line
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

  /** C1 control characters, which real text never holds: Windows-1252 bytes decoded as Latin-1. */
  private static final Pattern C1_CONTROLS = Pattern.compile("[\\u0080-\\u009F]");
  private static final java.nio.charset.Charset WINDOWS_1252 = java.nio.charset.Charset.forName("windows-1252");

  private UnicodeNormalizer() {}

  public static String normalize(String text) {
    // "l\u0092enfant" is "l’enfant" read with the wrong table; the five bytes Windows-1252 leaves undefined go.
    String s = C1_CONTROLS.matcher(text).replaceAll(m -> {
      String c = new String(new byte[] {(byte) m.group().charAt(0)}, WINDOWS_1252);
      return c.charAt(0) == m.group().charAt(0) || c.charAt(0) == '\uFFFD' ? "" : java.util.regex.Matcher.quoteReplacement(c);
    });
    s = Normalizer.normalize(s, Normalizer.Form.NFC);
    s = s.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n');
    s = INVISIBLE.matcher(s).replaceAll("");
    s = SPACES.matcher(s).replaceAll(" ");
    s = APOSTROPHES.matcher(s).replaceAll("'");
    s = RUNS_OF_SPACES.matcher(s).replaceAll(" ");
    return SPACE_AT_LINE_EDGE.matcher(s).replaceAll("");
  }
}
