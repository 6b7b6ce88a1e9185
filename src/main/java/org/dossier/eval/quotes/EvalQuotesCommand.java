package org.dossier.eval.quotes;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.config.Settings;
import org.dossier.eval.JsonReport;
import org.dossier.eval.Prf;
import org.dossier.pipeline.AnalysisStage;
import org.dossier.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dossier eval quotes --gold FILE}: quotes and speakers against a hand-made gold file. */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = {
      "Quote precision, recall and F1 (span overlap, direct and indirect apart) and speaker accuracy",
      "against a gold file in the format of eval/quotes/README.md."
    })
public final class EvalQuotesCommand implements Callable<Integer> {

  @Option(names = "--gold", required = true, paramLabel = "FILE", description = "The gold file (JSON Lines).")
  Path gold;

  @Option(names = "--data", defaultValue = "../shared/data", paramLabel = "DIR", description = "Where gold paths that are not under the project resolve (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures and the errors as JSON.")
  Path json;

  @Option(names = "--errors", description = "Print every disagreement.")
  boolean showErrors;

  @Override
  public Integer call() throws Exception {
    Settings settings = Settings.defaults();
    QuoteEvaluation eval = new QuoteEvaluation(new Pipeline(settings), new AnalysisStage(settings));
    QuoteEvaluation.Result r = eval.run(gold, List.of(Path.of(""), data));
    System.out.printf("%s: %d articles, %d gold quotes (%d not located in the cleaned text)%n", r.gold(), r.articles(), r.goldQuotes(), r.goldNotFound());
    System.out.printf("%-9s %9s %9s %9s %6s %6s %6s%n", "kind", "precision", "recall", "F1", "tp", "fp", "fn");
    row("direct", r.direct());
    row("indirect", r.indirect());
    row("all", r.all());
    System.out.printf("speaker accuracy: %.3f (%d of %d matched quotes with a known speaker)%n", r.speakerAccuracy(), r.speakerCorrect(), r.speakerPairs());
    if (showErrors) {
      r.errors().forEach(e -> System.out.printf("  %-22s %s | %s | expected: %s | found: %s%n", e.kind(), e.file(), shorten(e.text()), e.expected(), e.found()));
    }
    if (json != null) {
      JsonReport.write(json, r);
      System.out.println("Wrote " + json);
    }
    return 0;
  }

  private static void row(String kind, Prf p) {
    System.out.printf("%-9s %9.3f %9.3f %9.3f %6d %6d %6d%n", kind, p.precision(), p.recall(), p.f1(), p.truePositives(), p.falsePositives(), p.falseNegatives());
  }

  private static String shorten(String s) {
    return s.length() > 90 ? s.substring(0, 90) + "…" : s;
  }
}
