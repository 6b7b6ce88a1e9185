package org.dossier.eval.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.analyse.SharedFrenchAnalyzer;
import org.dossier.config.Settings;
import org.dossier.pipeline.AnalysisStage;
import org.dossier.pipeline.Pipeline;
import org.dossier.pipeline.StoryStage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dossier eval summary} and {@code eval update} on a two-topic corpus laid out as RPM2 is. */
class EvalSummaryCommandTest {

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private static final List<String> FLOODS_1 = List.of(
      "Des pluies torrentielles ont inondé jeudi la ville de Nîmes, où trois personnes ont été tuées.",
      "Les secours ont évacué des centaines d'habitants des quartiers inondés de Nîmes pendant la nuit.",
      "Météo-France avait placé le Gard en vigilance rouge pour les pluies dès mercredi soir.");
  private static final List<String> FLOODS_2 = List.of(
      "Trois personnes ont été tuées à Nîmes par les inondations provoquées jeudi par des pluies torrentielles.",
      "Le Gard avait été placé en vigilance rouge par Météo-France, qui prévoyait des pluies exceptionnelles.",
      "Le préfet a ouvert des gymnases pour accueillir les habitants évacués des quartiers inondés.");
  private static final List<String> FLOODS_3 = List.of(
      "Un mois après les inondations de Nîmes, l'Etat a reconnu l'état de catastrophe naturelle dans le Gard.",
      "Les assureurs estiment les dégâts des inondations à plusieurs dizaines de millions d'euros.",
      "Les habitants des quartiers inondés de Nîmes attendent toujours d'être indemnisés par les assureurs.");
  private static final List<String> STRIKE_1 = List.of(
      "Les cheminots de la SNCF ont entamé mardi une grève contre la réforme de leur régime de retraite.",
      "Le trafic des trains était très perturbé mardi dans toute la France, selon la direction de la SNCF.",
      "Les syndicats de cheminots promettent de reconduire la grève jusqu'au retrait de la réforme.");
  private static final List<String> STRIKE_2 = List.of(
      "Le gouvernement a renoncé vendredi à la réforme du régime de retraite des cheminots après trois semaines de grève.",
      "Le trafic des trains de la SNCF devrait redevenir normal lundi, selon la direction.",
      "Les syndicats de cheminots ont salué une victoire et appelé à suspendre la grève.");

  @BeforeEach
  void corpus() throws IOException {
    Path docs = Files.createDirectories(dir.resolve("rpm2_fr_mds/Corpus_RPM2_documents"));
    Path refs = Files.createDirectories(dir.resolve("rpm2_fr_mds/Corpus_RPM2_references"));
    write(docs.resolve("T01_C1_01.txt"), "Inondations meurtrières à Nîmes", FLOODS_1);
    write(docs.resolve("T01_C1_02.txt"), "Le Gard sous les eaux", FLOODS_2);
    write(docs.resolve("T01_C2_01.txt"), "Catastrophe naturelle dans le Gard", FLOODS_3);
    write(docs.resolve("T01_C2_02.txt"), "Nîmes attend les assureurs", FLOODS_3.subList(1, 3));
    write(docs.resolve("T02_C1_01.txt"), "Grève à la SNCF", STRIKE_1);
    write(docs.resolve("T02_C1_02.txt"), "Les cheminots en grève", STRIKE_1.subList(0, 2));
    write(docs.resolve("T02_C2_01.txt"), "Le gouvernement renonce", STRIKE_2);
    write(docs.resolve("T02_C2_02.txt"), "Fin de la grève", STRIKE_2.subList(0, 2));
    write(refs.resolve("T01_C1_A1.txt"), null, List.of("Des pluies torrentielles ont tué trois personnes à Nîmes jeudi.", "Le Gard était en vigilance rouge depuis mercredi soir et des habitants ont été évacués."));
    write(refs.resolve("T01_C1_A2.txt"), null, List.of("Inondations à Nîmes : des pluies torrentielles ont fait trois morts jeudi et les secours ont évacué des centaines d'habitants des quartiers inondés."));
    write(refs.resolve("T01_C2_A1.txt"), null, List.of("Un mois après les inondations, l'état de catastrophe naturelle a été reconnu dans le Gard et les assureurs estiment les dégâts à des dizaines de millions d'euros."));
    write(refs.resolve("T01_C2_A2.txt"), null, List.of("Les habitants des quartiers inondés de Nîmes attendent toujours d'être indemnisés par les assureurs, qui chiffrent les dégâts en millions d'euros."));
    write(refs.resolve("T02_C1_A1.txt"), null, List.of("Les cheminots de la SNCF sont en grève depuis mardi contre la réforme de leur régime de retraite et le trafic des trains est très perturbé."));
    write(refs.resolve("T02_C1_A2.txt"), null, List.of("Grève à la SNCF : le trafic des trains est perturbé dans toute la France et les syndicats promettent de reconduire la grève."));
    write(refs.resolve("T02_C2_A1.txt"), null, List.of("Après trois semaines de grève, le gouvernement a renoncé à la réforme de la retraite des cheminots et les syndicats suspendent la grève."));
    write(refs.resolve("T02_C2_A2.txt"), null, List.of("Les syndicats de cheminots saluent une victoire et le trafic des trains de la SNCF doit redevenir normal lundi."));
  }

