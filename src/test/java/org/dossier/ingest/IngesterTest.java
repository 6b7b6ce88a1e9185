package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a file can be bad becomes a named skip; every supported format yields articles. */
class IngesterTest {

  private static final String ARTICLE = "Le porte-parole de la présidence turque a annoncé un nouveau cessez-le-feu à Idleb.";

  private final Ingester ingester = new Ingester(20_000_000, 0.02);

  private FileResult read(String name, byte[] bytes) {
    return ingester.read(SourceFile.ofBytes(name, bytes));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String onlySkipReason(FileResult r) {
    assertThat(r.articles()).isEmpty();
    assertThat(r.skipped()).hasSize(1);
    return r.skipped().get(0).reason();
  }

  @Test
  void emptyFile() {
    assertThat(onlySkipReason(read("empty.txt", new byte[0]))).contains("empty file");
    assertThat(onlySkipReason(read("blank.txt", utf8(" \n\t\n")))).contains("empty file");
  }

  @Test
  void binaryFileByItsSignature() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    assertThat(onlySkipReason(read("photo.txt", png))).contains("binary file").contains("PNG");
  }

  @Test
  void binaryFileByItsControlBytes() {
    byte[] junk = new byte[4096];
    new java.util.Random(7).nextBytes(junk);
    junk[0] = 'x';
    assertThat(onlySkipReason(read("junk.dat", junk))).containsAnyOf("binary file", "undecodable");
  }

  @Test
  void aStrayNulInALongPageIsNotBinary() {
    String page = "<html><body><article><p>" + ARTICLE.repeat(40) + "\0</p></article></body></html>";
    assertThat(read("page.html", utf8(page)).articles()).hasSize(1);
  }

  @Test
  void fileOverTheSizeLimitIsNotRead(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.txt");
    Files.write(big, utf8(ARTICLE.repeat(100)));
    FileResult r = new Ingester(1000, 0.02).read(SourceFile.of(big));
    assertThat(onlySkipReason(r)).contains("file too large").contains("limit 1000").contains("--max-bytes");
  }

  @Test
  void undecodableBytes() {
    byte[] mixed = new byte[] {'L', 'e', ' ', (byte) 0xC3, (byte) 0xA9, 't', (byte) 0xE9, ' ', 'x'};
    assertThat(onlySkipReason(read("mixed.txt", mixed))).contains("undecodable");
  }

  @Test
  void malformedHtmlWithTextIsStillRead() {
    String html = "<html><head><title>Idleb</title><body><div><p>" + ARTICLE + "<p>Deuxième paragraphe <b>non fermé<div></html";
    FileResult r = read("broken.html", utf8(html));
    assertThat(r.skipped()).isEmpty();
    assertThat(r.articles()).singleElement().satisfies(a -> assertThat(a.text()).contains("cessez-le-feu"));
  }

  @Test
  void htmlWithoutAnyTextIsSkipped() {
    String html = "<!DOCTYPE html><html><head><script>var x = '<p>';</script></head><body><div></div></body></html>";
    assertThat(onlySkipReason(read("empty.html", utf8(html)))).contains("no article text");
  }

  @Test
  void plainTextInWindows1252() {
    FileResult r = read("latin.txt", ARTICLE.getBytes(java.nio.charset.Charset.forName("windows-1252")));
    assertThat(r.articles()).singleElement().satisfies(a -> assertThat(a.text()).isEqualTo(ARTICLE));
  }

  @Test
  void jsonLinesWithOneBadLine() {
    String jsonl =
        "{\"text\": \"" + ARTICLE + "\", \"title\": \"Cessez-le-feu\", \"published\": \"2019-12-24\", \"source\": \"RT\", \"url\": \"https://x.test/a\"}\n"
            + "{not json\n"
            + "{\"html\": \"<p>Premier.</p><p>Second paragraphe.</p>\"}\n"
            + "{\"title\": \"sans texte\"}\n";
    FileResult r = read("batch.jsonl", utf8(jsonl));
    assertThat(r.articles()).hasSize(2);
    assertThat(r.articles().get(0).hints()).isEqualTo(new Hints("Cessez-le-feu", "https://x.test/a", "2019-12-24", "RT", null, null));
    assertThat(r.articles().get(1).text()).isEqualTo("Premier.\n\nSecond paragraphe.");
    assertThat(r.skipped()).extracting(Skip::file).containsExactly("batch.jsonl#2", "batch.jsonl#4");
    assertThat(r.skipped().get(0).reason()).contains("malformed JSON on line 2");
  }

