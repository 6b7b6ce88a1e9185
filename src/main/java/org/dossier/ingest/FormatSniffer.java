package org.dossier.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what kind of file a byte array is, from its first bytes first and its name second: a
 * feed saved as ".txt" is still a feed, and a PNG renamed ".html" is still an image.
 */
public final class FormatSniffer {

  /** A recognised binary signature, for a skip reason that says what the file really is. */
  private record Magic(String kind, int... signature) {}

  private static final Magic[] BINARY = {
    new Magic("PNG image", 0x89, 'P', 'N', 'G'),
    new Magic("JPEG image", 0xFF, 0xD8, 0xFF),
    new Magic("GIF image", 'G', 'I', 'F', '8'),
    new Magic("ZIP archive or office document", 'P', 'K', 3, 4),
    new Magic("ELF executable", 0x7F, 'E', 'L', 'F'),
    new Magic("WebP/RIFF media", 'R', 'I', 'F', 'F'),
    new Magic("MP4/QuickTime video", -1, -1, -1, -1, 'f', 't', 'y', 'p'),
    new Magic("7-Zip archive", '7', 'z', 0xBC, 0xAF),
    new Magic("Java class file", 0xCA, 0xFE, 0xBA, 0xBE),
  };

  private static final Pattern DECLARED = Pattern.compile("(?:charset|encoding)\\s*=\\s*[\"']?\\s*([a-z0-9_:.-]+)");

  private FormatSniffer() {}

  /** The binary kind the bytes start with, if any. */
  static Optional<String> binaryKind(byte[] b) {
    for (Magic m : BINARY) {
      if (startsWith(b, m.signature())) {
        return Optional.of(m.kind());
      }
    }
    return Optional.empty();
  }

  static boolean isPdf(byte[] b) {
    return startsWith(b, '%', 'P', 'D', 'F', '-');
  }

  static boolean isGzip(byte[] b) {
    return startsWith(b, 0x1F, 0x8B);
  }

  /** The format of decoded text, from its opening and then from the file name. */
  static Format sniffText(String name, String text) {
    String head = text.substring(0, Math.min(text.length(), 2048)).stripLeading().toLowerCase(Locale.ROOT);
    if (head.startsWith("<rss") || head.contains("<rss ") || head.contains("<feed") && head.contains("xmlns=\"http://www.w3.org/2005/atom\"") || head.contains("<rdf:rdf")) {
      return Format.FEED;
    }
    if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<html") || head.contains("<body") || head.contains("<head>")) {
      return Format.HTML;
    }
    if (head.contains("<timeml") || head.startsWith("<doc>") || head.startsWith("<doc ")) {
      return Format.NEWS_XML;
    }
    String lower = name.toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
    if (head.startsWith("{") && (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json"))) {
      return Format.JSONL;
    }
    if (lower.endsWith(".rss") || lower.endsWith(".atom") || (lower.endsWith(".xml") && head.contains("<feed"))) {
      return Format.FEED;
    }
    if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
      return Format.HTML;
    }
    return Format.TEXT;
  }

  /** The charset a markup file declares in its first bytes ({@code <meta charset>}, {@code <?xml encoding>}). */
  public static Optional<String> declaredCharset(byte[] b) {
    String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    Matcher m = DECLARED.matcher(head);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static boolean startsWith(byte[] b, int... signature) {
    if (b.length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if (signature[i] >= 0 && (b[i] & 0xFF) != (signature[i] & 0xFF)) {
        return false;
      }
    }
    return true;
  }
}
