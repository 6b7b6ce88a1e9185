package org.dossier.synthesise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Claims and disagreeing numbers, on French sentences. */
class HedgesAndConflictsTest {

  private static final Hedges HEDGES = new Hedges("fr");

  @Test
  void aClaimCreditedToItsSource() {
    String s = "Selon l'OSDH, 30 soldats syriens ont été tués dans les bombardements.";
    assertThat(HEDGES.hedged(s)).isTrue();
    assertThat(HEDGES.attribution(s)).contains("l'OSDH");
  }

  @Test
  void theConditionalAndALackOfConfirmationAreClaims() {
    assertThat(HEDGES.hedged("Les frappes auraient fait des dizaines de morts.")).isTrue();
    assertThat(HEDGES.hedged("Ces chiffres n'ont pas été confirmés par Ankara.")).isTrue();
    assertThat(HEDGES.attribution("Ces chiffres n'ont pas été confirmés par Ankara.")).isEmpty();
  }

  @Test
  void aPlainFactIsNoClaim() {
    assertThat(HEDGES.hedged("Les tensions entre la Turquie et la Syrie ont de nouveau augmenté mardi.")).isFalse();
  }

  @Test
  void twoArticlesGivingDifferentCountsOfTheSameThingDisagree() {
    NumberConflicts conflicts = new NumberConflicts(Set.of("février", "ans"));
    List<NumberConflicts.Conflict> found =
        conflicts.find(
            List.of(
                new SourceSentence("a1", 3, 0, 60, "Les bombardements ont fait 30 morts le 5 février à Idleb."),
                new SourceSentence("a2", 1, 0, 60, "Les bombardements ont fait 25 morts le 5 février, dont des enfants de 10 ans.")));
    assertThat(found).hasSize(1);
    assertThat(found.get(0).what()).isEqualTo("morts");
    assertThat(found.get(0).values()).extracting(NumberConflicts.Value::value).containsExactly("30", "25");
  }

  @Test
  void theSameCountAndYearsAreNoConflict() {
    NumberConflicts conflicts = new NumberConflicts(Set.of());
    assertThat(
            conflicts.find(
                List.of(
                    new SourceSentence("a1", 0, 0, 40, "Un accord conclu en 2018 prévoit 12 postes turcs."),
                    new SourceSentence("a2", 0, 0, 40, "L'accord de 2019 prévoit 12 postes turcs."))))
        .isEmpty();
  }
}
