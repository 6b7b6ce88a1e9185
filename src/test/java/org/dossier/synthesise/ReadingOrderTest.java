package org.dossier.synthesise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The order rule: dated sentences chronologically, undated ones where source order put them. */
class ReadingOrderTest {

  /** A summary sentence as the rule sees it: a name, its date if any, whether it stays after the one before. */
  private record S(String name, Optional<String> date, boolean kept) {
    static S dated(String name, String date) {
      return new S(name, Optional.of(date), false);
    }

    static S undated(String name) {
      return new S(name, Optional.empty(), false);
    }
  }

  private static List<String> order(S... sourceOrder) {
    return ReadingOrder.chronological(List.of(sourceOrder), S::date, S::kept).stream().map(S::name).toList();
  }

  @Test
  void datedSentencesReadChronologically() {
    assertThat(order(S.dated("a", "2020-02-12"), S.dated("b", "2020-02-05"), S.dated("c", "2018"))).containsExactly("c", "b", "a");
  }

  @Test
  void anUndatedSentenceStaysAfterTheSentenceBeforeIt() {
    assertThat(order(S.dated("a", "2020-02-12"), S.undated("a2"), S.dated("b", "2020-02-05"), S.undated("b2"))).containsExactly("b", "b2", "a", "a2");
  }

  @Test
  void undatedSentencesBeforeAnyDateStayFirst() {
    assertThat(order(S.undated("u"), S.dated("a", "2020-02-12"), S.dated("b", "2019"))).containsExactly("u", "b", "a");
    assertThat(order(S.undated("u"), S.undated("v"))).containsExactly("u", "v");
  }

  @Test
  void aSentenceKeptForItsAntecedentNeverLeavesIt() {
    S antecedent = S.dated("a", "2020-02-12");
    S pointsBack = new S("il", Optional.of("2018"), true);
    assertThat(order(antecedent, pointsBack, S.dated("b", "2020-02-05"))).containsExactly("b", "a", "il");
  }

  @Test
  void aYearPrecedesItsMonthsAndAMonthItsDaysAndTiesKeepSourceOrder() {
    assertThat(order(S.dated("day", "2018-09-17"), S.dated("month", "2018-09"), S.dated("year", "2018"), S.dated("next", "2019"))).containsExactly("year", "month", "day", "next");
    assertThat(order(S.dated("first", "2020-02-05"), S.dated("second", "2020-02-05"))).containsExactly("first", "second");
  }
}
