package org.dossier.eval.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dossier eval time} on a two-document TimeML set written here, with HeidelTime beside Dossier. */
class TimeEvalCommandTest {

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = new CommandLine(new EvalTimeCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  private static String tml(String dct, String body) {
    return "<?xml version='1.0' encoding='UTF-8'?>\n<TimeML>\n<DOCID>d</DOCID>\n"
        + "<DCT><TIMEX3 functionInDocument=\"CREATION_TIME\" tid=\"t0\" type=\"DATE\" value=\"" + dct + "\" /></DCT>\n"
        + "<TEXT>\n" + body + "\n</TEXT>\n</TimeML>\n";
  }

  @Test
  void saysWhenTheDataIsMissingAndFails() {
    assertThat(run("--data", dir.resolve("fr_timebank").toString())).isEqualTo(1);
    assertThat(err.toString()).contains("No French TimeBank under").contains(".tml");
  }

  @Test
  void readsTimeMlSpansAndDct() throws IOException {
    Path f = dir.resolve("a.tml");
    Files.writeString(f, tml("2020-02-06", "Les troupes sont entrées <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2020-02-05\">mercredi</TIMEX3> &amp; ont tiré."));
    TimeBankDocument d = TimeBankDocument.read(f);
    assertThat(d.creationDate()).hasToString("2020-02-06");
    assertThat(d.gold()).hasSize(1);
    Found g = d.gold().get(0);
    assertThat(d.text().substring(g.start(), g.end())).isEqualTo("mercredi");
    assertThat(d.text()).contains("& ont tiré");
    assertThat(g.value()).isEqualTo("2020-02-05");
  }

  @Test
  void scoresBothSystemsAndWritesJson() throws IOException {
    Path data = Files.createDirectories(dir.resolve("fr_timebank/Data"));
    Files.writeString(data.resolve("a.tml"), tml("2020-02-06",
        "Les troupes sont entrées <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2020-02-05\">mercredi</TIMEX3> dans la ville, "
            + "après <TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P3W\">trois semaines</TIMEX3> de combats."));
    Files.writeString(data.resolve("b.tml"), tml("2019-12-24",
        "Le président est arrivé <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2019-12-23\">hier</TIMEX3> à Moscou."));
    Path json = dir.resolve("out/time.json");
    assertThat(run("--data", dir.resolve("fr_timebank").toString(), "--json", json.toString())).isZero();
    assertThat(out.toString()).contains("2 documents, 3 gold TIMEX3").contains("dossier").contains("heideltime").contains("Value accuracy, dossier minus heideltime");
    JsonNode figures = new ObjectMapper().readTree(json.toFile());
    assertThat(figures.at("/systems/0/system").asText()).isEqualTo("dossier");
    assertThat(figures.at("/systems/1/system").asText()).isEqualTo("heideltime");
    assertThat(figures.at("/systems/0/valueAccuracy").asDouble()).isEqualTo(1.0);
    assertThat(figures.at("/systems/0/strict/truePositives").asInt()).isEqualTo(3);
    assertThat(figures.at("/systems/1/found").asInt()).isPositive();
  }
}
