package org.dossier.eval.extraction;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dossier.eval.JsonReport;
import org.dossier.ingest.html.DossierExtractor;
import org.dossier.ingest.html.MainTextExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dossier eval extraction}: Dossier's HTML extractor and two Java peers, same pages, same run. */
@Command(
    name = "extraction",
    mixinStandardHelpOptions = true,
    description = {
      "Measures main-text extraction from HTML: Dossier's extractor, Readability4J and boilerpipe, "
          + "on the Scrapinghub article extraction benchmark (4-token shingles, P/R averaged per page) "
          + "and trafilatura's evaluation set (must-include / must-exclude snippets, counts summed)."
    })
public final class EvalExtractionCommand implements Callable<Integer> {

  private static final List<String> KINDS = List.of(DataSets.SCRAPINGHUB, DataSets.TRAFILATURA);

  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "../shared/data",
      description = "A folder holding " + DataSets.SCRAPINGHUB + "/ and " + DataSets.TRAFILATURA
          + "/, or one data set folder itself (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
  Path json;

  @Option(
      names = "--pages",
      paramLabel = "FILE",
      description = "Also write per-page counts as JSON, to find the worst pages.")
  Path pages;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Only the first N pages of each data set, for quick runs.")
  Integer limit;

  @Option(
      names = "--extractors",
      split = ",",
      paramLabel = "NAME",
      description = "Only these extractors (dossier, readability4j, boilerpipe); default all.")
  Set<String> only;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<DataSet> sets = findDataSets(err);
    if (sets.isEmpty()) {
      err.println("no extraction data set found under " + data.toAbsolutePath().normalize());
      return 2;
    }
    List<MainTextExtractor> extractors = extractors();
    ExtractionEvaluation evaluation = new ExtractionEvaluation(extractors);
    List<DataSetResult> results = new ArrayList<>();
    for (DataSet set : sets) {
      err.printf("%s: %d pages x %d extractors...%n", set.name(), set.pages().size(), extractors.size());
      err.flush();
      results.add(evaluation.run(set));
    }
    out.print(ResultTable.render(results));
    out.flush();
    if (json != null) {
      JsonReport.write(json, figures(results));
    }
    if (pages != null) {
      Map<String, Object> perPage = new LinkedHashMap<>();
      results.forEach(r -> perPage.put(r.dataSet(), r.perPage()));
      JsonReport.write(pages, perPage);
    }
    return 0;
  }

  private List<DataSet> findDataSets(PrintWriter err) throws IOException {
    String kind = DataSets.kindOf(data);
    if (kind != null) {
      return List.of(DataSets.load(kind, data).limit(limit));
    }
    List<DataSet> sets = new ArrayList<>();
    for (String k : KINDS) {
      Path dir = data.resolve(k);
      if (DataSets.kindOf(dir) == null) {
        err.println("missing data set: " + dir.toAbsolutePath().normalize() + " (skipped)");
      } else {
        sets.add(DataSets.load(k, dir).limit(limit));
      }
    }
    return sets;
  }

  private List<MainTextExtractor> extractors() {
    List<MainTextExtractor> all =
        List.of(new DossierExtractor(), new Readability4jExtractor(), new BoilerpipeExtractor());
    if (only == null || only.isEmpty()) {
      return all;
    }
    return all.stream().filter(e -> only.contains(e.name())).toList();
  }

  private static Map<String, Object> figures(List<DataSetResult> results) {
    Map<String, Object> root = new LinkedHashMap<>();
    for (DataSetResult r : results) {
      Map<String, Object> set = new LinkedHashMap<>();
      set.put("metric", r.metric());
      set.put("pages", r.pages());
      Map<String, Object> byExtractor = new LinkedHashMap<>();
      for (ExtractorResult e : r.extractors()) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("precision", e.precision());
        f.put("recall", e.recall());
        f.put("f1", e.f1());
        f.put("pagesScored", e.pagesScored());
        f.put("pagesFailed", e.pagesFailed());
        f.put("seconds", e.seconds());
        f.put("pagesPerSecond", e.pagesPerSecond());
        byExtractor.put(e.extractor(), f);
      }
      set.put("extractors", byExtractor);
      root.put(r.dataSet(), set);
    }
    return root;
  }
}
