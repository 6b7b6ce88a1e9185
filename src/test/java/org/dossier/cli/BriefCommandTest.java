package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefCommandTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
  private PrintStream savedOut;
  private PrintStream savedErr;

  @BeforeEach
  void captureOutput() {
    savedOut = System.out;
    savedErr = System.err;
    System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreOutput() {
    System.setOut(savedOut);
    System.setErr(savedErr);
  }

  @Test
  void examplesGiveThreeFilesThatFollowTheSchema() throws IOException {
    Path out = dir.resolve("out");
    assertThat(Main.execute("brief", "examples/idlib-2020", "--out", out.toString())).isZero();
    assertThat(out.resolve("brief.md")).exists();
    assertThat(out.resolve("brief.html")).exists();
    assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("5 article(s) read, 0 skipped").contains("brief.json");

    ObjectMapper json = new ObjectMapper();
    JsonNode brief = json.readTree(out.resolve("brief.json").toFile());
    JsonSchema schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(json.readTree(Path.of("docs/brief-schema.json").toFile()));
    Set<ValidationMessage> errors = schema.validate(brief);
    assertThat(errors).isEmpty();
    assertThat(brief.get("articles")).hasSize(5);
    assertThat(brief.get("timeline")).isNotEmpty();
    assertThat(Files.readString(out.resolve("brief.md"))).contains("## Timeline");
  }

  @Test
  void badFilesAreNamedInSkippedAndTheRestIsProcessed() throws IOException {
    Files.writeString(dir.resolve("good.txt"), "Une délégation russe a quitté Ankara sans parvenir à un accord sur Idlib, selon les diplomates.");
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
    Path out = dir.resolve("out");
    assertThat(Main.execute("brief", dir.toString(), dir.resolve("missing.txt").toString(), "--out", out.toString())).isZero();
    JsonNode brief = new ObjectMapper().readTree(out.resolve("brief.json").toFile());
    assertThat(brief.get("articles")).hasSize(1);
    assertThat(brief.get("skipped").findValuesAsText("file")).anyMatch(f -> f.endsWith("empty.txt")).anyMatch(f -> f.endsWith("image.txt")).anyMatch(f -> f.endsWith("missing.txt"));
    assertThat(brief.get("skipped").findValuesAsText("reason")).contains("empty file (0 bytes)", "no such file or folder");
  }

  @Test
  void exitCodeOneWhenNothingCouldBeRead() throws IOException {
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    assertThat(Main.execute("brief", dir.resolve("empty.txt").toString(), "--out", dir.resolve("out").toString())).isEqualTo(1);
  }

  @Test
  void exitCodeTwoOnUsageErrors() {
    assertThat(Main.execute("brief")).isEqualTo(2);
    assertThat(Main.execute("brief", "--no-such-option", "x")).isEqualTo(2);
    assertThat(Main.execute()).isEqualTo(2);
    assertThat(Main.execute("eval")).isEqualTo(2);
  }

  @Test
  void helpWorksOnEveryCommand() {
    assertThat(Main.execute("--help")).isZero();
    assertThat(Main.execute("brief", "--help")).isZero();
    assertThat(Main.execute("eval", "--help")).isZero();
    assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("Usage: dossier brief").contains("--out").contains("Usage: dossier eval");
  }

  @Test
  void articleTextIsEscapedInHtml() throws IOException {
    Files.writeString(
        dir.resolve("evil.txt"),
        "Le communiqué <script>alert('x')</script> a été publié mardi par la présidence turque à Ankara, selon les diplomates.");
    Path out = dir.resolve("out");
    assertThat(Main.execute("brief", dir.resolve("evil.txt").toString(), "--out", out.toString())).isZero();
    String html = Files.readString(out.resolve("brief.html"));
    assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    String md = Files.readString(out.resolve("brief.md"));
    assertThat(md).doesNotContain("<script>");
  }

  @Test
  void settingsOverlayRejectsUnknownKeys() throws IOException {
    Path settings = dir.resolve("dossier.properties");
    Files.writeString(settings, "clean.no-such-threshold = 3\n");
    assertThat(Main.execute("brief", "examples/idlib-2020", "--settings", settings.toString(), "--out", dir.resolve("o").toString())).isNotZero();
    assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("unknown setting 'clean.no-such-threshold'");
  }
}
