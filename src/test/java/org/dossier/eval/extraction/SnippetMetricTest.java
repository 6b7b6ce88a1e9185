package org.dossier.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked by hand from trafilatura's tests/eval_common.py. */
class SnippetMetricTest {

  @Test
  void snippetsAreMatchedAfterCollapsingWhitespaceOnBothSides() {
    Counts c =
        SnippetMetric.count(List.of("Hello  world", "missing"), List.of("Footer"), "Hello\nworld and\u00a0Footer text");
    assertThat(c).isEqualTo(new Counts(1, 1, 1));
  }

  @Test
  void countsAreSummedOverPagesBeforeScoring() {
    List<Counts> pages =
        List.of(
            SnippetMetric.count(List.of("Hello world", "missing"), List.of("Footer"), "Hello world. Footer"),
            SnippetMetric.count(List.of("alpha"), List.of("beta"), ""));
    Scores s = SnippetMetric.aggregate(pages);
    assertThat(s.precision()).isCloseTo(0.5, within(1e-12));
    assertThat(s.recall()).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(s.f1()).isCloseTo(0.4, within(1e-12));
  }

  @Test
  void normStripsAndCollapsesUnicodeSpaces() {
    assertThat(SnippetMetric.norm("  a \u2009\t b\u3000c \n")).isEqualTo("a b c");
  }
}
