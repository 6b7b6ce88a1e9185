package org.dossier.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.extract.time.Precision;
import org.dossier.extract.time.ReferenceDate;
import org.junit.jupiter.api.Test;

/** Each rule of the event extractor on a small French text, analysed as the pipeline analyses it. */
class EventExtractorTest {

  private static final ReferenceDate THU_2020_02_06 = AnalysedText.THU_2020_02_06;

  private static List<FoundEvent> events(String text, ReferenceDate reference) {
    return events(text, reference, false);
  }

  /** The events of a text, optionally with every sentence parsed (as quote sentences are). */
  private static List<FoundEvent> events(String text, ReferenceDate reference, boolean parsed) {
    return AnalysedText.of(text, reference, parsed).events();
  }

  private static FoundEvent only(List<FoundEvent> events) {
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  @Test
  void aWeekdayInAPastSentenceDatesItsSentence() {
    String text = "Les troupes du régime syrien ont pénétré mercredi dans la ville clé de Saraqeb.";
    FoundEvent e = only(events(text, THU_2020_02_06));
    assertThat(e.date()).isEqualTo("2020-02-05");
    assertThat(e.precision()).isEqualTo(Precision.DAY);
    assertThat(e.text()).isEqualTo("Les troupes du régime syrien ont pénétré mercredi dans la ville clé de Saraqeb");
    assertThat(e.sentence()).isZero();
    assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
    assertThat(text.substring(e.timexStart(), e.timexEnd())).isEqualTo("mercredi");
  }

  @Test
  void anUndatedArticleDatesNothingItDoesNotState() {
    String text = "Les négociations ont commencé samedi et se sont achevées lundi sans accord. Un cessez-le-feu avait été conclu en 2018.";
    List<FoundEvent> found = events(text, ReferenceDate.UNKNOWN);
    assertThat(found).extracting(FoundEvent::date).containsExactly("2018");
  }

  @Test
  void aDayWithoutItsYearKeepsTheYearUnknown() {
    FoundEvent e = only(events("Une délégation turque s'est rendue à Moscou le 23 décembre pour discuter de la situation en Syrie.", ReferenceDate.parse("XXXX-12-24")));
    assertThat(e.date()).isEqualTo("XXXX-12-23");
    assertThat(e.precision()).isEqualTo(Precision.DAY);
  }

  @Test
  void aTrailingGerundIsCutFromTheClause() {
    FoundEvent e = only(events("M. Erdogan a indiqué mercredi avoir demandé à Vladimir Poutine de museler les forces du régime, avertissant qu'Ankara riposterait à toute attaque.", THU_2020_02_06));
    assertThat(e.text()).isEqualTo("M. Erdogan a indiqué mercredi avoir demandé à Vladimir Poutine de museler les forces du régime");
  }

  @Test
  void aParentheticalParticipleStaysInItsClause() {
    FoundEvent e = only(events("Le porte-parole a annoncé mardi qu'un nouveau cessez-le-feu, concernant la province d'Idleb, était en négociation.", THU_2020_02_06));
    assertThat(e.text()).endsWith("était en négociation");
  }

  @Test
  void aQuotationMarkWhoseOtherHalfIsCutAwayGoes() {
    FoundEvent e = only(events("« En 1875, la République a été créée par l'amendement Wallon ; nous la défendrons », a-t-il dit.", THU_2020_02_06));
    assertThat(e.text()).isEqualTo("En 1875, la République a été créée par l'amendement Wallon");
  }

  @Test
  void aClauseLinkStartsAnotherClause() {
    FoundEvent e = only(events("La Turquie renforce ses positions, alors que des milliers de civils ont fui lundi vers la frontière.", THU_2020_02_06));
    assertThat(e.date()).isEqualTo("2020-02-03");
    assertThat(e.text()).isEqualTo("des milliers de civils ont fui lundi vers la frontière");
  }

  @Test
  void aSubjectlessClauseKeepsTheSubjectBeforeIt() {
    FoundEvent e = only(events("Ankara nie les faits, mais a rappelé mardi son ambassadeur à Moscou.", THU_2020_02_06));
    assertThat(e.text()).isEqualTo("Ankara nie les faits, mais a rappelé mardi son ambassadeur à Moscou");
  }

  @Test
  void aParticipleDatesItsNounPhraseNotTheSentence() {
    String text = "L'armée turque est déployée dans la région en vertu d'un accord conclu en septembre 2018 entre Moscou et Ankara.";
    FoundEvent surface = only(events(text, THU_2020_02_06));
    assertThat(surface.date()).isEqualTo("2018-09");
    assertThat(surface.precision()).isEqualTo(Precision.MONTH);
    assertThat(surface.text()).isEqualTo("un accord conclu en septembre 2018 entre Moscou et Ankara");
    FoundEvent parsed = only(events("Evoquant les accords de Sotchi conclus en octobre dernier, il a expliqué que la Turquie avait des obligations.", THU_2020_02_06, true));
    assertThat(parsed.date()).isEqualTo("2019-10");
    assertThat(parsed.text()).isEqualTo("les accords de Sotchi conclus en octobre dernier");
    FoundEvent song = only(events("La mélodie serait un plagiat de la chanson « Wujue », écrite par Deng Weibiao en mars 2005.", THU_2020_02_06, true));
    assertThat(song.text()).startsWith("la chanson").endsWith("écrite par Deng Weibiao en mars 2005");
  }

  @Test
  void aSinceDateStartsAStateAndIsNoEvent() {
    assertThat(events("Les deux pays ont renforcé leur coopération depuis 2016.", THU_2020_02_06)).isEmpty();
    assertThat(events("Le conflit dure depuis début février.", THU_2020_02_06)).isEmpty();
  }

  @Test
  void durationsAndUnresolvedWeeksAreNoEvents() {
    assertThat(events("Les combats durent depuis trois semaines et se sont intensifiés la semaine dernière.", THU_2020_02_06)).isEmpty();
  }

  @Test
  void aDateLineWithoutAVerbIsNoEvent() {
    assertThat(events("Le 12 février 2020.\n\nLes combats ont repris.", THU_2020_02_06)).isEmpty();
  }

  @Test
  void aLaterDateStatedByTheArticleIsAScheduledEvent() {
    FoundEvent e = only(events("Le sommet de l'OTAN se tiendra lundi prochain à Bruxelles.", THU_2020_02_06));
    assertThat(e.date()).isEqualTo("2020-02-10");
  }

  @Test
  void aLaterDateInASuppositionOrInSomeonesWordsIsNoEvent() {
    assertThat(events("Si la Russie n'agit pas, la Turquie frappera lundi prochain les positions du régime.", THU_2020_02_06)).isEmpty();
    assertThat(events("« Nous frapperons les positions du régime lundi prochain », a averti M. Kalin.", THU_2020_02_06)).isEmpty();
    assertThat(only(events("« La rencontre est prévue lundi prochain à Ankara », a indiqué M. Kalin.", THU_2020_02_06)).date()).isEqualTo("2020-02-10");
  }

  @Test
  void whereThePublicationDateCannotTellASuppositionOrAForecastInSomeonesWordsIsNoEvent() {
    assertThat(events("En cas de victoire le 6 novembre, ses partisans resteraient minoritaires au conseil national.", ReferenceDate.UNKNOWN)).isEmpty();
    // The supposition is the sentence's; the election it names is a fact.
    assertThat(only(events("Même en cas de victoire, ses partisans resteraient minoritaires au conseil élu le 6 novembre.", ReferenceDate.UNKNOWN)).text()).isEqualTo("conseil élu le 6 novembre");
    assertThat(events("La ministre a estimé lundi que la croissance française sera nulle en 2009.", ReferenceDate.UNKNOWN)).isEmpty();
    assertThat(only(events("La ministre a rappelé que la croissance française avait été nulle en 2009.", ReferenceDate.UNKNOWN)).date()).isEqualTo("2009");
  }

  @Test
  void aClockTimeDatesNothing() {
    assertThat(events("Le 5 janvier, le président a tranché. La publicité sera arrêtée entre 20h00 et 6h00 du matin.", THU_2020_02_06)).extracting(FoundEvent::date).containsExactly("2020-01-05");
  }

  @Test
  void aPartOfANamedDayDatesItsClause() {
    assertThat(only(events("Les troupes sont entrées hier soir dans la ville de Saraqeb.", THU_2020_02_06)).date()).isEqualTo("2020-02-05");
  }

  @Test
  void anEarlierDateInSomeonesWordsIsAnEvent() {
    FoundEvent e = only(events("« Nos soldats ont été attaqués lundi », a déclaré M. Kalin.", THU_2020_02_06));
    assertThat(e.date()).isEqualTo("2020-02-03");
  }
}
