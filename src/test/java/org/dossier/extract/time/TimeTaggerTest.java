package org.dossier.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.dossier.metadata.Published;
import org.junit.jupiter.api.Test;

/** Each construction of the French time tagger on a small sentence, against a known reference date. */
class TimeTaggerTest {

  private static final TimeTagger FR = RuleTimeTagger.forLanguage("fr");
  /** A Thursday, the day of the seed article. */
  private static final ReferenceDate THU_2020_02_06 = ReferenceDate.parse("2020-02-06");

  private static Timex only(String text, ReferenceDate ref) {
    List<Timex> found = FR.tag(text, ref);
    assertThat(found).as("timexes of: %s", text).hasSize(1);
    return found.get(0);
  }

  private static Optional<Timex> find(String text, String expression, ReferenceDate ref) {
    return FR.tag(text, ref).stream().filter(t -> t.text().equals(expression)).findFirst();
  }

  private static void value(String text, String expression, String value, ReferenceDate ref) {
    assertThat(find(text, expression, ref)).as("'%s' in: %s", expression, text).get().extracting(Timex::value).isEqualTo(value);
  }

  @Test
  void seedArticleWednesdayInAPastSentenceIsTheDayBeforeAThursdayPublication() {
    String text = "Les troupes du régime syrien ont pénétré mercredi dans la ville clé de Saraqeb.";
    Timex t = only(text, ReferenceDate.of(new Published("2020-02-06", "day", "dateline", false, "Istanbul, 6 fév 2020 (AFP) -")));
    assertThat(t.text()).isEqualTo("mercredi");
    assertThat(t.start()).isEqualTo(text.indexOf("mercredi"));
    assertThat(t.value()).isEqualTo("2020-02-05");
    assertThat(t.type()).isEqualTo(TimexType.DATE);
    assertThat(t.precision()).isEqualTo(Precision.DAY);
    assertThat(t.resolved()).isTrue();
  }

  @Test
  void withoutAPublicationDateRelativeExpressionsStayUnresolved() {
    String text = "Les troupes ont pénétré mercredi dans la ville, après les combats d'hier et de la semaine dernière.";
    List<Timex> found = FR.tag(text, ReferenceDate.of((Published) null));
    assertThat(found).extracting(Timex::text).containsExactly("mercredi", "hier", "la semaine dernière");
    assertThat(found).noneMatch(Timex::resolved);
    assertThat(found).extracting(Timex::value).containsExactly("XXXX-WXX-3", "XXXX-XX-XX", "XXXX-WXX");
    assertThat(found).allMatch(t -> t.value().chars().noneMatch(Character::isDigit) || t.value().startsWith("XXXX-WXX-"));
  }

  @Test
  void withoutAPublicationDateAbsoluteDatesStillResolve() {
    Timex t = only("L'accord a été signé le 22 octobre 2019 à Sotchi.", ReferenceDate.UNKNOWN);
    assertThat(t.value()).isEqualTo("2019-10-22");
    assertThat(t.resolved()).isTrue();
    Timex noYear = only("Une délégation turque s'est rendue à Moscou le 23 décembre.", ReferenceDate.UNKNOWN);
    assertThat(noYear.value()).isEqualTo("XXXX-12-23");
    assertThat(noYear.resolved()).isFalse();
  }

  @Test
  void aReferenceWithoutItsYearKeepsTheYearUnknown() {
    ReferenceDate christmasEve = ReferenceDate.parse("XXXX-12-24");
    Timex t = only("Le président est arrivé hier à Moscou.", christmasEve);
    assertThat(t.value()).isEqualTo("XXXX-12-23");
    assertThat(t.resolved()).isFalse();
    assertThat(only("Les combats ont repris mardi.", christmasEve).value()).isEqualTo("XXXX-WXX-2");
  }

