package org.dossier.eval.extraction;

import java.util.List;

/**
 * The metric of trafilatura's own evaluation (tests/evaluate.py with eval_common.py), reproduced
 * exactly: every whitespace run of the output and of each snippet is collapsed to one space
 * ({@code re.sub(r"\s+", " ", s).strip()}); a "with" snippet found in the output is a true
 * positive, else a false negative; a "without" snippet found is a false positive. Counts are
 * summed over all pages, then P = tp/(tp+fp), R = tp/(tp+fn), F1 = 2tp/(2tp+fp+fn). A page whose
 * extraction failed counts as empty output: all its "with" snippets missed.
 */
public final class SnippetMetric {

  private SnippetMetric() {}

  /** The snippets of one page. */
  public record Gold(List<String> with, List<String> without) implements PageGold {
    public Gold {
      with = List.copyOf(with);
      without = List.copyOf(without);
    }

    @Override
    public Counts score(String extracted) {
      return count(with, without, extracted);
    }
  }

  public static Counts count(List<String> with, List<String> without, String output) {
    String text = norm(output == null ? "" : output);
    int tp = 0;
    for (String w : with) {
      if (text.contains(norm(w))) {
        tp++;
      }
    }
    int fp = 0;
    for (String w : without) {
      if (text.contains(norm(w))) {
        fp++;
      }
    }
    return new Counts(tp, fp, with.size() - tp);
  }

  public static Scores aggregate(List<Counts> pages) {
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (Counts c : pages) {
      tp += c.tp();
      fp += c.fp();
      fn += c.fn();
    }
    double precision = tp + fp == 0 ? 0 : tp / (tp + fp);
    double recall = tp + fn == 0 ? 0 : tp / (tp + fn);
    double f1 = 2 * tp + fp + fn == 0 ? 0 : 2 * tp / (2 * tp + fp + fn);
    return new Scores(precision, recall, f1);
  }

  /** Python's {@code re.sub(r"\s+", " ", text).strip()}: \s and strip() are Unicode-aware. */
  static String norm(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isPythonSpace(c)) {
        space = true;
      } else {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isPythonSpace(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || (c >= '\u001C' && c <= '\u001F')
        || c == '\u0085';
  }
}
