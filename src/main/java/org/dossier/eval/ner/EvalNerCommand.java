package org.dossier.eval.ner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.analyse.FrenchCoreNlp;
import org.dossier.eval.JsonReport;
import org.dossier.eval.Prf;
import org.dossier.extract.entities.MentionExtractor;
import org.dossier.lang.Countries;
import org.dossier.lang.Organisations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dossier eval ner --data DIR}: entity recognition against WikiNEuRal French. */
@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = {
      "Named-entity precision, recall and F1 (exact span and type) per type and overall, for raw",
      "CoreNLP WikiNER and for Dossier's corrected mentions, on the same sentences in one run.",
      "DIR is ../shared/data/wikineural_fr (or ../shared/data, or a .conllu file)."
    })
public final class EvalNerCommand implements Callable<Integer> {

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "The WikiNEuRal French folder, its parent, or a .conllu file.")
  Path data;

  @Option(names = "--split", defaultValue = "test", description = "test or val (default: ${DEFAULT-VALUE}).")
  String split;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
  Path json;

  @Option(names = "--limit", defaultValue = "0", paramLabel = "N", description = "Only the first N sentences (0: all).")
  int limit;

  @Override
  public Integer call() throws Exception {
    Path file = locate(data);
    if (file == null) {
      System.err.println("No WikiNEuRal French " + split + ".conllu under " + data + " (expected data/wikineural/fr/" + split + ".conllu)");
      return 1;
    }
    List<String> fr = List.of("fr");
    NerEvaluation eval = new NerEvaluation(new FrenchCoreNlp(), new MentionExtractor(Countries.load(fr), Organisations.load(fr), org.dossier.lang.DataFile.words("fr", "honorifics.txt"), org.dossier.lang.RoleNouns.load("fr"), org.dossier.lang.DataFile.words("fr", "titled-people.txt"), org.dossier.lang.DataFile.words("fr", "first-names.tsv"), MentionExtractor.Words.load("fr")));
    NerEvaluation.Result r = eval.run(file, limit);
    System.out.printf("WikiNEuRal fr %s: %d sentences, %d gold entities, %d tokens, %.1f s (%.0f tokens/s)%n", split, r.sentences(), r.goldEntities(), r.tokens(), r.seconds(), r.tokens() / r.seconds());
    System.out.printf("%-8s %-5s %9s %9s %9s%n", "system", "type", "precision", "recall", "F1");
    for (NerEvaluation.SystemScore s : r.systems()) {
      s.byType().forEach((type, prf) -> row(s.system(), type, prf));
      row(s.system(), "ALL", s.overall());
    }
    if (json != null) {
      JsonReport.write(json, r);
      System.out.println("Wrote " + json);
    }
    return 0;
  }

  private static void row(String system, String type, Prf p) {
    System.out.printf("%-8s %-5s %9.3f %9.3f %9.3f%n", system, type, p.precision(), p.recall(), p.f1());
  }

  private Path locate(Path d) {
    String name = split + ".conllu";
    for (Path candidate : List.of(d, d.resolve(name), d.resolve("data/wikineural/fr/" + name), d.resolve("wikineural_fr/data/wikineural/fr/" + name))) {
      if (Files.isRegularFile(candidate)) return candidate;
    }
    return null;
  }
}
