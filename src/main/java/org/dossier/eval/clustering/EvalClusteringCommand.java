package org.dossier.eval.clustering;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.brief.Article;
import org.dossier.cluster.StoryArticle;
import org.dossier.config.Settings;
import org.dossier.eval.JsonReport;
import org.dossier.pipeline.AnalysisStage;
import org.dossier.resolve.Entity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dossier eval clustering --data DIR}: story clustering against RPM2's clusters and topics. */
@Command(
    name = "clustering",
    mixinStandardHelpOptions = true,
    description = {
      "BCubed precision, recall and F1 of story clustering against RPM2's 40 gold clusters and its",
      "20 topics, beside a words-only single-pass peer and an all-pairs average-link reference.",
      "DIR is ../shared/data/rpm2_fr_mds (T01_C1_01.txt … T20_C2_10.txt anywhere below it)."
    })
public final class EvalClusteringCommand implements Callable<Integer> {

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "The RPM2 folder.")
  Path data;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
  Path json;

  @Option(names = "--orders", defaultValue = "10", paramLabel = "N", description = "Arrival orders (seeded shuffles) to average over (default: ${DEFAULT-VALUE}).")
  int orders;

  @Option(names = "--entities", description = "Extract and resolve entities first (CoreNLP, about a minute) and give their ids to the clusterer.")
  boolean entities;

  @Override
  public Integer call() throws Exception {
    Settings settings = Settings.defaults();
    ClusteringEvaluation eval = new ClusteringEvaluation(settings);
    ClusteringEvaluation.Corpus corpus = eval.read(data);
    if (corpus.articles().isEmpty()) {
      System.err.println("No RPM2 document (T01_C1_01.txt …) under " + data);
      return 1;
    }
    List<Entity> found = List.of();
    if (entities) {
      AnalysisStage stage = new AnalysisStage(settings);
      found = stage.resolve(corpus.articles().stream().map(stage::mentions).toList());
    }
    List<Entity> resolved = found;
    List<StoryArticle> inputs = corpus.articles().stream().map((Article a) -> StoryArticle.of(a, resolved)).toList();
    ClusteringEvaluation.Result r = eval.run(data, corpus, inputs, orders);

    System.out.printf(
        "RPM2: %d articles, %d gold clusters in %d topics; %d dated, %d with entities; mean [min-max] over %d arrival orders%n",
        r.articles(), corpus.cluster().values().stream().distinct().count(), corpus.topic().values().stream().distinct().count(), r.dated(), r.withEntities(), r.orders());
    System.out.printf("%-58s %-28s %-28s %s%n", "system", "40 clusters P / R / F1", "20 topics P / R / F1", "stories");
    for (ClusteringEvaluation.Score s : r.systems()) {
      System.out.printf(
          "%-58s %.3f / %.3f / %.3f [%.3f-%.3f]  %.3f / %.3f / %.3f  %.1f (%.2f s a run)%n",
          s.system(), s.precision().mean(), s.recall().mean(), s.f1().mean(), s.f1().min(), s.f1().max(), s.topicPrecision().mean(), s.topicRecall().mean(), s.topicF1().mean(), s.stories().mean(), s.secondsPerRun());
    }
    ClusteringEvaluation.Reference ref = r.reference();
    System.out.printf(
        "%-58s %.3f / %.3f / %.3f at %.2f (%d)  %.3f / %.3f / %.3f at %.2f (%d)%n",
        ref.system(), ref.clusters().precision(), ref.clusters().recall(), ref.clusters().f1(), ref.clusterThreshold(), ref.clusterCount(), ref.topics().precision(), ref.topics().recall(), ref.topics().f1(), ref.topicThreshold(), ref.topicCount());
    System.out.print("Dossier one batch, other thresholds (cluster.min-similarity: F1 40 clusters / 20 topics, stories):");
    r.sweep().forEach(p -> System.out.printf(" %.2f: %.3f/%.3f %.0f;", p.minSimilarity(), p.f1(), p.topicF1(), p.stories()));
    System.out.println();
    System.out.printf("Copies: %d copy groups, %d paragraphs shared by several articles%n", r.copyGroups(), r.sharedParagraphs());
    if (json != null) {
      JsonReport.write(json, r);
      System.out.println("Wrote " + json);
    }
    return 0;
  }
}
