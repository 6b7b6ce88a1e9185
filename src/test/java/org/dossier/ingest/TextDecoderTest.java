package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  private static final String FRENCH = "L’armée turque a dû riposter « à Idleb » : déjà 20 morts, où ça ? Œuvre, naïf, façon.";

  private static String decoded(byte[] bytes) {
    TextDecoder.Result r = TextDecoder.decode(bytes);
    assertThat(r).isInstanceOf(TextDecoder.Decoded.class);
    return ((TextDecoder.Decoded) r).text();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void utf8() {
    assertThat(decoded(FRENCH.getBytes(StandardCharsets.UTF_8))).isEqualTo(FRENCH);
  }

  @Test
  void utf8WithBom() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    assertThat(decoded(concat(bom, FRENCH.getBytes(StandardCharsets.UTF_8)))).isEqualTo(FRENCH);
  }

  @Test
  void utf16WithBothByteOrderMarks() {
    assertThat(decoded(FRENCH.getBytes(StandardCharsets.UTF_16))).isEqualTo(FRENCH); // big-endian with BOM
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, FRENCH.getBytes(StandardCharsets.UTF_16LE));
    assertThat(decoded(le)).isEqualTo(FRENCH);
  }

  @Test
  void utf16WithoutBom() {
    assertThat(decoded(FRENCH.getBytes(StandardCharsets.UTF_16LE))).isEqualTo(FRENCH);
    assertThat(decoded(FRENCH.getBytes(StandardCharsets.UTF_16BE))).isEqualTo(FRENCH);
  }

  @Test
  void windows1252WithCurlyApostropheAndOe() {
    assertThat(decoded(FRENCH.getBytes(Charset.forName("windows-1252")))).isEqualTo(FRENCH);
  }

  @Test
  void latin1() {
    String latin = "Les négociations à Ankara ont échoué, a déclaré Ibrahim Kalin.";
    assertThat(decoded(latin.getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(latin);
  }

  @Test
  void mixedEncodingsAreRefusedWithAReason() {
    byte[] utf8 = "Déjà vu ".getBytes(StandardCharsets.UTF_8);
    byte[] latin1 = "et café".getBytes(StandardCharsets.ISO_8859_1);
    TextDecoder.Result r = TextDecoder.decode(concat(utf8, latin1));
    assertThat(r).isInstanceOf(TextDecoder.Undecodable.class);
    assertThat(((TextDecoder.Undecodable) r).reason()).contains("undecodable").contains("mixes encodings");
  }

  @Test
  void aFewStrayBytesInUtf8AreReplacedNotRefused() {
    String text = "Les négociations à Ankara ont échoué, a déclaré le porte-parole à la presse. ".repeat(10);
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    byte[] withStray = concat(utf8, new byte[] {' ', (byte) 0xE9, ' '});
    TextDecoder.Result r = TextDecoder.decode(withStray);
    assertThat(r).isInstanceOf(TextDecoder.Decoded.class);
    assertThat(((TextDecoder.Decoded) r).text()).startsWith(text).contains("\uFFFD");
    assertThat(((TextDecoder.Decoded) r).charset()).contains("1 invalid byte(s) replaced");
  }

  @Test
  void doubleEncodedUtf8IsRepaired() {
    String broken = new String(FRENCH.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
    assertThat(broken).contains("Ã©");
    assertThat(decoded(broken.getBytes(StandardCharsets.UTF_8))).isEqualTo(FRENCH);
  }

  @Test
  void textThatMerelyContainsACapitalAtildeIsLeftAlone() {
    String s = "São Paulo et Ã la carte";
    assertThat(TextDecoder.repairDoubleEncoding(s)).isEqualTo(s);
  }

  @Property
  void anyLatinTextSurvivesEveryEncoding(
      @ForAll @StringLength(min = 1, max = 200) @CharRange(from = ' ', to = '~') @CharRange(from = 'À', to = 'ÿ') String text) {
    assertThat(decoded(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    assertThat(decoded(text.getBytes(StandardCharsets.UTF_16))).isEqualTo(text);
    byte[] cp1252 = text.getBytes(Charset.forName("windows-1252"));
    // "Ã©" in Windows-1252 is also valid UTF-8 for "é", and "þÿ" is a UTF-16 byte-order mark:
    // such texts are ambiguous by nature, and no real article opens with a byte-order mark.
    boolean startsLikeBom = text.startsWith("þÿ") || text.startsWith("ÿþ") || text.startsWith("ï»¿");
    if (!startsLikeBom && !(TextDecoder.decode(cp1252) instanceof TextDecoder.Decoded d && d.charset().equals("UTF-8"))) {
      assertThat(decoded(cp1252)).isEqualTo(text);
    }
  }
}
