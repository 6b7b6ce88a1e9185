package org.dossier.eval.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.dossier.ingest.html.HtmlBytes;

/** One page of a data set: where its HTML is and what it should yield. */
public record EvalPage(String id, String url, Path file, PageGold gold) {

  /** The page's HTML, gunzipped when the file is gzip, decoded by {@link HtmlBytes}. */
  public String html() throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    if (bytes.length > 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
        bytes = in.readAllBytes();
      }
    }
    return HtmlBytes.decode(bytes);
  }
}
