package org.dossier.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the bytes of a text file into characters without mojibake.
 *
 * <p>Order of evidence: a byte-order mark; the zero-byte pattern of BOM-less UTF-16; strict UTF-8
 * (bytes that decode as UTF-8 almost always are, whatever a page declares); the charset a markup
 * file declares; then Windows-1252 (a superset of Latin-1 for every printable character, and what "Latin-1" files
 * written on Windows really are). A file that holds valid multi-byte UTF-8 and also invalid bytes
 * mixes encodings: no single decoding is right, so it is refused rather than half garbled. Text that
 * was already double-encoded upstream ("Ã©tÃ©") is repaired when the repair is unambiguous.
 */
public final class TextDecoder {

  /** The result of decoding: the text and the charset that was used, or why none fits. */
  public sealed interface Result permits Decoded, Undecodable {}

  public record Decoded(String text, String charset) implements Result {}

  public record Undecodable(String reason) implements Result {}

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** At most this many stray bytes, and at most this share of the valid sequences, are replaced. */
  private static final int MAX_STRAY_BYTES = 20;
  private static final double MAX_STRAY_SHARE = 0.05;

  private TextDecoder() {}

  public static Result decode(byte[] bytes) {
    return decode(bytes, null);
  }

  /**
   * Decodes bytes whose container declares a charset ({@code <meta charset>}, {@code <?xml
   * encoding>}); the declaration is honoured only after a BOM and valid UTF-8, and only if the
   * bytes decode under it.
   */
  public static Result decode(byte[] bytes, String declaredCharset) {
    Optional<Result> bom = decodeWithBom(bytes);
    if (bom.isPresent()) {
      return bom.get();
    }
    Optional<Charset> utf16 = sniffUtf16(bytes);
    if (utf16.isPresent()) {
      return strict(bytes, 0, utf16.get());
    }
    Result utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
    if (utf8 instanceof Decoded d) {
      return new Decoded(repairDoubleEncoding(d.text()), d.charset());
    }
    if (declaredCharset != null && isHonoured(declaredCharset) && strict(bytes, 0, Charset.forName(declaredCharset)) instanceof Decoded d) {
      return d;
    }
    int[] sequences = utf8Sequences(bytes);
    int valid = sequences[0];
    int invalid = sequences[1];
    if (valid > 0) {
      // UTF-8 with a few stray bytes (a bad copy-paste, a truncated character) is UTF-8: replace
      // them and keep the article. Many of both means two encodings in one file: refuse it.
      if (invalid <= MAX_STRAY_BYTES && invalid <= valid * MAX_STRAY_SHARE) {
        return new Decoded(new String(bytes, StandardCharsets.UTF_8), "UTF-8 (" + invalid + " invalid byte(s) replaced)");
      }
      return new Undecodable(
          "undecodable bytes: valid UTF-8 mixed with " + invalid + " invalid sequence(s) (first: "
              + ((Undecodable) utf8).reason()
              + "); the file mixes encodings");
    }
    if (hasUndefinedWindows1252(bytes)) {
      return strict(bytes, 0, StandardCharsets.ISO_8859_1);
    }
    return strict(bytes, 0, WINDOWS_1252);
  }

  /** Declarations of UTF-8 or the Latin-1 family add nothing to detection, and are often wrong. */
  private static boolean isHonoured(String charset) {
    String cs = charset.toLowerCase(java.util.Locale.ROOT);
    boolean detectedAnyway = cs.startsWith("utf-8") || cs.equals("utf8") || cs.contains("8859-1") || cs.contains("1252") || cs.equals("us-ascii") || cs.equals("latin1");
    try {
      return !detectedAnyway && Charset.isSupported(cs);
    } catch (IllegalArgumentException illegalName) {
      return false;
    }
  }

  private static Optional<Result> decodeWithBom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return Optional.of(strict(b, 3, StandardCharsets.UTF_8));
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return Optional.of(strict(b, 2, StandardCharsets.UTF_16LE));
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return Optional.of(strict(b, 2, StandardCharsets.UTF_16BE));
    }
    return Optional.empty();
  }

  /** Latin-script UTF-16 has a zero in every other byte; which half tells the byte order. */
  private static Optional<Charset> sniffUtf16(byte[] b) {
    int n = Math.min(b.length, 4096) & ~1;
    if (n < 4) {
      return Optional.empty();
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < n; i += 2) {
      if (b[i] == 0) evenZeros++;
      if (b[i + 1] == 0) oddZeros++;
    }
    int pairs = n / 2;
    if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.05) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.05) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    return Optional.empty();
  }

  private static Result strict(byte[] bytes, int offset, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    try {
      CharBuffer out = decoder.decode(in);
      return new Decoded(out.toString(), charset.name());
    } catch (CharacterCodingException e) {
      return new Undecodable("invalid " + charset.name() + " at byte " + in.position());
    }
  }

  /** Counts well-formed multi-byte UTF-8 sequences and bytes that start no valid sequence. */
  private static int[] utf8Sequences(byte[] b) {
    int valid = 0;
    int invalid = 0;
    for (int i = 0; i < b.length; i++) {
      int lead = b[i] & 0xFF;
      if (lead < 0x80) {
        continue;
      }
      int len = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
      boolean ok = len > 0 && i + len <= b.length;
      for (int k = 1; ok && k < len; k++) {
        ok = (b[i + k] & 0xC0) == 0x80;
      }
      if (ok) {
        valid++;
        i += len - 1;
      } else {
        invalid++;
      }
    }
    return new int[] {valid, invalid};
  }

  /** Bytes that Windows-1252 leaves undefined: their presence means genuine ISO-8859-1. */
  private static boolean hasUndefinedWindows1252(byte[] b) {
    for (byte x : b) {
      int v = x & 0xFF;
      if (v == 0x81 || v == 0x8D || v == 0x8F || v == 0x90 || v == 0x9D) {
        return true;
      }
    }
    return false;
  }

  /**
   * Repairs UTF-8 that was decoded as Windows-1252 and re-encoded ("Ã©" for "é"). The repair is
   * kept only when the text round-trips cleanly and holds markers of such damage; otherwise the text
   * is returned as it was.
   */
  static String repairDoubleEncoding(String text) {
    int markers = 0;
    for (int i = 0; i + 1 < text.length(); i++) {
      char c = text.charAt(i);
      char next = text.charAt(i + 1);
      if ((c == 'Ã' || c == 'Â') && (next >= 0x80 && next <= 0xBF || "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ©«®»".indexOf(next) >= 0)) {
        markers++;
      } else if (c == 'â' && next == '€') {
        markers++;
      }
    }
    if (markers < 2) {
      return text;
    }
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    var encoder = WINDOWS_1252.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      ByteBuffer bytes = encoder.encode(CharBuffer.wrap(text));
      return utf8.decode(bytes).toString();
    } catch (CharacterCodingException e) {
      return text;
    }
  }
}
