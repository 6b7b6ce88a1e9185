package org.dossier.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The same tagger on the small English data set: a language is data, not code. */
class TimeTaggerEnglishTest {

  private static final TimeTagger EN = RuleTimeTagger.forLanguage("en");
  private static final ReferenceDate THU_2020_02_06 = ReferenceDate.parse("2020-02-06");

  @Test
  void englishExpressions() {
    String text = "The troops entered Saraqeb on Wednesday, two days after talks that began last week. "
        + "The summit will take place next Monday. The war began in 2011; an accord was signed on February 6, 2020, three years ago. "
        + "Yesterday evening he said the talks would continue tomorrow.";
    List<Timex> found = EN.tag(text, THU_2020_02_06);
    assertThat(found).extracting(Timex::text).containsExactly(
        "Wednesday", "two days", "last week", "next Monday", "2011", "February 6, 2020", "three years ago", "Yesterday evening", "tomorrow");
    assertThat(found).extracting(Timex::value).containsExactly(
        "2020-02-05", "P2D", "2020-W05", "2020-02-10", "2011", "2020-02-06", "2017", "2020-02-05TEV", "2020-02-07");
  }

  @Test
  void englishFutureWeekday() {
    assertThat(EN.tag("The ministers will meet on Tuesday in Geneva.", THU_2020_02_06)).extracting(Timex::value).containsExactly("2020-02-11");
  }
}
