package org.dossier.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked by hand from the Scrapinghub benchmark's evaluate.py. */
class ShingleMetricTest {

  @Test
  void oneShingleInCommonOfTwoOnEachSide() {
    // truth shingles: (a b c d) (b c d e); prediction: (a b c d) (b c d x)
    Counts c = ShingleMetric.count("a b c d e", "a b c d x");
    assertThat(c.tp()).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(c.fp()).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(c.fn()).isCloseTo(1 / 3.0, within(1e-12));
  }

  @Test
  void repeatedShinglesCountAsAMultiset() {
    // prediction repeats the 4-token truth: (x y z w) twice, plus 3 shingles across the seam
    Counts c = ShingleMetric.count("x y z w", "x y z w x y z w");
    assertThat(c.tp()).isCloseTo(0.2, within(1e-12));
    assertThat(c.fp()).isCloseTo(0.8, within(1e-12));
    assertThat(c.fn()).isZero();
  }

  @Test
  void textsShorterThanFourTokensMakeOneShortShingleAndEmptyTextsNone() {
    assertThat(ShingleMetric.shingles("one two")).containsOnlyKeys(List.of("one", "two"));
    assertThat(ShingleMetric.shingles("")).isEmpty();
    assertThat(ShingleMetric.count("", "")).isEqualTo(new Counts(0, 0, 0));
  }

  @Test
  void precisionAveragesOnlyPagesWithAPredictionAndF1IsOfTheAverages() {
    List<Counts> pages =
        List.of(
            ShingleMetric.count("a b c d e", "a b c d x"), // P 0.5, R 0.5
            ShingleMetric.count("one two", ""), // no P, R 0
            ShingleMetric.count("x y z w", "x y z w x y z w"), // P 0.2, R 1
            ShingleMetric.count("", "")); // neither
    Scores s = ShingleMetric.aggregate(pages);
    assertThat(s.precision()).isCloseTo(0.35, within(1e-12));
    assertThat(s.recall()).isCloseTo(0.5, within(1e-12));
    assertThat(s.f1()).isCloseTo(2 * 0.35 * 0.5 / 0.85, within(1e-12));
  }

  @Test
  void tokensAreLettersAndNumbersOfAnyScriptLikePythonsWordClass() {
    assertThat(ShingleMetric.tokens("l'été 2020, c'est-à-dire ½ snake_case"))
        .containsExactly("l", "été", "2020", "c", "est", "à", "dire", "½", "snake_case");
    // a combining accent is not a word character in Python: the token splits there
    assertThat(ShingleMetric.tokens("e\u0301te")).containsExactly("e", "te");
  }
}