  @Test
  void aMonthReferenceResolvesYearsAndMonthsButNotDays() {
    ReferenceDate february = ReferenceDate.parse("2020-02");
    assertThat(only("Les exportations ont baissé cette année.", february).value()).isEqualTo("2020");
    assertThat(only("Les exportations ont baissé le mois dernier.", february).value()).isEqualTo("2020-01");
    Timex hier = only("Il est arrivé hier.", february);
    assertThat(hier.resolved()).isFalse();
  }

  @Test
  void absoluteDates() {
    value("Istanbul, 6 fév 2020 (AFP) - Le chef de la diplomatie a parlé.", "6 fév 2020", "2020-02-06", THU_2020_02_06);
    value("Une délégation s'est rendue à Moscou le 24 décembre.", "le 24 décembre", "2019-12-24", THU_2020_02_06);
    value("Le cessez-le-feu entrera en vigueur le 1er mars.", "le 1er mars", "2020-03-01", THU_2020_02_06);
    value("Les combats avaient repris en octobre 2019.", "octobre 2019", "2019-10", THU_2020_02_06);
    value("La guerre a commencé en 2011 et le pays a été divisé en 2018.", "2018", "2018", THU_2020_02_06);
    value("Communiqué daté du 2020-02-06.", "2020-02-06", "2020-02-06", THU_2020_02_06);
    value("Le sommet aura lieu le 05/03/2020 à Moscou.", "05/03/2020", "2020-03-05", THU_2020_02_06);
    assertThat(find("Les combats avaient repris en octobre 2019.", "octobre 2019", THU_2020_02_06).orElseThrow().precision()).isEqualTo(Precision.MONTH);
  }

  @Test
  void aDayWithoutItsYearIsPlacedByTheTense() {
    value("Le sommet se tiendra le 24 décembre.", "le 24 décembre", "2020-12-24", THU_2020_02_06);
    value("Le sommet s'est tenu le 24 décembre.", "le 24 décembre", "2019-12-24", THU_2020_02_06);
    value("Il a été élu le 6 mai dernier.", "le 6 mai dernier", "2019-05-06", THU_2020_02_06);
    // a weekday beside the day names the year: 1 June 1999 was a Tuesday
    value("En concert mardi 1er juin au Kursaal.", "mardi 1er juin", "1999-06-01", ReferenceDate.parse("1999-05-30"));
  }

  @Test
  void weekdaysFollowTheTenseOfTheirSentence() {
    value("Le président s'est entretenu mardi avec son homologue.", "mardi", "2020-02-04", THU_2020_02_06);
    value("Le président se rendra mardi à Moscou.", "mardi", "2020-02-11", THU_2020_02_06);
    value("Le ministre va signer mardi un accord.", "mardi", "2020-02-11", THU_2020_02_06);
    value("Le président a reçu jeudi son homologue.", "jeudi", "2020-02-06", THU_2020_02_06);
    value("Il sera opéré lundi prochain à Strasbourg.", "lundi prochain", "2020-02-10", THU_2020_02_06);
    value("Le Conseil a voté vendredi dernier.", "vendredi dernier", "2020-01-31", THU_2020_02_06);
    value("Les négociations ont commencé samedi.", "samedi", "2020-02-01", THU_2020_02_06);
  }

  @Test
  void aTenseCueCountsOnlyInItsOwnClause() {
    // "a été blessé" is past, but across "alors que"; the clause of "samedi" has no cue: the nearest Saturday
    value("Le joueur a été blessé, alors que son coéquipier est incertain pour samedi.", "samedi", "2020-02-08", THU_2020_02_06);
  }

  @Test
  void aMonthTakesTheYearNamedBeforeItInItsSentence() {
    value("Deux ruptures en 97 (en janvier et en octobre), rien en 98.", "janvier", "1997-01", ReferenceDate.parse("1999-07-29"));
    value("Deux ruptures en 97 (en janvier et en octobre), rien en 98.", "97", "1997", ReferenceDate.parse("1999-07-29"));
  }

