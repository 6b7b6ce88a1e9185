package org.dossier.ingest.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a saved page into text. A byte-order mark wins; then valid UTF-8 is taken
 * as UTF-8 (as trafilatura does: a page that decodes as UTF-8 almost always is); then the charset
 * the page declares in its first bytes; then windows-1252, the superset of Latin-1 that browsers
 * use for undeclared Western pages.
 */
public final class HtmlBytes {

  private static final Pattern DECLARED =
      Pattern.compile("charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final int HEAD_BYTES = 4096;

  private HtmlBytes() {}

  public static String decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return new String(bytes, declaredOrDefault(bytes));
    }
  }

  private static Charset declaredOrDefault(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, HEAD_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = DECLARED.matcher(head);
    if (m.find()) {
      String name = m.group(1).toLowerCase(Locale.ROOT);
      // Browsers read a declared Latin-1 as windows-1252, and so must we: pages rely on it.
      if (!name.equals("iso-8859-1") && !name.equals("latin1") && !name.startsWith("utf")) {
        try {
          return Charset.forName(name);
        } catch (IllegalArgumentException unknown) {
          // fall through to the default
        }
      }
    }
    return Charset.forName("windows-1252");
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
