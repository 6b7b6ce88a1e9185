package org.dossier.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.config.Settings;
import org.dossier.eval.JsonReport;
import org.dossier.ingest.Inputs;
import org.dossier.pipeline.BriefRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dossier bench brief}: the whole pipeline as {@code dossier brief} runs it (ingest, clean,
 * metadata, analysis with models loaded, entities, quotes, time, timeline, copies, stories,
 * summaries), on a folder of articles: articles/s, seconds per part and peak heap. Rendering and
 * writing the files are left out: they are not what grows with the input.
 */
@Command(name = "brief", mixinStandardHelpOptions = true, description = "Articles/s and peak heap of the whole pipeline on a folder of articles.")
public final class BenchBriefCommand implements Callable<Integer> {

  /** The figures of one run. */
  public record Result(String data, int articles, int threads, double seconds, double articlesPerSecond, BriefRun.Timings parts, long peakHeapMiB, int stories, int quotes, int entities) {}

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "A folder of articles, e.g. ../shared/data/rpm2_fr_mds (its Corpus_RPM2_documents folder is used when there is one).")
  Path data;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
  Path json;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws Exception {
    Path folder = Files.isDirectory(data.resolve("Corpus_RPM2_documents")) ? data.resolve("Corpus_RPM2_documents") : data;
    if (!Files.isDirectory(folder)) {
      System.err.println("No folder of articles at " + data);
      return 1;
    }
    Settings settings = Settings.defaults();
    long maxBytes = settings.longValue("ingest.max-bytes");
    Inputs.Expanded inputs = Inputs.expand(List.of(folder.toString()), System.in, maxBytes);
    HeapPeak.reset();
    long t0 = System.nanoTime();
    BriefRun.Result run = new BriefRun(settings, maxBytes, threads, true).run(inputs, name -> {});
    double seconds = (System.nanoTime() - t0) / 1e9;
    int articles = run.brief().articles().size();
    Result r = new Result(folder.toString(), articles, threads, seconds, articles / seconds, run.timings(), HeapPeak.peakMiB(), run.brief().stories().size(), run.brief().quotes().size(), run.brief().entities().size());
    System.out.printf("%d articles, %d threads: %.1f s, %.2f articles/s, peak heap %d MiB%n", articles, threads, seconds, r.articlesPerSecond(), r.peakHeapMiB());
    System.out.printf("  read (ingest, clean, metadata) %.1f s; analysis (models loaded, entities, quotes, time, timeline) %.1f s; stories (copies, clusters, summaries) %.1f s%n", run.timings().read(), run.timings().analyse(), run.timings().stories());
    System.out.printf("  %d stories, %d quotes, %d entities%n", r.stories(), r.quotes(), r.entities());
    if (json != null) {
      JsonReport.write(json, r);
      System.out.println("Wrote " + json);
    }
    return 0;
  }
}
