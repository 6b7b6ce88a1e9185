package org.dossier.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.extract.time.Precision;
import org.dossier.extract.time.ReferenceDate;
import org.dossier.extract.time.Timex;
import org.dossier.extract.time.TimexType;
import org.junit.jupiter.api.Test;

/** Which time values can date an event, and when one is later than the publication. */
class EventDatesTest {

  private static Timex timex(TimexType type, String value) {
    return new Timex(0, 1, "x", type, value, Precision.DAY, !value.contains("X"));
  }

  @Test
  void calendarValuesDateEventsOthersDoNot() {
    assertThat(EventDates.of(timex(TimexType.DATE, "2020-02-05"))).contains("2020-02-05");
    assertThat(EventDates.of(timex(TimexType.DATE, "2019-10"))).contains("2019-10");
    assertThat(EventDates.of(timex(TimexType.DATE, "2018"))).contains("2018");
    assertThat(EventDates.of(timex(TimexType.DATE, "XXXX-12-23"))).contains("XXXX-12-23");
    assertThat(EventDates.of(new Timex(0, 1, "hier soir", TimexType.TIME, "2020-02-05TEV", Precision.PART_OF_DAY, true))).contains("2020-02-05");
    assertThat(EventDates.of(new Timex(0, 1, "6h00", TimexType.TIME, "2020-01-05T06:00", Precision.MINUTE, true))).isEmpty();
    assertThat(EventDates.of(timex(TimexType.DATE, "XXXX-WXX-3"))).isEmpty();
    assertThat(EventDates.of(timex(TimexType.DATE, "XXXX"))).isEmpty();
    assertThat(EventDates.of(timex(TimexType.DATE, "2020-W06"))).isEmpty();
    assertThat(EventDates.of(timex(TimexType.DATE, "201X"))).isEmpty();
    assertThat(EventDates.of(timex(TimexType.DURATION, "P3W"))).isEmpty();
    assertThat(EventDates.of(timex(TimexType.TIME, "PRESENT_REF"))).isEmpty();
  }

  @Test
  void laterOnlyWhenCertain() {
    ReferenceDate feb6 = ReferenceDate.parse("2020-02-06");
    assertThat(EventDates.after("2020-02-10", feb6)).isTrue();
    assertThat(EventDates.after("2020-03", feb6)).isTrue();
    assertThat(EventDates.after("2021", feb6)).isTrue();
    assertThat(EventDates.after("2020-02-06", feb6)).isFalse();
    assertThat(EventDates.after("2020-02", feb6)).isFalse();
    assertThat(EventDates.after("2020", feb6)).isFalse();
    assertThat(EventDates.after("2019-12-23", feb6)).isFalse();
    ReferenceDate dec24 = ReferenceDate.parse("XXXX-12-24");
    assertThat(EventDates.after("XXXX-12-23", dec24)).isFalse();
    assertThat(EventDates.after("XXXX-12-26", dec24)).isTrue();
    assertThat(EventDates.after("2020-01-05", dec24)).isFalse();
    assertThat(EventDates.after("2020-01-05", ReferenceDate.UNKNOWN)).isFalse();
  }

  @Test
  void comparedOnlyAsFarAsBothAreKnown() {
    ReferenceDate feb6 = ReferenceDate.parse("2020-02-06");
    assertThat(EventDates.compare("2020-02-05", feb6)).contains(-1);
    assertThat(EventDates.compare("2020-02", feb6)).contains(0);
    assertThat(EventDates.compare("2018", feb6)).contains(-1);
    assertThat(EventDates.compare("XXXX-12-23", feb6)).isEmpty();
    assertThat(EventDates.compare("2018", ReferenceDate.UNKNOWN)).isEmpty();
    assertThat(EventDates.compare("XXXX-12-23", ReferenceDate.parse("XXXX-12-24"))).contains(-1);
  }
}
