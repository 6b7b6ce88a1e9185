package org.dossier.eval.clustering;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dossier.brief.Article;
import org.dossier.cluster.ClusterSettings;
import org.dossier.cluster.StoryArticle;
import org.dossier.cluster.StoryClusterer;
import org.dossier.cluster.Terms;
import org.dossier.copies.CopyDetector;
import org.dossier.config.Settings;
import org.dossier.ingest.SourceFile;
import org.dossier.pipeline.Pipeline;

/**
 * Story clustering on RPM2: 400 French articles, 20 topics, each in two clusters of 10 a month
 * apart (T01_C1_01.txt … T20_C2_10.txt). The single-pass clusterer depends on arrival order and
 * RPM2 gives none (its texts carry no dates), so each system runs over the same seeded shuffles and
 * the figures are their mean, with the range.
 */
public final class ClusteringEvaluation {

  private static final Pattern NAME = Pattern.compile("(T\\d+)_(C\\d)_\\d+\\.txt");

  /** A data set's articles, as the pipeline reads them, with their gold cluster and topic. */
  public record Corpus(List<Article> articles, Map<String, String> cluster, Map<String, String> topic) {}

  /** Mean and range over the orders of one figure. */
  public record Spread(double mean, double min, double max) {
    static Spread of(List<Double> values) {
      return new Spread(values.stream().mapToDouble(d -> d).average().orElse(0), values.stream().mapToDouble(d -> d).min().orElse(0), values.stream().mapToDouble(d -> d).max().orElse(0));
    }
  }

  /** One system against both gold partitions. */
  public record Score(String system, Spread precision, Spread recall, Spread f1, Spread topicPrecision, Spread topicRecall, Spread topicF1, Spread stories, double secondsPerRun) {}

  /** The all-pairs reference at the threshold that suits each gold partition best. */
  public record Reference(String system, double clusterThreshold, BCubed clusters, int clusterCount, double topicThreshold, BCubed topics, int topicCount) {}

  /** Dossier's F1 against the 40 clusters and the 20 topics at other thresholds than the default. */
  public record SweepPoint(double minSimilarity, double f1, double topicF1, double stories) {}

  public record Result(String data, int articles, int dated, int withEntities, int orders, List<Score> systems, Reference reference, List<SweepPoint> sweep, int copyGroups, int sharedParagraphs) {}

  private final Settings settings;

  public ClusteringEvaluation(Settings settings) {
    this.settings = settings;
  }

