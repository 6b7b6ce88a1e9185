package org.dossier.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both loaders on tiny data sets laid out as the originals, written here. */
class DataSetsTest {

  @TempDir Path dir;

  @Test
  void scrapinghubPagesAreGzippedAndScoredByShingles() throws IOException {
    Files.writeString(dir.resolve("ground-truth.json"),
        "{\"p1\": {\"articleBody\": \"one two three four\", \"url\": \"https://x.test/1\"}}");
    Files.createDirectories(dir.resolve("html"));
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/p1.html.gz")))) {
      out.write("<p>one two three four</p>".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(DataSets.kindOf(dir)).isEqualTo(DataSets.SCRAPINGHUB);
    DataSet set = DataSets.scrapinghub(dir);
    assertThat(set.pages()).hasSize(1);
    assertThat(set.pages().get(0).html()).isEqualTo("<p>one two three four</p>");
    assertThat(set.pages().get(0).gold().score("one two three four")).isEqualTo(new Counts(1, 0, 0));
  }

  @Test
  void trafilaturaPagesComeFromEvalElseCacheAndMayBeLatin1() throws IOException {
    Path tests = Files.createDirectories(dir.resolve("tests"));
    Files.createDirectories(tests.resolve("eval"));
    Files.createDirectories(tests.resolve("cache"));
    Files.writeString(tests.resolve("evaldata.json"),
        "{\"https://a.test\": {\"file\": \"a.html\", \"with\": [\"Grüße\"], \"without\": [\"x\"]},"
            + " \"https://b.test\": {\"file\": \"b.html\", \"with\": [\"b\"], \"without\": [\"y\"]},"
            + " \"https://c.test\": {\"file\": \"missing.html\", \"with\": [\"c\"], \"without\": [\"z\"]}}");
    Files.write(tests.resolve("eval/a.html"),
        "<meta charset=iso-8859-1><p>Grüße</p>".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(tests.resolve("cache/b.html"), "<p>b</p>");
    DataSet set = DataSets.trafilatura(dir);
    assertThat(set.pages()).extracting(EvalPage::id).containsExactly("a.html", "b.html");
    assertThat(set.pages().get(0).html()).contains("Grüße");
    assertThat(set.limit(1).pages()).hasSize(1);
  }
}
