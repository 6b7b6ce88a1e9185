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
    assertThat(EventDates.of(timex(TimexType.TIME, "2020-02-05TEV"))).contains("2020-02-05");
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
}
