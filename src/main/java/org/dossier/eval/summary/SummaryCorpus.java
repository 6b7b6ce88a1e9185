package org.dossier.eval.summary;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.dossier.analyse.Analyzer;
import org.dossier.config.Settings;
import org.dossier.pipeline.AnalysisStage;
import org.dossier.pipeline.Pipeline;
import org.dossier.pipeline.StoryStage;
import org.dossier.synthesise.ContentWords;
import org.dossier.synthesise.SourceArticle;
import org.dossier.synthesise.SourceSentence;

/** RPM2 read for a summary evaluation: its clusters and the peers' IDF over all its articles. */
record SummaryCorpus(List<Rpm2.Cluster> clusters, TfIdf tfIdf) {

  /** Reads the corpus under {@code data}, or returns null (having said why) when it is not there. */
  static SummaryCorpus load(Path data, Settings settings, Supplier<Analyzer> analyzer, int threads, PrintWriter err) throws java.io.IOException, InterruptedException {
    Path root = Rpm2.locate(data);
    if (root == null) {
      err.println("No RPM2 corpus under " + data + ": expected Corpus_RPM2_documents/ and Corpus_RPM2_references/");
      return null;
    }
    err.println("Analysing the articles as dossier brief does (CoreNLP: sentences, quotes and speakers, dated events)...");
    err.flush();
    List<Rpm2.Cluster> clusters = Rpm2.read(root, new Pipeline(settings), new AnalysisStage(analyzer.get(), settings), new StoryStage(settings, AnalysisStage.LANGUAGE), threads);
    List<String> texts = new ArrayList<>();
    for (Rpm2.Cluster c : clusters) {
      for (SourceArticle a : c.articles()) texts.add(String.join(" ", a.sentences().stream().map(SourceSentence::text).toList()));
    }
    return new SummaryCorpus(clusters, new TfIdf(new ContentWords(), texts));
  }

  int articles() {
    return clusters.stream().mapToInt(c -> c.articles().size()).sum();
  }
}
