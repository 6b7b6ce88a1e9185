package org.dossier.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dossier.brief.Article;
import org.dossier.brief.Brief;
import org.dossier.config.Settings;
import org.dossier.ingest.Inputs;
import org.dossier.ingest.Skip;
import org.dossier.ingest.SourceFile;
import org.dossier.pipeline.AnalysisStage;
import org.dossier.pipeline.StoryStage;
import java.util.HashMap;
import java.util.Map;
import org.dossier.pipeline.Pipeline;
import org.dossier.resolve.ArticleMentions;
import org.dossier.resolve.Entity;
import org.dossier.render.HtmlRenderer;
import org.dossier.render.JsonRenderer;
import org.dossier.render.MarkdownRenderer;
import org.dossier.render.Summary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier brief PATH... [--out DIR]}: reads articles and writes the brief. */
@Command(
    name = "brief",
    mixinStandardHelpOptions = true,
    description = {
      "Reads articles (text, HTML, RSS/Atom, JSON Lines, PDF; folders recursively; - for stdin)",
      "and writes DIR/brief.json, DIR/brief.md and DIR/brief.html.",
      "Exit code 0 when at least one article was read, 1 when none could be, 2 on a usage error."
    })
final class BriefCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders (read recursively) or - for standard input.")
  List<String> paths;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "dossier-out", description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--max-bytes", paramLabel = "N", description = "Skip files larger than N bytes (default: ingest.max-bytes, 20 MB).")
  Long maxBytes;

  @Option(names = "--settings", paramLabel = "FILE", description = "A properties file overriding keys of the defaults.")
  Path settingsFile;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--no-entities", description = "Skip the French NLP analysis (faster; no entities[] or quotes[]).")
  boolean noEntities;

  @Override
  public Integer call() throws IOException, InterruptedException {
    Settings settings = settingsFile == null ? Settings.defaults() : Settings.withOverlay(settingsFile);
    long limit = maxBytes != null ? maxBytes : settings.longValue("ingest.max-bytes");
    Inputs.Expanded inputs = Inputs.expand(paths, System.in, limit);
    Pipeline pipeline = new Pipeline(settings, limit);
    Progress progress = new Progress(System.err, inputs.files().size(), settings.integer("cli.progress.min-files"));

    List<Article> articles = new ArrayList<>();
    List<Skip> skipped = new ArrayList<>(inputs.missing());
    ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<Pipeline.Result>> results = new ArrayList<>();
      for (SourceFile file : inputs.files()) {
        results.add(workers.submit(() -> {
          try {
            return pipeline.process(file);
          } catch (RuntimeException e) {
            // A bug on one document must not lose the batch: report it like bad input.
            return new Pipeline.Result(List.of(), List.of(new Skip(file.name(), "internal error: " + e)));
          } finally {
            progress.step(file.name());
          }
        }));
      }
      for (Future<Pipeline.Result> r : results) {
        articles.addAll(r.get().articles());
        skipped.addAll(r.get().skipped());
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      workers.shutdownNow();
    }
    articles.sort(Comparator.comparing(Article::file));
    Map<String, ArticleMentions> byArticle = new HashMap<>();
    AnalysisStage.Result analysed = noEntities ? AnalysisStage.Result.empty() : analyse(articles, settings, byArticle);
    List<Entity> entities = analysed.entities();
    StoryStage.Result stories = new StoryStage(settings, AnalysisStage.LANGUAGE).run(articles, byArticle, entities, analysed.quotes());
    Brief brief = Brief.of(stories.stories(), stories.conflicts(), stories.copies(), articles, skipped, entities, analysed.quotes(), analysed.timeline());

    Files.createDirectories(out);
    Path json = out.resolve("brief.json");
    Path md = out.resolve("brief.md");
    Path html = out.resolve("brief.html");
    Files.writeString(json, JsonRenderer.render(brief), StandardCharsets.UTF_8);
    Files.writeString(md, MarkdownRenderer.render(brief), StandardCharsets.UTF_8);
    Files.writeString(html, HtmlRenderer.render(brief), StandardCharsets.UTF_8);

    PrintStream stdout = System.out;
    if (!noEntities) {
      stdout.println(entities.size() + " entities, " + analysed.quotes().size() + " quotes and " + analysed.timeline().size() + " timeline entries across the run");
    }
    stdout.println(Summary.line(brief));
    for (Skip s : skipped) {
      stdout.println("  skipped " + s.file() + ": " + s.reason());
    }
    stdout.println("Wrote " + json + ", " + md + ", " + html);
    return articles.isEmpty() ? 1 : 0;
  }

  /** Analyses the French articles in parallel, then resolves entities and speakers across the run. */
  private AnalysisStage.Result analyse(List<Article> articles, Settings settings, Map<String, ArticleMentions> byArticle) throws InterruptedException {
    List<Article> french = articles.stream().filter(a -> AnalysisStage.LANGUAGE.equals(a.language())).toList();
    if (french.isEmpty()) {
      return AnalysisStage.Result.empty();
    }
    AnalysisStage stage = new AnalysisStage(settings);
    ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<ArticleMentions>> futures = new ArrayList<>();
      for (Article a : french) {
        futures.add(workers.submit(() -> stage.mentions(a)));
      }
      List<ArticleMentions> all = new ArrayList<>();
      for (Future<ArticleMentions> f : futures) {
        all.add(f.get());
      }
      all.forEach(a -> byArticle.put(a.article(), a));
      return stage.run(all);
    } catch (ExecutionException e) {
      throw new IllegalStateException("entity analysis failed", e.getCause());
    } finally {
      workers.shutdownNow();
    }
  }
}
