package org.dossier.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Parent of the evaluation commands: each measures one stage on public data, beside a peer. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measures Dossier on public evaluation data, side by side with peers.",
    subcommands = {org.dossier.eval.extraction.EvalExtractionCommand.class, org.dossier.eval.ner.EvalNerCommand.class, org.dossier.eval.quotes.EvalQuotesCommand.class, org.dossier.eval.time.EvalTimeCommand.class, org.dossier.eval.clustering.EvalClusteringCommand.class, org.dossier.eval.summary.EvalSummaryCommand.class, org.dossier.eval.summary.EvalUpdateCommand.class})
final class EvalCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing evaluation: see 'dossier eval --help'");
  }
}
