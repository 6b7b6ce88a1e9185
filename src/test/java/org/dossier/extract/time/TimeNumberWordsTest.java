package org.dossier.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Spelled-out numbers read from the data, French and English. */
class TimeNumberWordsTest {

  private static final NumberWords FR = NumberWords.load(List.of("fr"));
  private static final NumberWords EN = NumberWords.load(List.of("en"));

  @Test
  void frenchNumbers() {
    assertThat(FR.value("deux")).hasValue(2);
    assertThat(FR.value("vingt-quatre")).hasValue(24);
    assertThat(FR.value("vingt et un")).hasValue(21);
    assertThat(FR.value("soixante-dix-sept")).hasValue(77);
    assertThat(FR.value("quatre-vingt-dix")).hasValue(90);
    assertThat(FR.value("quatre-vingts")).hasValue(80);
    assertThat(FR.value("deux cents")).hasValue(200);
    assertThat(FR.value("mille neuf cent quatre-vingt-dix-neuf")).hasValue(1999);
    assertThat(FR.value("dix-huit")).hasValue(18);
    assertThat(FR.value("vingtaine")).isEmpty();
  }

  @Test
  void englishNumbers() {
    assertThat(EN.value("twenty-four")).hasValue(24);
    assertThat(EN.value("three hundred and five")).hasValue(305);
  }

  @Test
  void thePatternMatchesWholeNumbers() {
    Pattern p = Pattern.compile(FR.pattern(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    assertThat(p.matcher("quatre-vingt-dix-neuf").matches()).isTrue();
    assertThat(p.matcher("vingt et un").matches()).isTrue();
  }
}
