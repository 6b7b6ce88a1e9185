package org.dossier.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dossier.brief.Article;
import org.dossier.cluster.StoryArticle;
import org.dossier.cluster.StoryClusterer;
import org.dossier.config.Settings;
import org.dossier.copies.CopyDetector;
import org.dossier.copies.CopyGroup;
import org.dossier.eval.JsonReport;
import org.dossier.ingest.SourceFile;
import org.dossier.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dossier bench cluster}: how the cost of placing one article changes as the collection
 * grows. The items (the 5,064 headlines of one day, or a folder of articles) are replayed in a loop
 * under new ids until the largest size is reached. By default every replay repeats the same news on
 * the same day, the worst case for an index: postings and stories only grow, and the time window
 * filters nothing. With {@code --days-per-replay} each replay is dated that many days after the one
 * before, as a stream whose old news leaves the window. The cost at size N is the mean over the
 * last articles before N: the window, or the second half when N is less than twice the window (the
 * first articles of a run, placed into an almost empty index, would flatter the smallest size).
 *
 * <p>The cost is the thread's CPU time, which leaves out what other threads do for it: the garbage
 * collector's time is reported beside it (pauses, for clustering and copy detection together),
 * and the index merges on the placing thread, so its merges are in the cost. A separate clusterer
 * first runs {@value #WARM_UP} articles, enough for the JIT to compile the paths that appear only
 * once the index is large (merges of big segments, stories leaving the index).
 */
@Command(name = "cluster", mixinStandardHelpOptions = true, description = "Per-article cost of story clustering and copy detection at growing collection sizes, and the near-duplicates among the items.")
public final class BenchClusterCommand implements Callable<Integer> {

  /** The cost at one size: CPU and wall time per article over the window before it. */
  public record Point(int articles, int window, double clusterMicrosCpu, double clusterMicrosWall, double copiesMicrosCpu, double gcMicros, int stories, long heapMiB) {}

  /** Near-duplicates among the distinct items (one pass, no replay). */
  public record Copies(int items, int distinctTexts, int copyGroups, int articlesInGroups, int largestGroup, List<List<String>> examples) {}

  public record Result(String data, int items, int daysPerReplay, List<Point> points, Copies copies) {}

  private static final int WARM_UP = 20_000;
  private static final LocalDate HEADLINES_DAY = LocalDate.of(2020, 1, 10);

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "fr_headlines_oneday (its CSV is found below it) or a folder of articles.")
  Path data;

  @Option(names = "--sizes", defaultValue = "1000,10000,100000", split = ",", paramLabel = "N,N…", description = "Collection sizes to measure at (default: ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(names = "--window", defaultValue = "1000", paramLabel = "N", description = "Articles averaged before each size (default: ${DEFAULT-VALUE}).")
  int window;

  @Option(names = "--days-per-replay", defaultValue = "0", paramLabel = "N", description = "Date each replay N days after the previous one (default: ${DEFAULT-VALUE}, all on the items' own days).")
  int daysPerReplay;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
  Path json;

  @Override
  public Integer call() throws Exception {
    Settings settings = Settings.defaults();
    List<StoryArticle> items = items(settings);
    if (items.isEmpty()) {
      System.err.println("Nothing to replay under " + data + " (expected a headlines .csv or article files)");
      return 1;
    }
    int largest = sizes.stream().max(Integer::compare).orElseThrow();
    System.out.printf("%d items from %s, replayed to %,d articles, %d days apart; cost per article averaged over the %,d before each size (the second half below %,d), one thread, after %,d articles of warm-up%n", items.size(), data, largest, daysPerReplay, window, 2 * window, WARM_UP);

    // The JIT compiles the hot loops before anything is timed.
    try (StoryClusterer warm = new StoryClusterer(settings)) {
      CopyDetector copies = new CopyDetector(settings);
      for (int i = 0; i < WARM_UP; i++) {
        StoryArticle a = replay(items, i, daysPerReplay);
        warm.add(a);
        copies.add(a.id(), a.paragraphs());
      }
    }

    // The warm-up's garbage is collected now, not during the first window.
    System.gc();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<Point> points = new ArrayList<>();
    HeapPeak.reset();
    try (StoryClusterer clusterer = new StoryClusterer(settings)) {
      CopyDetector copies = new CopyDetector(settings);
      long clusterCpu = 0, clusterWall = 0, copiesCpu = 0, gc = 0;
      for (int i = 0; i < largest; i++) {
        StoryArticle a = replay(items, i, daysPerReplay);
        long g0 = gcMillis();
        long c0 = threads.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        clusterer.add(a);
        long c1 = threads.getCurrentThreadCpuTime();
        long w1 = System.nanoTime();
        copies.add(a.id(), a.paragraphs());
        long c2 = threads.getCurrentThreadCpuTime();
        int n = i + 1;
        boolean inWindow = sizes.stream().anyMatch(s -> n > s - window(s) && n <= s);
        if (inWindow) {
          clusterCpu += c1 - c0;
          clusterWall += w1 - w0;
          copiesCpu += c2 - c1;
          gc += gcMillis() - g0;
        }
        if (sizes.contains(n)) {
          int w = window(n);
          Point p = new Point(n, w, clusterCpu / 1e3 / w, clusterWall / 1e3 / w, copiesCpu / 1e3 / w, gc * 1e3 / w, clusterer.stories().size(), HeapPeak.peakMiB());
          points.add(p);
          System.out.printf("%,9d articles: clustering %7.0f µs/article CPU (%7.0f wall), copy detection %5.0f µs/article CPU, GC pauses %5.0f µs/article; %,d stories; peak heap %,d MiB%n", n, p.clusterMicrosCpu(), p.clusterMicrosWall(), p.copiesMicrosCpu(), p.gcMicros(), p.stories(), p.heapMiB());
          clusterCpu = clusterWall = copiesCpu = gc = 0;
        }
      }
    }

    Copies found = copies(items, settings);
    System.out.printf(
        "Near-duplicates among the %,d items (one pass): %,d distinct texts; %,d copy groups holding %,d items (largest %d)%n",
        found.items(), found.distinctTexts(), found.copyGroups(), found.articlesInGroups(), found.largestGroup());
    found.examples().forEach(g -> System.out.println("  e.g. " + String.join(" | ", g.stream().map(t -> t.length() > 100 ? t.substring(0, 100) + "…" : t).toList())));
    if (json != null) {
      JsonReport.write(json, new Result(data.toString(), items.size(), daysPerReplay, points, found));
      System.out.println("Wrote " + json);
    }
    return 0;
  }

  /** The articles averaged before size n: the window, or the second half of n when n is less than twice the window. */
  private int window(int n) {
    return Math.min(window, n / 2);
  }

  /** Milliseconds all collectors have spent so far (pauses, and concurrent cycles where the JVM counts them). */
  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
  }

  /** The i-th article of the replayed stream: item i mod n under an id of its own, moved on in time by its replay. */
  private static StoryArticle replay(List<StoryArticle> items, int i, int daysPerReplay) {
    StoryArticle a = items.get(i % items.size());
    int round = i / items.size();
    if (round == 0) return a;
    LocalDate day = a.published() == null || daysPerReplay == 0 ? a.published() : a.published().plusDays((long) round * daysPerReplay);
    return new StoryArticle(a.id() + "#" + round, a.title(), a.text(), day, a.entities());
  }

  private static Copies copies(List<StoryArticle> items, Settings settings) {
    CopyDetector detector = new CopyDetector(settings);
    Set<String> texts = new HashSet<>();
    for (StoryArticle a : items) {
      detector.add(a.id(), a.paragraphs());
      texts.add(a.text());
    }
    List<CopyGroup> groups = detector.groups();
    int in = groups.stream().mapToInt(g -> g.articles().size()).sum();
    int largest = groups.stream().mapToInt(g -> g.articles().size()).max().orElse(0);
    List<List<String>> examples = new ArrayList<>();
    for (CopyGroup g : groups) {
      List<String> distinct = g.articles().stream().map(id -> text(items, id)).distinct().toList();
      if (distinct.size() > 1 && examples.size() < 3) examples.add(distinct.subList(0, Math.min(3, distinct.size())));
    }
    return new Copies(items.size(), texts.size(), groups.size(), in, largest, examples);
  }

  private static String text(List<StoryArticle> items, String id) {
    return items.stream().filter(a -> a.id().equals(id)).findFirst().map(StoryArticle::text).orElse(id);
  }

  private List<StoryArticle> items(Settings settings) throws Exception {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(data)) {
      files = walk.filter(Files::isRegularFile).filter(p -> !p.toString().contains("reference")).sorted().toList();
    }
    List<Path> csv = files.stream().filter(p -> p.toString().endsWith(".csv")).toList();
    if (!csv.isEmpty()) return headlines(csv.get(0));
    Pipeline pipeline = new Pipeline(settings);
    List<StoryArticle> items = new ArrayList<>();
    for (Path f : files) {
      for (Article a : pipeline.process(SourceFile.of(f)).articles()) items.add(StoryArticle.of(a, List.of()));
    }
    return items;
  }

  /** The headlines file: title, time, id, section, scores; one headline a line, the day they were collected. */
  private static List<StoryArticle> headlines(Path csv) throws Exception {
    List<StoryArticle> items = new ArrayList<>();
    int line = 0;
    for (String row : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
      List<String> fields = csvFields(row);
      if (fields.isEmpty() || fields.get(0).isBlank()) continue;
      items.add(new StoryArticle("h" + line++, null, fields.get(0), HEADLINES_DAY, Set.of()));
    }
    return items;
  }

  /** One CSV record on one line: fields in double quotes may hold commas and doubled quotes. */
  static List<String> csvFields(String row) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < row.length(); i++) {
      char c = row.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') quoted = false;
        else field.append(c);
      } else if (c == '"') quoted = true;
      else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else field.append(c);
    }
    fields.add(field.toString());
    return fields;
  }
}