  @Test
  void deicticDaysAndPartsOfTheDay() {
    value("Il est arrivé hier à Ankara.", "hier", "2020-02-05", THU_2020_02_06);
    value("Il est arrivé avant-hier à Ankara.", "avant-hier", "2020-02-04", THU_2020_02_06);
    value("Il parle aujourd'hui à Ankara.", "aujourd'hui", "2020-02-06", THU_2020_02_06);
    value("Il parlera demain à Ankara.", "demain", "2020-02-07", THU_2020_02_06);
    Timex soir = find("Il est arrivé hier soir à Ankara.", "hier soir", THU_2020_02_06).orElseThrow();
    assertThat(soir.value()).isEqualTo("2020-02-05TEV");
    assertThat(soir.type()).isEqualTo(TimexType.TIME);
    assertThat(soir.precision()).isEqualTo(Precision.PART_OF_DAY);
    value("Le convoi est parti mardi matin.", "mardi matin", "2020-02-04TMO", THU_2020_02_06);
  }

  @Test
  void theNightBetweenTwoDaysIsTheNightOfTheFirst() {
    Timex t = find("Des explosions ont secoué la ville dans la nuit de samedi à dimanche.", "la nuit de samedi à dimanche", THU_2020_02_06).orElseThrow();
    assertThat(t.value()).isEqualTo("2020-02-01TNI");
    assertThat(t.type()).isEqualTo(TimexType.TIME);
  }

  @Test
  void thisWeekendFollowsTheTense() {
    ReferenceDate tuesday = ReferenceDate.parse("2020-02-04");
    value("Le match a eu lieu ce week-end.", "ce week-end", "2020-W05-WE", tuesday);
    value("Il jouera ce week-end.", "ce week-end", "2020-W06-WE", tuesday);
  }

  @Test
  void relativeWeeksMonthsAndYears() {
    value("Les armées se sont tiré dessus la semaine dernière.", "la semaine dernière", "2020-W05", THU_2020_02_06);
    value("Un sommet est prévu le mois prochain.", "le mois prochain", "2020-03", THU_2020_02_06);
    value("Le commerce a baissé l'an dernier.", "l'an dernier", "2019", THU_2020_02_06);
    value("Le commerce a baissé l'année dernière.", "l'année dernière", "2019", THU_2020_02_06);
    value("Le commerce croîtra cette année.", "cette année", "2020", THU_2020_02_06);
    value("Le commerce a baissé cette semaine.", "cette semaine", "2020-W06", THU_2020_02_06);
    Timex ago = find("L'accord avait été signé il y a deux ans.", "il y a deux ans", THU_2020_02_06).orElseThrow();
    assertThat(ago.value()).isEqualTo("2018");
    assertThat(ago.precision()).isEqualTo(Precision.YEAR);
    value("Il est parti il y a trois jours.", "il y a trois jours", "2020-02-03", THU_2020_02_06);
    value("Il reviendra dans deux jours.", "dans deux jours", "2020-02-08", THU_2020_02_06);
    value("Les tensions se sont accrues début octobre.", "début octobre", "2019-10", THU_2020_02_06);
  }

  @Test
  void durations() {
    Timex weeks = find("Les combats durent depuis trois semaines.", "trois semaines", THU_2020_02_06).orElseThrow();
    assertThat(weeks.type()).isEqualTo(TimexType.DURATION);
    assertThat(weeks.value()).isEqualTo("P3W");
    assertThat(weeks.precision()).isEqualTo(Precision.WEEK);
    value("Un cessez-le-feu de 48 heures a été décrété.", "48 heures", "PT48H", THU_2020_02_06);
    value("Il a été retenu vingt-quatre heures.", "vingt-quatre heures", "PT24H", THU_2020_02_06);
    value("Le pays est en guerre depuis dix ans.", "dix ans", "P10Y", THU_2020_02_06);
    value("Il a été condamné à environ deux mois de prison.", "environ deux mois", "P2M", THU_2020_02_06);
    value("La situation s'est dégradée ces derniers jours.", "ces derniers jours", "PXD", THU_2020_02_06);
    value("Une trêve est attendue dans les prochaines 24 heures.", "les prochaines 24 heures", "PT24H", THU_2020_02_06);
    value("Les raids ont duré plusieurs jours.", "plusieurs jours", "PXD", THU_2020_02_06);
    value("Le conflit dure depuis un demi-siècle.", "un demi-siècle", "P50Y", THU_2020_02_06);
  }

