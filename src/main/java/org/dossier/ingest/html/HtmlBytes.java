package org.dossier.ingest.html;

import java.nio.charset.Charset;
import org.dossier.ingest.FormatSniffer;
import org.dossier.ingest.TextDecoder;

/**
 * Turns the bytes of a saved page into text with the ingest stage's decoder (BOM, valid UTF-8,
 * the declared charset, then Windows-1252). Where the ingest stage would refuse a page that mixes
 * encodings, an evaluation must still score it: such bytes are read as Windows-1252.
 */
public final class HtmlBytes {

  private HtmlBytes() {}

  public static String decode(byte[] bytes) {
    TextDecoder.Result r = TextDecoder.decode(bytes, FormatSniffer.declaredCharset(bytes).orElse(null));
    return r instanceof TextDecoder.Decoded d ? d.text() : new String(bytes, Charset.forName("windows-1252"));
  }
}
