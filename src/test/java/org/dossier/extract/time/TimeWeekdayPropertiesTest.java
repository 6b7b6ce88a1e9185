package org.dossier.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The news rule for bare weekdays, over any reference date and weekday. */
class TimeWeekdayPropertiesTest {

  private static final TimeTagger FR = RuleTimeTagger.forLanguage("fr");
  private static final List<String> DAYS = List.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche");

  @Property(tries = 200)
  void aPastWeekdayIsTheLastOneOnOrBeforeTheReference(@ForAll @IntRange(min = 0, max = 20_000) int epochDay, @ForAll @IntRange(min = 1, max = 7) int dow) {
    LocalDate ref = LocalDate.ofEpochDay(epochDay);
    Timex t = FR.tag("Les combats ont repris " + DAYS.get(dow - 1) + " dans la province.", ReferenceDate.of(ref)).get(0);
    LocalDate d = LocalDate.parse(t.value());
    assertThat(d.getDayOfWeek()).isEqualTo(DayOfWeek.of(dow));
    assertThat(d).isBetween(ref.minusDays(6), ref);
  }

  @Property(tries = 200)
  void aFutureWeekdayIsTheNextOneOnOrAfterTheReference(@ForAll @IntRange(min = 0, max = 20_000) int epochDay, @ForAll @IntRange(min = 1, max = 7) int dow) {
    LocalDate ref = LocalDate.ofEpochDay(epochDay);
    Timex t = FR.tag("Les ministres se réuniront " + DAYS.get(dow - 1) + " à Genève.", ReferenceDate.of(ref)).get(0);
    LocalDate d = LocalDate.parse(t.value());
    assertThat(d.getDayOfWeek()).isEqualTo(DayOfWeek.of(dow));
    assertThat(d).isBetween(ref, ref.plusDays(6));
  }
}