  /** The RPM2 documents under {@code data} (the folder, its Corpus_RPM2_documents, or shared/data), through ingest, clean and metadata. */
  public Corpus read(Path data) throws Exception {
    Pipeline pipeline = new Pipeline(settings);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(data)) {
      files = walk.filter(Files::isRegularFile).filter(p -> NAME.matcher(p.getFileName().toString()).matches()).filter(p -> !p.toString().contains("reference")).sorted().toList();
    }
    List<Article> articles = new ArrayList<>();
    Map<String, String> cluster = new LinkedHashMap<>();
    Map<String, String> topic = new LinkedHashMap<>();
    for (Path f : files) {
      Matcher m = NAME.matcher(f.getFileName().toString());
      m.matches();
      for (Article a : pipeline.process(SourceFile.of(f)).articles()) {
        articles.add(a);
        cluster.put(a.id(), m.group(1) + "_" + m.group(2));
        topic.put(a.id(), m.group(1));
      }
    }
    return new Corpus(articles, cluster, topic);
  }

  /** Runs every system on {@code inputs} (the corpus's articles, with entity ids where extracted). */
  public Result run(Path data, Corpus corpus, List<StoryArticle> inputs, int orders) {
    ClusterSettings defaults = ClusterSettings.from(settings);
    List<List<StoryArticle>> shuffles = new ArrayList<>();
    for (int seed = 1; seed <= orders; seed++) {
      List<StoryArticle> order = new ArrayList<>(inputs);
      Collections.shuffle(order, new Random(seed));
      shuffles.add(order);
    }
    int withEntities = (int) inputs.stream().filter(a -> !a.entities().isEmpty()).count();
    List<Score> systems = new ArrayList<>();
    String name = withEntities > 0 ? "Dossier (words, entities, time)" : "Dossier (words, time)";
    systems.add(score(name + ", one batch", shuffles, order -> batch(defaults, order), corpus));
    systems.add(score(name + ", one at a time", shuffles, order -> oneByOne(defaults, order), corpus));
    systems.add(score("single-pass TF-IDF cosine (words only), one batch", shuffles, order -> batch(defaults.textOnly(), order), corpus));

    List<SweepPoint> sweep = new ArrayList<>();
    for (double t = 0.10; t <= 0.401; t += 0.05) {
      ClusterSettings variant = defaults.withMinSimilarity(t);
      Score s = score("", shuffles, order -> batch(variant, order), corpus);
      sweep.add(new SweepPoint(Math.round(t * 100) / 100.0, s.f1().mean(), s.topicF1().mean(), s.stories().mean()));
    }

    CopyDetector copies = new CopyDetector(settings);
    inputs.forEach(a -> copies.add(a.id(), a.paragraphs()));
    int dated = (int) inputs.stream().filter(a -> a.published() != null).count();
    return new Result(data.toString(), inputs.size(), dated, withEntities, orders, systems, reference(inputs, corpus), sweep, copies.groups().size(), copies.sharedParagraphs().size());
  }

  private static Map<String, String> batch(ClusterSettings s, List<StoryArticle> order) {
    try (StoryClusterer clusterer = new StoryClusterer(s)) {
      List<String> stories = clusterer.add(order);
      Map<String, String> assignment = new HashMap<>();
      for (int i = 0; i < order.size(); i++) assignment.put(order.get(i).id(), stories.get(i));
      return assignment;
    }
  }

  private static Map<String, String> oneByOne(ClusterSettings s, List<StoryArticle> order) {
    try (StoryClusterer clusterer = new StoryClusterer(s)) {
      Map<String, String> assignment = new HashMap<>();
      for (StoryArticle a : order) assignment.put(a.id(), clusterer.add(a));
      return assignment;
    }
  }

  private static Score score(String system, List<List<StoryArticle>> shuffles, Function<List<StoryArticle>, Map<String, String>> clustering, Corpus corpus) {
    List<Double> p = new ArrayList<>(), r = new ArrayList<>(), f = new ArrayList<>(), tp = new ArrayList<>(), tr = new ArrayList<>(), tf = new ArrayList<>(), n = new ArrayList<>();
    long t0 = System.nanoTime();
    for (List<StoryArticle> order : shuffles) {
      Map<String, String> assignment = clustering.apply(order);
      BCubed c = BCubed.score(assignment, corpus.cluster());
      BCubed t = BCubed.score(assignment, corpus.topic());
      p.add(c.precision());
      r.add(c.recall());
      f.add(c.f1());
      tp.add(t.precision());
      tr.add(t.recall());
      tf.add(t.f1());
      n.add((double) assignment.values().stream().distinct().count());
    }
    double seconds = (System.nanoTime() - t0) / 1e9 / shuffles.size();
    return new Score(system, Spread.of(p), Spread.of(r), Spread.of(f), Spread.of(tp), Spread.of(tr), Spread.of(tf), Spread.of(n), seconds);
  }

  /** Group-average clustering of all pairs, cut at the best threshold for each partition: an upper reference, not a fair peer. */
  private static Reference reference(List<StoryArticle> inputs, Corpus corpus) {
    Terms terms = new Terms();
    List<Map<String, Integer>> counts = inputs.stream().map(a -> terms.counts(a.title() == null ? a.text() : a.title() + "\n\n" + a.text())).toList();
    Map<String, Integer> df = new HashMap<>();
    counts.forEach(c -> c.keySet().forEach(t -> df.merge(t, 1, Integer::sum)));
    List<Map<String, Double>> vectors = new ArrayList<>();
    for (Map<String, Integer> c : counts) {
      Map<String, Double> v = new HashMap<>();
      c.forEach((t, n) -> v.put(t, (1 + Math.log(n)) * (Math.log((inputs.size() + 1.0) / (df.get(t) + 1.0)) + 1)));
      vectors.add(v);
    }
    AverageLink tree = new AverageLink(inputs.stream().map(StoryArticle::id).toList(), vectors);
    double bestC = 0, bestT = 0;
    BCubed atC = null, atT = null;
    int countC = 0, countT = 0;
    for (int i = 1; i <= 60; i++) {
      double threshold = i / 100.0;
      Map<String, String> cut = tree.cut(threshold);
      BCubed c = BCubed.score(cut, corpus.cluster());
      BCubed t = BCubed.score(cut, corpus.topic());
      if (atC == null || c.f1() > atC.f1()) {
        atC = c;
        bestC = threshold;
        countC = (int) cut.values().stream().distinct().count();
      }
      if (atT == null || t.f1() > atT.f1()) {
        atT = t;
        bestT = threshold;
        countT = (int) cut.values().stream().distinct().count();
      }
    }
    return new Reference("all-pairs group-average TF-IDF, best threshold per partition (oracle)", bestC, atC, countC, bestT, atT, countT);
  }
}
