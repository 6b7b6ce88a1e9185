package org.dossier.eval.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ROUGE on a worked example, computed by hand.
 *
 * <p>Candidate, two sentences: "La police arrête deux suspects." "Les otages sont libérés." Lower
 * case, punctuation out, words of more than three letters stemmed (Snowball French): police →
 * polic, arrête → arrêt, suspects → suspect, otages → otag, libérés → liber; deux and sont stay
 * (the stemmer leaves them), la and les are too short to stem. Candidate tokens (9):
 * la polic arrêt deux suspect | les otag sont liber.
 *
 * <p>Reference A: "Deux suspects ont été arrêtés par la police." → deux suspect ont été arrêt par la
 * polic (8 tokens, 7 bigrams). Reference B: "Les otages libérés." → les otag liber (3 tokens, 2
 * bigrams).
 */
class RougeTest {

  private static final double EXACT = 1e-12;
  private static final List<String> CANDIDATE = List.of("La police arrête deux suspects.", "Les otages sont libérés.");
  private static final List<String> REFERENCE_A = List.of("Deux suspects ont été arrêtés par la police.");
  private static final List<String> REFERENCE_B = List.of("Les otages libérés.");

  private final Rouge rouge = new Rouge();

  @Test
  void tokensAreLowerCasedStrippedAndStemmedAboveThreeLetters() {
    assertThat(rouge.tokens("La police arrête deux suspects.")).containsExactly("la", "polic", "arrêt", "deux", "suspect");
    assertThat(rouge.tokens("L'ex-otage, libéré")).containsExactly("l", "ex", "otag", "liber");
  }

  @Test
  void workedExampleWithTwoReferences() {
    Rouge.Scores s = rouge.score(CANDIDATE, List.of(REFERENCE_A, REFERENCE_B), 0);

    // ROUGE-1. Hits, each clipped to the smaller count: A shares deux, suspect, arrêt, la, polic (5);
    // B shares les, otag, liber (3). Model average pools the references: R = (5 + 3) / (8 + 3) = 8/11;
    // P = 8 / (9 + 9) = 4/9, the candidate's 9 unigrams counted once per reference;
    // F = 2PR / (P + R) = (64/99) / (116/99) = 16/29.
    assertThat(s.rouge1().recall()).isCloseTo(8.0 / 11, within(EXACT));
    assertThat(s.rouge1().precision()).isCloseTo(4.0 / 9, within(EXACT));
    assertThat(s.rouge1().f()).isCloseTo(16.0 / 29, within(EXACT));

    // ROUGE-2. Candidate bigrams (8, across the sentence boundary as the script joins sentences):
    // la polic, polic arrêt, arrêt deux, deux suspect, suspect les, les otag, otag sont, sont liber.
    // A shares deux suspect and la polic (2); B shares les otag (1), not otag liber ("sont" is in
    // between). R = 3 / (7 + 2) = 1/3; P = 3 / (8 + 8) = 3/16; F = (2/16) / (25/48) = 6/25.
    assertThat(s.rouge2().recall()).isCloseTo(1.0 / 3, within(EXACT));
    assertThat(s.rouge2().precision()).isCloseTo(3.0 / 16, within(EXACT));
    assertThat(s.rouge2().f()).isCloseTo(6.0 / 25, within(EXACT));

    // ROUGE-L, union LCS per reference sentence. A against the first candidate sentence: the
    // longest common subsequences are "deux suspect" and "la polic" (word order differs), length 2;
    // against the second, nothing: 2 hits over 8. B against the second: les otag liber, 3 over 3.
    // R = 5/11; P = 5/18; F = (50/198) / (145/198) = 10/29.
    assertThat(s.rougeL().recall()).isCloseTo(5.0 / 11, within(EXACT));
    assertThat(s.rougeL().precision()).isCloseTo(5.0 / 18, within(EXACT));
    assertThat(s.rougeL().f()).isCloseTo(10.0 / 29, within(EXACT));
  }

  @Test
  void unionLcsCreditsAReferenceSentenceThatTwoCandidateSentencesCover() {
    // "les otag liber la polic arrêt deux suspect": the second candidate sentence gives les otag liber,
    // the first la polic arrêt deux suspect; their union holds all 8 words (a single LCS would give 5).
    Rouge.Scores s = rouge.score(CANDIDATE, List.of(List.of("Les otages libérés : la police arrête deux suspects.")), 0);
    assertThat(s.rougeL().recall()).isCloseTo(1.0, within(EXACT));
    assertThat(s.rougeL().precision()).isCloseTo(8.0 / 9, within(EXACT));
  }

  @Test
  void theCandidateIsCutToTheLimitInRawWords() {
    // Limit 7: the first sentence's 5 words, then the first 2 of the second ("les otages").
    // Against B: les, otag hit (2); R = 2/3, P = 2/7.
    assertThat(Rouge.truncate(CANDIDATE, 7)).containsExactly("la police arrête deux suspects.", "les otages");
    Rouge.Scores s = rouge.score(CANDIDATE, List.of(REFERENCE_B), 7);
    assertThat(s.rouge1().recall()).isCloseTo(2.0 / 3, within(EXACT));
    assertThat(s.rouge1().precision()).isCloseTo(2.0 / 7, within(EXACT));
  }

  @Test
  void aRepeatedWordScoresOnlyAsOftenAsTheReferenceHasIt() {
    // Candidate "otages otages otages" against "les otages": otag hits once (clipped), R = 1/2, P = 1/3.
    Rouge.Scores s = rouge.score(List.of("otages otages otages"), List.of(List.of("les otages")), 0);
    assertThat(s.rouge1().recall()).isCloseTo(0.5, within(EXACT));
    assertThat(s.rouge1().precision()).isCloseTo(1.0 / 3, within(EXACT));
  }
}
