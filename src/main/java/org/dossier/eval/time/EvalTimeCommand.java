package org.dossier.eval.time;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dossier.config.Settings;
import org.dossier.eval.JsonReport;
import org.dossier.eval.Prf;
import org.dossier.extract.time.RuleTimeTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dossier eval time --data DIR}: time expressions against the French TimeBank, beside HeidelTime. */
@Command(
    name = "time",
    mixinStandardHelpOptions = true,
    description = {
      "TIMEX3 detection precision, recall and F1 (strict: exact span; relaxed: overlap), type and",
      "value accuracy on the relaxed matches, and value F1, for Dossier's time tagger and for",
      "HeidelTime 2.1 (French, news mode, no POS tagger) on the same documents in one run; each",
      "document is normalised against its creation time (DCT).",
      "DIR is ../shared/data/fr_timebank (the folder holding Data/*.tml), or a folder of .tml files."
    })
public final class EvalTimeCommand implements Callable<Integer> {

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "The French TimeBank folder or a folder of .tml files.")
  Path data;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
  Path json;

  @Option(names = "--errors", description = "List Dossier's misses, spurious expressions and wrong values.")
  boolean errors;

  @Option(names = "--settings", paramLabel = "FILE", description = "A properties file laid over the defaults (time.* keys).")
  Path settings;

  @Option(names = "--no-peer", description = "Score Dossier alone (skips HeidelTime).")
  boolean noPeer;

  @Spec CommandSpec spec;

  /** The figures of a run. */
  record Result(String data, int documents, long goldTimexes, List<TimeEvaluation.SystemScore> systems, Double valueAccuracyDifference) {}

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<Path> files = locate(data);
    if (files.isEmpty()) {
      spec.commandLine().getErr().println("No French TimeBank under " + data + ": expected .tml files in " + data.resolve("Data") + " (ISO-TimeML with a DCT)");
      return 1;
    }
    List<TimeBankDocument> docs = new ArrayList<>();
    for (Path f : files) docs.add(TimeBankDocument.read(f));
    List<TimeSystem> systems = new ArrayList<>();
    systems.add(new DossierSystem(new RuleTimeTagger(List.of("fr"), settings == null ? Settings.defaults() : Settings.withOverlay(settings))));
    if (!noPeer) systems.add(new HeidelTimePeer());
    List<TimeEvaluation.Tally> tallies = new ArrayList<>();
    for (TimeSystem system : systems) {
      TimeEvaluation.Tally tally = new TimeEvaluation.Tally(system.name());
      for (TimeBankDocument d : docs) {
        long t0 = System.nanoTime();
        List<Found> found = system.tag(d.text(), d.creationDate());
        tally.add(d.id(), d.gold(), found, (System.nanoTime() - t0) / 1e9);
      }
      tallies.add(tally);
    }
    List<TimeEvaluation.SystemScore> scores = tallies.stream().map(TimeEvaluation.Tally::score).toList();
    long gold = docs.stream().mapToLong(d -> d.gold().size()).sum();
    Double diff = scores.size() == 2 ? scores.get(0).valueAccuracy() - scores.get(1).valueAccuracy() : null;
    Result result = new Result(data.toString(), docs.size(), gold, scores, diff);
    print(out, result);
    if (errors) printErrors(out, tallies.get(0), docs);
    if (json != null) {
      JsonReport.write(json, result);
      out.println("Wrote " + json);
    }
    out.flush();
    return 0;
  }

  private static void print(PrintWriter out, Result r) {
    out.printf("French TimeBank: %d documents, %d gold TIMEX3%n", r.documents(), r.goldTimexes());
    out.printf("%-10s %6s | %-20s | %-20s | %-15s | %-15s | %-20s | %6s%n", "system", "found", "strict P / R / F1", "relaxed P / R / F1", "type acc.", "value acc.", "value P / R / F1", "s");
    for (TimeEvaluation.SystemScore s : r.systems()) {
      out.printf("%-10s %6d | %-20s | %-20s | %.3f (%3d/%3d) | %.3f (%3d/%3d) | %-20s | %6.1f%n", s.system(), s.found(), prf(s.strict()), prf(s.relaxed()),
          s.typeAccuracy(), s.typeCorrect(), s.relaxed().truePositives(), s.valueAccuracy(), s.valueCorrect(), s.relaxed().truePositives(), prf(s.value()), s.seconds());
    }
    if (r.valueAccuracyDifference() != null) {
      out.printf("Value accuracy, %s minus %s: %+.1f points%n", r.systems().get(0).system(), r.systems().get(1).system(), 100 * r.valueAccuracyDifference());
    }
  }

  private static String prf(Prf p) {
    return String.format("%.3f / %.3f / %.3f", p.precision(), p.recall(), p.f1());
  }

  private static void printErrors(PrintWriter out, TimeEvaluation.Tally tally, List<TimeBankDocument> docs) {
    for (TimeEvaluation.Pair p : tally.pairs) {
      if (p.gold() != null && p.found() != null && p.gold().value().equals(p.found().value()) && p.gold().start() == p.found().start() && p.gold().end() == p.found().end()) continue;
      String text = docs.stream().filter(d -> d.id().equals(p.document())).findFirst().orElseThrow().text();
      String kind = p.found() == null ? "MISS" : p.gold() == null ? "SPURIOUS" : p.gold().value().equals(p.found().value()) ? "SPAN" : "VALUE";
      out.printf("%-8s %s | gold %s | found %s%n", kind, p.document(), show(text, p.gold()), show(text, p.found()));
    }
  }

  private static String show(String text, Found f) {
    if (f == null) return "-";
    return "[" + text.substring(f.start(), f.end()).replace('\n', ' ') + "] " + f.type() + " " + f.value();
  }

  private static List<Path> locate(Path d) throws IOException {
    for (Path dir : List.of(d.resolve("Data"), d.resolve("fr_timebank/Data"), d)) {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> s = Files.list(dir)) {
          List<Path> tml = s.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
          if (!tml.isEmpty()) return tml;
        }
      }
    }
    return List.of();
  }
}
