package org.dossier.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.dossier.brief.Article;
import org.dossier.brief.Brief;
import org.dossier.config.Settings;
import org.dossier.ingest.Inputs;
import org.dossier.ingest.Skip;
import org.dossier.ingest.SourceFile;
import org.dossier.resolve.ArticleMentions;

/**
 * One whole run, from the input files to the brief: ingest → metadata per file and analyse →
 * extract per article on a pool of workers, then resolve, timeline and stories once. What
 * {@code dossier brief} writes and {@code dossier bench brief} times.
 */
public final class BriefRun {

  /** Seconds spent in each part: reading (ingest, clean, metadata), analysis (models loaded included), stories. */
  public record Timings(double read, double analyse, double stories) {}

  public record Result(Brief brief, AnalysisStage.Result analysed, Timings timings) {}

  private final Settings settings;
  private final long maxBytes;
  private final int threads;
  private final boolean analyse;

  /** @param analyse false for the French NLP analysis left out (no entities, quotes or timeline) */
  public BriefRun(Settings settings, long maxBytes, int threads, boolean analyse) {
    this.settings = settings;
    this.maxBytes = maxBytes;
    this.threads = Math.max(1, threads);
    this.analyse = analyse;
  }

  /** @param onFile told the name of each file once it is read (a progress bar) */
  public Result run(Inputs.Expanded inputs, Consumer<String> onFile) throws InterruptedException {
    return run(inputs, Inputs.Expanded.EMPTY, onFile);
  }

  /**
   * The update brief: {@code baseline} are articles already read; they are ingested, not analysed,
   * and the stories tell what the new articles add to them.
   */
  public Result run(Inputs.Expanded inputs, Inputs.Expanded baseline, Consumer<String> onFile) throws InterruptedException {
    long t0 = System.nanoTime();
    Pipeline pipeline = new Pipeline(settings, maxBytes);
    List<Article> articles = new ArrayList<>();
    List<Skip> skipped = new ArrayList<>(inputs.missing());
    read(pipeline, inputs, onFile, articles, skipped);
    List<Article> old = new ArrayList<>();
    read(pipeline, baseline, onFile, old, new ArrayList<>(baseline.missing()));
    long t1 = System.nanoTime();
    Map<String, ArticleMentions> byArticle = new HashMap<>();
    AnalysisStage.Result analysed = analyse ? analyse(articles, byArticle, skipped) : AnalysisStage.Result.empty();
    long t2 = System.nanoTime();
    StoryStage.Result stories = new StoryStage(settings, AnalysisStage.LANGUAGE).run(articles, old, byArticle, analysed.entities(), analysed.quotes());
    Brief brief = Brief.of(stories.stories(), stories.conflicts(), stories.copies(), articles, skipped, analysed.entities(), analysed.quotes(), analysed.timeline());
    long t3 = System.nanoTime();
    return new Result(brief, analysed, new Timings((t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9));
  }

  private void read(Pipeline pipeline, Inputs.Expanded inputs, Consumer<String> onFile, List<Article> articles, List<Skip> skipped) throws InterruptedException {
    List<Callable<Pipeline.Result>> reads = new ArrayList<>();
    for (SourceFile file : inputs.files()) {
      reads.add(() -> {
        try {
          return pipeline.process(file);
        } catch (RuntimeException e) {
          return new Pipeline.Result(List.of(), List.of(Skip.ofBug(file.name(), "reading", e)));
        } finally {
          onFile.accept(file.name());
        }
      });
    }
    for (Pipeline.Result r : Workers.all(reads, threads)) {
      articles.addAll(r.articles());
      skipped.addAll(r.skipped());
    }
    articles.sort(Comparator.comparing(Article::file));
  }

  /**
   * Analyses the French articles in parallel, then resolves entities and speakers across the run.
   * An article whose analysis failed leaves {@code articles} for {@code skipped}, with the reason.
   */
  private AnalysisStage.Result analyse(List<Article> articles, Map<String, ArticleMentions> byArticle, List<Skip> skipped) throws InterruptedException {
    List<Article> french = articles.stream().filter(a -> AnalysisStage.LANGUAGE.equals(a.language())).toList();
    if (french.isEmpty()) {
      return AnalysisStage.Result.empty();
    }
    AnalysisStage.Analysed analysed = new AnalysisStage(settings).analyse(french, threads);
    byArticle.putAll(analysed.articles());
    skipped.addAll(analysed.failed());
    java.util.Set<String> failed = analysed.failed().stream().map(Skip::file).collect(java.util.stream.Collectors.toSet());
    articles.removeIf(a -> failed.contains(a.file()));
    return analysed.result();
  }
}