  @Test
  void sinceAYearIsTheYearAsADate() {
    Timex t = only("La Syrie est en guerre depuis 2011.", THU_2020_02_06);
    assertThat(t.text()).isEqualTo("2011");
    assertThat(t.type()).isEqualTo(TimexType.DATE);
    assertThat(t.value()).isEqualTo("2011");
    assertThat(t.precision()).isEqualTo(Precision.YEAR);
  }

  @Test
  void recurrences() {
    value("Le conseil se réunit chaque année à Genève.", "chaque année", "P1Y", THU_2020_02_06);
    value("La bibliothèque ouvre tous les jeudis.", "tous les jeudis", "XXXX-WXX-4", THU_2020_02_06);
    Timex perYear = find("La population croît de 0,4 % par an.", "an", THU_2020_02_06).orElseThrow();
    assertThat(perYear.type()).isEqualTo(TimexType.SET);
  }

  @Test
  void clockTimesTakeTheDayNamedAroundThem() {
    value("Il est arrivé hier à 20 h 30 à Ankara.", "20 h 30", "2020-02-05T20:30", THU_2020_02_06);
    value("La réunion se tiendra vendredi 7 février, de 10 h à 12 h.", "10 h", "2020-02-07T10:00", THU_2020_02_06);
    value("Le convoi est parti à 14 heures.", "14 heures", "2020-02-06T14:00", THU_2020_02_06);
  }

  @Test
  void agesAndQuantitiesAreNotTimes() {
    assertThat(FR.tag("Florian Martin, 26 ans, a été blessé.", THU_2020_02_06)).isEmpty();
    assertThat(FR.tag("La jeune fille, âgée de 17 ans, a été libérée.", THU_2020_02_06)).isEmpty();
    assertThat(FR.tag("Une fillette de 6 ans a été secourue.", THU_2020_02_06)).isEmpty();
    assertThat(FR.tag("La ville compte 2 000 habitants et 1500 soldats.", THU_2020_02_06)).isEmpty();
    assertThat(FR.tag("Un jour, il reviendra.", THU_2020_02_06)).noneMatch(t -> t.type() == TimexType.DURATION);
  }

  @Test
  void presentAndPastReferences() {
    Timex now = only("Les diplomates doivent maintenant tenir compte du calendrier.", THU_2020_02_06);
    assertThat(now.value()).isEqualTo("PRESENT_REF");
    assertThat(now.precision()).isEqualTo(Precision.NONE);
    assertThat(now.resolved()).isTrue();
  }

  @Test
  void theCallersSentencesAreUsedForTense() {
    String text = "Il est arrivé lundi. Il repartira mardi.";
    List<TextSpan> sentences = List.of(new TextSpan(0, 20), new TextSpan(21, text.length()));
    List<Timex> found = FR.tag(text, sentences, THU_2020_02_06);
    assertThat(found).extracting(Timex::value).containsExactly("2020-02-03", "2020-02-11");
  }

  @Test
  void expressionsDoNotOverlapAndComeInTextOrder() {
    String text = "Hier soir, le 5 février 2020, puis la semaine dernière et depuis trois semaines, il y a deux ans.";
    List<Timex> found = FR.tag(text, THU_2020_02_06);
    for (int i = 1; i < found.size(); i++) assertThat(found.get(i).start()).isGreaterThanOrEqualTo(found.get(i - 1).end());
    for (Timex t : found) assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
  }
}
