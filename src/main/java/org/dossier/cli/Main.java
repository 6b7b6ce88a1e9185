package org.dossier.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dossier} command line. */
@Command(
    name = "dossier",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Turns a pile or a stream of news articles into a sourced brief.",
    subcommands = {BriefCommand.class, EvalCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs a command line and returns its exit code: 0 done, 1 nothing could be read, 2 usage error. */
  public static int execute(String... args) {
    return new CommandLine(new Main()).execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'dossier brief PATH...' or 'dossier --help'");
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"dossier " + (v == null ? "dev" : v)};
    }
  }
}
