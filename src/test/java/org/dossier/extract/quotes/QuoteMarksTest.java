package org.dossier.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Pairing of quotation marks, without any model. */
class QuoteMarksTest {

  private static final QuoteMarks MARKS = new QuoteMarks("fr");

  private static List<String> quoted(String text) {
    return MARKS.find(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void guillemetsNest() {
    assertThat(quoted("Il a dit « nous refusons ce « plan » russe » hier.")).containsExactly("nous refusons ce « plan » russe");
  }

  @Test
  void aStraightMarkAgainstTheWordAfterItOpensANestedQuote() {
    String text = "\"Il ne s'agit plus de ficher les auteurs d'\"infractions constatées\", mais de cibler des enfants\", affirme la LDH.";
    assertThat(quoted(text)).containsExactly("Il ne s'agit plus de ficher les auteurs d'\"infractions constatées\", mais de cibler des enfants");
  }

  @Test
  void straightMarksInSequenceAreSeparateQuotes() {
    assertThat(quoted("Il évoque un \"avant\" et un \"après\" Obama.")).containsExactly("avant", "après");
  }

  @Test
  void aQuoteContinuesIntoTheNextParagraphWhenItReopens() {
    assertThat(quoted("« Nous attendons.\n\n« Nous agirons », a-t-il dit.")).hasSize(1);
  }
}
