package org.dossier.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.dossier.extract.time.ReferenceDate;
import org.junit.jupiter.api.Test;

/** The date a summary line shows: its sentence's own event, resolved against publication, never guessed. */
class SentenceDatesTest {

  private static final SentenceDates DATES = new SentenceDates(List.of("fr"));
  private static final ReferenceDate THU_2020_02_06 = AnalysedText.THU_2020_02_06;

  private static Map<Integer, String> dates(String text, ReferenceDate reference) {
    AnalysedText t = AnalysedText.of(text, reference, false);
    return DATES.of(t.analysis(), t.events());
  }

  @Test
  void aWeekdayIsResolvedAgainstThePublicationDate() {
    String text = "Le chef de la diplomatie turque a appelé Moscou au calme. Les troupes du régime syrien ont pénétré mercredi dans la ville clé de Saraqeb.";
    assertThat(dates(text, THU_2020_02_06)).containsExactly(Map.entry(1, "2020-02-05"));
  }

  @Test
  void anUndatedArticleDatesNoWeekday() {
    String text = "Les troupes du régime syrien ont pénétré mercredi dans la ville clé de Saraqeb.";
    assertThat(dates(text, ReferenceDate.UNKNOWN)).isEmpty();
  }

  @Test
  void aDayWithoutItsYearIsNoLineDate() {
    String text = "Une délégation turque s'est rendue à Moscou le 23 décembre pour discuter de la situation.";
    assertThat(dates(text, ReferenceDate.UNKNOWN)).isEmpty();
    assertThat(dates(text, THU_2020_02_06)).containsExactly(Map.entry(0, "2019-12-23"));
  }

  @Test
  void aDateOfANounIsNotTheSentences() {
    assertThat(dates("Les bombardements réciproques signifient la fin d'un cessez-le-feu conclu en 2018 entre la Turquie et la Russie.", THU_2020_02_06)).isEmpty();
    assertThat(dates("La Turquie et la Russie ont conclu un accord en 2018 à Sotchi.", THU_2020_02_06)).containsExactly(Map.entry(0, "2018"));
  }

  @Test
  void theFirstEventOfASentenceDatesIt() {
    String text = "La Russie a annoncé en janvier 2020 une trêve que l'armée syrienne a rompue en février 2020.";
    assertThat(dates(text, THU_2020_02_06)).containsExactly(Map.entry(0, "2020-01"));
  }
}
