package org.dossier.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A progress bar on standard error, drawn only when a person is watching: many files, and stderr
 * a terminal. Redirected runs and CI logs stay clean.
 */
final class Progress {

  private static final int WIDTH = 30;

  private final PrintStream err;
  private final int total;
  private final boolean enabled;
  private int done;

  Progress(PrintStream err, int total, int minFiles) {
    this.err = err;
    this.total = total;
    this.enabled = total >= minFiles && stderrIsTerminal();
  }

  synchronized void step(String file) {
    done++;
    if (!enabled) {
      return;
    }
    int filled = (int) ((long) WIDTH * done / total);
    String name = file.length() > 40 ? "…" + file.substring(file.length() - 39) : file;
    err.printf("\r[%s%s] %d/%d %-40s", "=".repeat(filled), " ".repeat(WIDTH - filled), done, total, name);
    if (done == total) {
      err.print("\r" + " ".repeat(WIDTH + 60) + "\r");
    }
    err.flush();
  }

  /** Java cannot ask isatty(2) directly; on Linux the descriptor's link names the terminal. */
  private static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (Exception e) {
      return System.console() != null;
    }
  }
}
