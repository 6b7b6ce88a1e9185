package org.dossier.eval.summary;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.dossier.analyse.Analyzer;
import org.dossier.analyse.FrenchCoreNlp;
import org.dossier.config.Settings;
import picocli.CommandLine.Option;

/** The options {@code eval summary} and {@code eval update} share, and the corpus they read. */
final class CorpusOptions {

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "The RPM2 folder (Corpus_RPM2_documents, Corpus_RPM2_references).")
  Path data;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures, and every summary, as JSON.")
  Path json;

  @Option(names = "--settings", paramLabel = "FILE", description = "A properties file laid over the defaults (summary.* and peers.* keys).")
  Path settingsFile;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads for the analysis (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  /** Analyses the articles; the tests hand in the analyser they share. */
  Supplier<Analyzer> analyzer = FrenchCoreNlp::new;

  Settings settings() {
    return settingsFile == null ? Settings.defaults() : Settings.withOverlay(settingsFile);
  }

  /** The corpus, or null (having said why on {@code err}) when {@code --data} holds none. */
  SummaryCorpus load(Settings settings, PrintWriter err) throws IOException, InterruptedException {
    return SummaryCorpus.load(data, settings, analyzer, threads, err);
  }
}