  @Test
  void rssFeedGivesOneArticlePerItem() {
    String rss =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>RTSinfo</title><link>https://rts.test</link><description>d</description>
        <item><title>Premier</title><link>https://rts.test/1</link><pubDate>Wed, 12 Feb 2020 10:00:00 GMT</pubDate>
          <description>&lt;p&gt;Les présidents ont parlé mercredi.&lt;/p&gt;&lt;p&gt;Le Kremlin a publié un communiqué.&lt;/p&gt;</description></item>
        <item><title>Second</title><link>https://rts.test/2</link><description>Une délégation russe a quitté Ankara.</description></item>
        <item><title>Titre seul</title><link>https://rts.test/3</link></item>
        </channel></rss>""";
    FileResult r = read("feed.xml", utf8(rss));
    assertThat(r.articles()).hasSize(2);
    RawArticle first = r.articles().get(0);
    assertThat(first.text()).isEqualTo("Les présidents ont parlé mercredi.\n\nLe Kremlin a publié un communiqué.");
    assertThat(first.hints().title()).isEqualTo("Premier");
    assertThat(first.hints().site()).isEqualTo("RTSinfo");
    assertThat(first.hints().published()).startsWith("2020-02-12");
    assertThat(first.location()).isEqualTo("feed.xml#1");
    assertThat(r.skipped()).singleElement().satisfies(s -> assertThat(s.reason()).contains("no text"));
  }

  @Test
  void atomFeed() {
    String atom =
        """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Agence</title><id>urn:x</id><updated>2020-02-06T10:00:00Z</updated>
        <entry><title>Cavusoglu exhorte la Russie</title><id>urn:1</id><updated>2020-02-06T10:00:00Z</updated>
        <content type="html">&lt;p&gt;Le chef de la diplomatie turque a exhorté jeudi la Russie.&lt;/p&gt;</content></entry>
        </feed>""";
    FileResult r = read("agence.atom", utf8(atom));
    assertThat(r.articles()).singleElement().satisfies(a -> {
      assertThat(a.format()).isEqualTo(Format.FEED);
      assertThat(a.text()).contains("exhorté jeudi");
      assertThat(a.hints().published()).startsWith("2020-02-06");
    });
  }

  @Test
  void timeMlGivesItsTextWithoutTheMarkupAndItsCreationDate() {
    String tml =
        """
        <?xml version='1.0' encoding='UTF-8'?>
        <!--
        Source: a corpus header that is not the article
        //-->
        <TimeML>
        <DOCID>1999-05-19-0489a</DOCID>
        <DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t1" type="DATE" value="1999-05-19" /></DCT>
        <TEXT>
        Grosse bronchite pour Eltsine.
        Le président russe a <EVENT class="OCCURRENCE" eid="e1">annulé</EVENT> <TIMEX3 tid="t2" type="DATE" value="1999-05-18">hier</TIMEX3> une rencontre, a affirmé l'ambassade d'Espagne.
        </TEXT>
        <TLINK lid="l1" relType="INCLUDES" timeID="t2" eventInstanceID="ei1" />
        </TimeML>""";
    FileResult r = read("1999-05-19-0489a.tml", utf8(tml));
    assertThat(r.articles()).singleElement().satisfies(a -> {
      assertThat(a.format()).isEqualTo(Format.NEWS_XML);
      assertThat(a.text())
          .isEqualTo("Grosse bronchite pour Eltsine.\nLe président russe a annulé hier une rencontre, a affirmé l'ambassade d'Espagne.");
      assertThat(a.hints().published()).isEqualTo("1999-05-19");
      assertThat(a.location()).isEqualTo("1999-05-19-0489a.tml");
    });
  }

  @Test
  void gigawordFileGivesOneArticlePerDocWithItsParagraphsUnwrapped() {
    String sgml =
        """
        <DOC id="AFP_FRE_20000101.0001" type="story">
        <HEADLINE>
        Cessez-le-feu à Idleb
        </HEADLINE>
        <DATE_TIME>2000-01-01T08:00</DATE_TIME>
        <TEXT>
        <P>
        Le porte-parole a annoncé un
        cessez-le-feu.
        </P>
        <P>
        Ankara a démenti.
        </P>
        </TEXT>
        </DOC>
        <DOC id="AFP_FRE_20000101.0002" type="story">
        <HEADLINE>Sans texte</HEADLINE>
        </DOC>
        """;
    FileResult r = read("afp_fre_200001", utf8(sgml));
    assertThat(r.articles()).singleElement().satisfies(a -> {
      assertThat(a.text()).isEqualTo("Le porte-parole a annoncé un cessez-le-feu.\n\nAnkara a démenti.");
      assertThat(a.hints().title()).isEqualTo("Cessez-le-feu à Idleb");
      assertThat(a.hints().published()).isEqualTo("2000-01-01T08:00");
      assertThat(a.location()).isEqualTo("afp_fre_200001#1");
    });
    assertThat(r.skipped()).singleElement().satisfies(s -> {
      assertThat(s.file()).isEqualTo("afp_fre_200001#2");
      assertThat(s.reason()).contains("without a TEXT element");
    });
  }

  @Test
  void malformedFeedIsSkipped() {
    String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>x</title></chan";
    assertThat(onlySkipReason(read("broken.rss", utf8(rss)))).contains("malformed feed");
  }

  @Test
  void pdfTextLayer() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument pdf = new PDDocument()) {
      PDPage page = new PDPage();
      pdf.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 700);
        content.showText("Une delegation russe a quitte Ankara sans accord.");
        content.endText();
      }
      pdf.getDocumentInformation().setTitle("Idlib");
      pdf.save(out);
    }
    FileResult r = read("note.pdf", out.toByteArray());
    assertThat(r.articles()).singleElement().satisfies(a -> {
      assertThat(a.format()).isEqualTo(Format.PDF);
      assertThat(a.text()).contains("Une delegation russe a quitte Ankara sans accord.");
      assertThat(a.hints().title()).isEqualTo("Idlib");
    });
  }

  @Test
  void corruptPdfIsSkipped() {
    assertThat(onlySkipReason(read("bad.pdf", utf8("%PDF-1.7\ngarbage without objects")))).contains("unreadable PDF");
  }

  @Test
  void gzippedTextIsRead() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(utf8(ARTICLE));
    }
    assertThat(read("a.txt.gz", out.toByteArray()).articles()).singleElement().satisfies(a -> assertThat(a.text()).isEqualTo(ARTICLE));
  }
}
