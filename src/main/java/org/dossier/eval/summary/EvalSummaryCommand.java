package org.dossier.eval.summary;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.config.Settings;
import org.dossier.eval.JsonReport;
import org.dossier.synthesise.ConceptSummariser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dossier eval summary --data DIR}: ROUGE of Dossier's story summaries on RPM2, beside three peers. */
@Command(
    name = "summary",
    mixinStandardHelpOptions = true,
    description = {
      "ROUGE-1, ROUGE-2 and ROUGE-L (recall and F, Snowball French stemming, ROUGE-1.5.5's model",
      "average over the 4 references) of one summary per RPM2 cluster (40 clusters of 10 articles),",
      "each cut to its references' mean length, for Dossier and for Lead, MEAD's centroid and",
      "LexRank in one run. DIR is ../shared/data/rpm2_fr_mds."
    })
public final class EvalSummaryCommand implements Callable<Integer> {

  @Mixin CorpusOptions options = new CorpusOptions();

  @Spec CommandSpec spec;

  record Result(String data, int clusters, int articles, String references, List<SummaryEvaluation.SystemScore> systems, List<String> dossierNotAhead) {}

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Settings settings = options.settings();
    SummaryCorpus corpus = options.load(settings, spec.commandLine().getErr());
    if (corpus == null) return 1;
    ConceptSummariser dossier = new ConceptSummariser(settings);
    List<SummaryEvaluation.System> systems = new ArrayList<>();
    systems.add(new SummaryEvaluation.System("dossier", (c, words) -> dossier.summarise(c.articles(), words)));
    systems.addAll(SummaryEvaluation.peers(corpus.tfIdf(), settings));
    List<SummaryEvaluation.SystemScore> scores = new ArrayList<>();
    for (SummaryEvaluation.System s : systems) scores.add(SummaryEvaluation.score(s, corpus.clusters()));

    out.printf("RPM2: %d clusters, %d articles; each summary cut to its 4 references' mean length (words)%n", corpus.clusters().size(), corpus.articles());
    SummaryEvaluation.printTable(out, "All clusters (C1: summaries of C1; C2: the references are update summaries, see eval update):", scores, SummaryEvaluation.SystemScore::mean);
    for (String part : List.of("C1", "C2")) {
      out.println();
      SummaryEvaluation.printTable(out, part + " clusters only:", scores, s -> s.byPart().get(part));
    }
    List<String> notAhead = new ArrayList<>(SummaryEvaluation.notAhead(scores, SummaryEvaluation.SystemScore::mean, "all"));
    for (String part : List.of("C1", "C2")) notAhead.addAll(SummaryEvaluation.notAhead(scores, s -> s.byPart().get(part), part));
    out.println();
    out.println(notAhead.isEmpty() ? "Dossier is above every peer on every measure." : "Where Dossier is not above a peer:");
    notAhead.forEach(l -> out.println("  " + l));
    out.printf("Seconds: %s%n", String.join(", ", scores.stream().map(s -> String.format("%s %.1f", s.system(), s.seconds())).toList()));
    if (options.json != null) {
      JsonReport.write(options.json, new Result(options.data.toString(), corpus.clusters().size(), corpus.articles(), "4 human summaries per cluster (T..._C._A1..A4)", scores, notAhead));
      out.println("Wrote " + options.json);
    }
    out.flush();
    return 0;
  }
}
