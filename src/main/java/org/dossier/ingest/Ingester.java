package org.dossier.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The ingest stage: one input file in, its raw articles and skips out. Every way a file can be
 * unusable (too large, empty, binary, undecodable, malformed) becomes a {@link Skip} naming the file
 * and the reason; nothing here throws for bad input.
 */
public final class Ingester {

  private final long maxBytes;
  private final double maxControlShare;

  /**
   * @param maxBytes files larger than this are skipped unread
   * @param maxControlShare above this share of control characters, decoded text is taken as binary
   */
  public Ingester(long maxBytes, double maxControlShare) {
    this.maxBytes = maxBytes;
    this.maxControlShare = maxControlShare;
  }

  public FileResult read(SourceFile source) {
    String file = source.name();
    byte[] bytes;
    try {
      long size = source.size();
      if (size > maxBytes) {
        return FileResult.skip(file, "file too large: " + size + " bytes (limit " + maxBytes + "; raise it with --max-bytes)");
      }
      bytes = source.read();
      if (bytes.length > maxBytes) {
        return FileResult.skip(file, "input too large: over " + maxBytes + " bytes (raise the limit with --max-bytes)");
      }
      if (FormatSniffer.isGzip(bytes)) {
        bytes = gunzip(bytes);
      }
    } catch (IOException e) {
      return FileResult.skip(file, "cannot read file: " + e.getMessage());
    } catch (TooLarge e) {
      return FileResult.skip(file, "decompressed content over " + maxBytes + " bytes (raise the limit with --max-bytes)");
    }
    if (bytes.length == 0) {
      return FileResult.skip(file, "empty file (0 bytes)");
    }
    if (FormatSniffer.isPdf(bytes)) {
      return PdfReader.read(file, bytes);
    }
    Optional<String> binary = FormatSniffer.binaryKind(bytes);
    if (binary.isPresent()) {
      return FileResult.skip(file, "binary file (" + binary.get() + "), not an article");
    }
    TextDecoder.Result decoded = decode(bytes);
    if (decoded instanceof TextDecoder.Undecodable u) {
      return FileResult.skip(file, u.reason());
    }
    String text = ((TextDecoder.Decoded) decoded).text();
    if (text.isBlank()) {
      return FileResult.skip(file, "empty file (only white space)");
    }
    long controls = text.chars().filter(Ingester::isControl).count();
    if (controls > text.length() * maxControlShare) {
      return FileResult.skip(file, "binary file: " + controls + " control characters in " + text.length() + " (not text)");
    }
    return switch (FormatSniffer.sniffText(file, text)) {
      case FEED -> FeedReader.read(file, text);
      case JSONL -> JsonLinesReader.read(file, text);
      case HTML -> HtmlReader.read(file, text);
      case NEWS_XML -> NewsXmlReader.read(file, text);
      case TEXT, PDF -> FileResult.of(new RawArticle(file, 0, Format.TEXT, text, Hints.NONE));
    };
  }

  private static TextDecoder.Result decode(byte[] bytes) {
    return TextDecoder.decode(bytes, FormatSniffer.declaredCharset(bytes).orElse(null));
  }

  private static boolean isControl(int c) {
    return c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f';
  }

  private static final class TooLarge extends Exception {
    TooLarge() {
      super(null, null, false, false);
    }
  }

  private byte[] gunzip(byte[] bytes) throws IOException, TooLarge {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        out.write(buffer, 0, n);
        if (out.size() > maxBytes) {
          throw new TooLarge();
        }
      }
      return out.toByteArray();
    }
  }
}
