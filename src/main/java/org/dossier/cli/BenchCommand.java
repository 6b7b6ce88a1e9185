package org.dossier.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Parent of the benchmarks: speed and memory on public data, beside a peer where there is one. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measures Dossier's speed and memory on public data, side by side with peers.",
    subcommands = {org.dossier.bench.BenchAnalyseCommand.class, org.dossier.bench.BenchClusterCommand.class, org.dossier.bench.BenchBriefCommand.class})
final class BenchCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing benchmark: see 'dossier bench --help'");
  }
}
