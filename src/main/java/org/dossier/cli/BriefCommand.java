package org.dossier.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.brief.Brief;
import org.dossier.config.Settings;
import org.dossier.ingest.Inputs;
import org.dossier.ingest.Skip;
import org.dossier.pipeline.AnalysisStage;
import org.dossier.pipeline.BriefRun;
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

  @Option(names = "--baseline", arity = "1..*", paramLabel = "OLD", description = "Articles already read: the brief tells what the PATH articles add to them (an update brief).")
  List<String> baseline = List.of();

  @Option(names = "--no-entities", description = "Skip the French NLP analysis (faster; no entities[] or quotes[]).")
  boolean noEntities;

  @Override
  public Integer call() throws IOException, InterruptedException {
    Settings settings = settingsFile == null ? Settings.defaults() : Settings.withOverlay(settingsFile);
    long limit = maxBytes != null ? maxBytes : settings.longValue("ingest.max-bytes");
    Inputs.Expanded inputs = Inputs.expand(paths, System.in, limit);
    Progress progress = new Progress(System.err, inputs.files().size(), settings.integer("cli.progress.min-files"));
    Inputs.Expanded old = baseline.isEmpty() ? Inputs.Expanded.EMPTY : Inputs.expand(baseline, System.in, limit);
    BriefRun.Result run = new BriefRun(settings, limit, threads, !noEntities).run(inputs, old, progress::step);
    Brief brief = run.brief();
    AnalysisStage.Result analysed = run.analysed();
    List<Entity> entities = analysed.entities();
    List<Skip> skipped = brief.skipped();

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
    return brief.articles().isEmpty() ? 1 : 0;
  }
}
