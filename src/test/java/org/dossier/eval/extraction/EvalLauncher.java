package org.dossier.eval.extraction;

import picocli.CommandLine;

/** Test-scope launcher for running the evaluation by hand; the real CLI registers the command. */
final class EvalLauncher {
  private EvalLauncher() {}

  public static void main(String[] args) {
    System.exit(new CommandLine(new EvalExtractionCommand()).execute(args));
  }
}
