package org.dossier.eval.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.dossier.ingest.html.MainTextExtractor;

/**
 * Runs every extractor on every page of a data set and scores them with the set's metric. Pure
 * computation: no printing. Each page is read once and handed to all extractors in turn, so that
 * they see the same text; only the extraction itself is timed.
 */
public final class ExtractionEvaluation {

  private final List<MainTextExtractor> extractors;

  public ExtractionEvaluation(List<MainTextExtractor> extractors) {
    this.extractors = List.copyOf(extractors);
  }

  public DataSetResult run(DataSet set) {
    int n = extractors.size();
    List<List<Counts>> counts = new ArrayList<>();
    long[] nanos = new long[n];
    int[] failed = new int[n];
    for (int i = 0; i < n; i++) {
      counts.add(new ArrayList<>());
    }
    List<PageResult> perPage = new ArrayList<>();
    for (EvalPage page : set.pages()) {
      String html = read(page);
      for (int i = 0; i < n; i++) {
        MainTextExtractor extractor = extractors.get(i);
        String output;
        boolean threw = false;
        long start = System.nanoTime();
        try {
          output = extractor.extract(html, page.url());
        } catch (RuntimeException | StackOverflowError e) {
          output = "";
          threw = true;
          failed[i]++;
        }
        nanos[i] += System.nanoTime() - start;
        Counts c = page.gold().score(output == null ? "" : output);
        counts.get(i).add(c);
        perPage.add(new PageResult(extractor.name(), page.id(), page.url(), c, threw));
      }
    }
    List<ExtractorResult> results = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Scores s = set.metric().aggregate(counts.get(i));
      int total = counts.get(i).size();
      results.add(
          new ExtractorResult(
              extractors.get(i).name(),
              s.precision(),
              s.recall(),
              s.f1(),
              total - failed[i],
              failed[i],
              nanos[i] / 1e9));
    }
    return new DataSetResult(set.name(), set.metric(), set.pages().size(), results, perPage);
  }

  private static String read(EvalPage page) {
    try {
      return page.html();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read page " + page.file(), e);
    }
  }
}