  /** UTF-8 with a BOM and CRLF line ends, as RPM2's files are; a document's first line is its title. */
  private static void write(Path f, String title, List<String> sentences) throws IOException {
    String body = title == null ? String.join(" ", sentences) : title + "\r\n" + String.join("\r\n", sentences) + "\r\n";
    Files.writeString(f, "\uFEFF" + body, StandardCharsets.UTF_8);
  }

  private int run(Object command, String... args) {
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void saysWhenTheCorpusIsMissing() {
    EvalSummaryCommand command = new EvalSummaryCommand();
    assertThat(run(command, "--data", dir.resolve("nothing").toString())).isEqualTo(1);
    assertThat(err.toString()).contains("No RPM2 corpus under");
  }

  @Test
  void readsClustersTitlesAndReferences() throws Exception {
    Settings settings = Settings.defaults();
    List<Rpm2.Cluster> clusters = Rpm2.read(Rpm2.locate(dir), new Pipeline(settings), new AnalysisStage(SharedFrenchAnalyzer.get(), settings), new StoryStage(settings, "fr"), 1);
    assertThat(clusters).extracting(Rpm2.Cluster::id).containsExactly("T01_C1", "T01_C2", "T02_C1", "T02_C2");
    Rpm2.Cluster first = clusters.get(0);
    assertThat(first.articles()).extracting(a -> a.id()).containsExactly("T01_C1_01", "T01_C1_02");
    assertThat(first.articles().get(0).sentences()).extracting(s -> s.text()).containsExactlyElementsOf(FLOODS_1);
    assertThat(first.references()).hasSize(2);
    assertThat(first.referenceSentences().get(0)).hasSize(2);
    // 25 and 23 words: the mean is 24.
    assertThat(first.referenceWords()).isEqualTo(24);
  }

  @Test
  void scoresDossierAndThePeersAndWritesJson() throws IOException {
    EvalSummaryCommand command = new EvalSummaryCommand();
    command.options.analyzer = SharedFrenchAnalyzer::get;
    Path json = dir.resolve("out/summary.json");
    assertThat(run(command, "--data", dir.toString(), "--json", json.toString())).isZero();
    assertThat(out.toString()).contains("RPM2: 4 clusters, 8 articles").contains("dossier").contains("lead").contains("centroid (MEAD)").contains("lexrank");
    JsonNode figures = new ObjectMapper().readTree(json.toFile());
    assertThat(figures.at("/systems").size()).isEqualTo(4);
    JsonNode dossier = figures.at("/systems/0");
    assertThat(dossier.at("/system").asText()).isEqualTo("dossier");
    assertThat(dossier.at("/clusters").size()).isEqualTo(4);
    for (JsonNode c : dossier.at("/clusters")) assertThat(c.at("/words").asInt()).isLessThanOrEqualTo(c.at("/limit").asInt());
    assertThat(dossier.at("/mean/rouge1/recall").asDouble()).isBetween(0.0, 1.0).isPositive();
  }

  @Test
  void scoresTheUpdateOfC2GivenC1() throws IOException {
    EvalUpdateCommand command = new EvalUpdateCommand();
    command.options.analyzer = SharedFrenchAnalyzer::get;
    Path json = dir.resolve("out/update.json");
    assertThat(run(command, "--data", dir.toString(), "--json", json.toString())).isZero();
    assertThat(out.toString()).contains("RPM2: 2 topics").contains("dossier update").contains("dossier (C2 alone)");
    JsonNode figures = new ObjectMapper().readTree(json.toFile());
    assertThat(figures.at("/systems/0/clusters").size()).isEqualTo(2);
    assertThat(figures.at("/systems/0/clusters/0/cluster").asText()).isEqualTo("T01_C2");
  }
}
