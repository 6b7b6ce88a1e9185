package org.dossier.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalExtractionCommandTest {

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = new CommandLine(new EvalExtractionCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void saysWhichDataSetsAreMissing() {
    assertThat(run("--data", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("missing data set").contains("scrapinghub_aeb").contains("trafilatura_eval");
  }

  @Test
  void printsTheTableAndWritesJsonWithExtractorNames() throws IOException {
    Path set = Files.createDirectories(dir.resolve("scrapinghub_aeb/html"));
    String body = "A paragraph of text that is long enough, with commas, to be read as the article body.";
    Files.writeString(set.resolveSibling("ground-truth.json"),
        "{\"p1\": {\"articleBody\": \"" + body + "\", \"url\": \"https://x.test/1\"}}");
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(set.resolve("p1.html.gz")))) {
      o.write(("<html><body><article><p>" + body + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8));
    }
    Path json = dir.resolve("out/figures.json");
    assertThat(run("--data", dir.toString(), "--json", json.toString(), "--limit", "5")).isEqualTo(0);
    assertThat(out.toString()).contains("scrapinghub_aeb").contains("dossier").contains("readability4j").contains("boilerpipe");
    assertThat(err.toString()).contains("missing data set").contains("trafilatura_eval");
    JsonNode figures = new ObjectMapper().readTree(json.toFile());
    assertThat(figures.at("/scrapinghub_aeb/extractors/dossier/f1").asDouble()).isEqualTo(1.0);
    assertThat(figures.at("/scrapinghub_aeb/extractors/boilerpipe/pagesScored").asInt()).isEqualTo(1);
  }
}
