package org.dossier.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.eval.JsonReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dossier.analyse.Analysis;
import org.dossier.analyse.FrenchCoreNlp;
import org.dossier.brief.Article;
import org.dossier.config.Settings;
import org.dossier.ingest.SourceFile;
import org.dossier.pipeline.AnalysisStage;
import org.dossier.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dossier bench analyse}: throughput of Dossier's analysis stage (tokenize, ssplit, mwt,
 * pos, ner, plus mention extraction) against CoreNLP's full French pipeline (the same annotators
 * and the dependency parser, through StanfordCoreNLP) on the same cleaned articles, one thread
 * each, one document at a time, each after the same warm-up documents.
 */
@Command(name = "analyse", mixinStandardHelpOptions = true, description = "Articles/s, tokens/s and peak heap of Dossier's analysis against CoreNLP's full French pipeline.")
public final class BenchAnalyseCommand implements Callable<Integer> {

  /** One system's figures. */
  public record Run(String system, int articles, long tokens, double seconds, double articlesPerSecond, double tokensPerSecond, long peakHeapMiB) {}

  /** The benchmark's result. */
  public record Result(String data, List<Run> runs, double speedup) {}

  private static final int WARM_UP = 100;

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "A folder of articles, e.g. ../shared/data/rpm2_fr_mds.")
  Path data;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
  Path json;

  @Option(names = "--limit", defaultValue = "0", paramLabel = "N", description = "Only the first N articles (0: all).")
  int limit;

  @Override
  public Integer call() throws Exception {
    List<String> texts = articles();
    if (texts.isEmpty()) {
      System.err.println("No French article found under " + data);
      return 1;
    }
    System.out.println("Articles: " + texts.size() + " cleaned French texts from " + data);

    FrenchCoreNlp analyzer = new FrenchCoreNlp();
    AnalysisStage stage = new AnalysisStage(analyzer, Settings.defaults());
    List<String> warmUp = texts.subList(0, Math.min(WARM_UP, texts.size()));
    warmUp.forEach(analyzer::analyse); // the JIT compiles the hot loops before either system is timed
    HeapPeak.reset();
    long tokens = 0;
    long t0 = System.nanoTime();
    for (String t : texts) {
      Analysis a = analyzer.analyse(t);
      tokens += a.tokenCount();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    Run dossier = new Run("dossier analyse (tokenize, ssplit, mwt, pos, ner)", texts.size(), tokens, seconds, texts.size() / seconds, tokens / seconds, HeapPeak.peakMiB());
    print(dossier);
    // Mentions are part of the stage users run; report them apart so the peer comparison stays like for like.
    long m0 = System.nanoTime();
    for (String t : texts) stage.mentions(article(t));
    System.out.printf("  with mention extraction: %.1f articles/s%n", texts.size() / ((System.nanoTime() - m0) / 1e9));

    Properties props = new Properties();
    props.load(FrenchCoreNlp.class.getResourceAsStream("/StanfordCoreNLP-french.properties"));
    String annotators = props.getProperty("annotators");
    StanfordCoreNLP full = new StanfordCoreNLP(props);
    warmUp.forEach(t -> full.annotate(new Annotation(t)));
    HeapPeak.reset();
    long fullTokens = 0;
    t0 = System.nanoTime();
    for (String t : texts) {
      Annotation doc = new Annotation(t);
      full.annotate(doc); // one by one: annotate(Iterable, 1, …) annotates every document twice in 4.5.10
      fullTokens += doc.get(CoreAnnotations.TokensAnnotation.class).size();
    }
    seconds = (System.nanoTime() - t0) / 1e9;
    Run corenlp = new Run("corenlp full (" + annotators + ")", texts.size(), fullTokens, seconds, texts.size() / seconds, fullTokens / seconds, HeapPeak.peakMiB());
    print(corenlp);
    double speedup = dossier.articlesPerSecond() / corenlp.articlesPerSecond();
    System.out.printf("Speed-up (articles/s, Dossier / CoreNLP full): %.2fx%n", speedup);
    if (json != null) {
      JsonReport.write(json, new Result(data.toString(), List.of(dossier, corenlp), speedup));
      System.out.println("Wrote " + json);
    }
    return 0;
  }

  private static void print(Run r) {
    System.out.printf("%-55s %4d articles %7d tokens %7.1f s %7.2f articles/s %7.0f tokens/s  peak heap %d MiB%n", r.system(), r.articles(), r.tokens(), r.seconds(), r.articlesPerSecond(), r.tokensPerSecond(), r.peakHeapMiB());
  }

  private static Article article(String text) {
    return new Article("0000000000000000", "bench", "text", null, "fr", null, null, List.of(), List.of(), null, null, text, List.of());
  }

  /** The folder's files through ingest and clean, so both systems see what `dossier brief` analyses. */
  private List<String> articles() throws Exception {
    Pipeline pipeline = new Pipeline(Settings.defaults());
    List<Path> files;
    try (Stream<Path> walk = Files.walk(data)) {
      files = walk.filter(Files::isRegularFile).filter(p -> !p.toString().contains("reference")).sorted().toList();
    }
    List<String> texts = new ArrayList<>();
    for (Path f : files) {
      for (Article a : pipeline.process(SourceFile.of(f)).articles()) {
        if (a.language().equals("fr")) texts.add(a.text());
      }
      if (limit > 0 && texts.size() >= limit) break;
    }
    return limit > 0 && texts.size() > limit ? texts.subList(0, limit) : texts;
  }
}
