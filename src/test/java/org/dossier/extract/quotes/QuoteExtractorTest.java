package org.dossier.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.analyse.Analysis;
import org.dossier.analyse.SharedFrenchAnalyzer;
import org.dossier.extract.entities.MentionExtractor;
import org.dossier.lang.Countries;
import org.dossier.lang.Organisations;
import org.junit.jupiter.api.Test;

/** One construction per test, each on a small French text. */
class QuoteExtractorTest {

  private static final MentionExtractor MENTIONS = new MentionExtractor(Countries.load(List.of("fr")), Organisations.load(List.of("fr")), org.dossier.lang.DataFile.words("fr", "honorifics.txt"), org.dossier.lang.RoleNouns.load("fr"), org.dossier.lang.DataFile.words("fr", "titled-people.txt"), org.dossier.lang.DataFile.words("fr", "first-names.tsv"), MentionExtractor.Words.load("fr"));
  private static final QuoteExtractor QUOTES = new QuoteExtractor("fr", org.dossier.config.Settings.defaults());

  private static List<FoundQuote> quotes(String text) {
    Analysis a = SharedFrenchAnalyzer.get().analyse(text);
    return QUOTES.extract(a, MENTIONS.extract(a).mentions());
  }

  /** As the pipeline reads a text: sentences with a cue or quotation marks parsed too. */
  private static List<FoundQuote> parsed(String text) {
    Analysis a = SharedFrenchAnalyzer.get().parse(SharedFrenchAnalyzer.get().analyse(text), s -> QUOTES.needsParse(text, s));
    return QUOTES.extract(a, MENTIONS.extract(a).mentions());
  }

  private static FoundQuote only(List<FoundQuote> quotes, boolean direct) {
    List<FoundQuote> of = quotes.stream().filter(q -> q.direct() == direct).toList();
    assertThat(of).hasSize(1);
    return of.get(0);
  }

  private static String speaker(FoundQuote q) {
    return q.speaker() == null ? null : q.speaker().name();
  }

  @Test
  void aPersonNamedAsASubjectSinceTheLastSpeakerIsTheNextPronoun() {
    // The full name, which gives his gender, is only inside the journalist's words.
    List<FoundQuote> qs = parsed("« Avec Jean-Claude Dassier aux manettes, tout va changer », nous explique un journaliste.\n\n"
        + "L'entretien que Dassier a accordé au Figaro a fait du bruit.\n\n"
        + "Assurant qu'« il n'y aura pas de licenciements », il a qualifié de « rumeur » le départ annoncé.");
    assertThat(qs).filteredOn(q -> q.text().equals("rumeur")).singleElement().extracting(QuoteExtractorTest::speaker).isEqualTo("Dassier");
    // A relative's subject after its verb.
    List<FoundQuote> review = parsed("Dans L'Union, Hervé Chabaud juge qu'« aller trop loin » serait « une barbarie ».\n\n"
        + "C'est la solution que retient également Bernard Revel, dans L'Indépendant du Midi.\n\n"
        + "« Transgresser » la loi permettrait selon lui de sortir « de l'impasse ».");
    assertThat(review).filteredOn(q -> q.text().equals("de l'impasse")).singleElement().extracting(QuoteExtractorTest::speaker).isEqualTo("Bernard Revel");
  }

  @Test
  void aPluralPronounIsTheGroupASentenceBeforeOpensWithNotTheOutletHeardLast() {
    List<FoundQuote> qs = parsed("Plus de 300 médecins ont adressé lundi une lettre au ministre, révèle Le Parisien.\n\n"
        + "Selon le quotidien, il s'agit surtout de chefs de service.\n\n"
        + "Dans leur lettre, ils dénoncent « une réforme bâclée ».");
    assertThat(qs).filteredOn(q -> q.text().equals("une réforme bâclée")).singleElement().extracting(QuoteExtractorTest::speaker).isEqualTo("Plus de 300 médecins");
    // A lead's "ils" before anyone is heard: the group the body opens with.
    List<FoundQuote> lead = parsed("Ils y dénoncent « une réforme bâclée ».\n\n"
        + "Plus de 300 médecins ont adressé lundi une lettre au ministre, révèle Le Parisien.");
    assertThat(lead).filteredOn(q -> q.text().equals("une réforme bâclée")).singleElement().extracting(QuoteExtractorTest::speaker).isEqualTo("Plus de 300 médecins");
    // The pronoun's own sentence, with a comma the writer put before the verb.
    List<FoundQuote> own = parsed("« Nous ne sabotons pas les Jeux », a affirmé le porte-parole Thubten Samphel.\n\n"
        + "Les partisans du Dalaï Lama, revendiquent la fin de la répression mais ils craignent que le dialogue ne soit qu'une opération de communication.");
    assertThat(own).filteredOn(q -> q.text().startsWith("le dialogue")).singleElement().extracting(QuoteExtractorTest::speaker).isEqualTo("Les partisans du Dalaï Lama");
    // Past a short phrase set off before the group: "En contrepartie, les banques devront".
    List<FoundQuote> fronted = parsed("En contrepartie, les banques devront signer une convention qui fera, selon le premier ministre, « l'objet d'un suivi ».\n\n"
        + "De plus, elles s'engagent à respecter des principes de gouvernance.");
    assertThat(fronted).filteredOn(q -> q.text().startsWith("respecter")).singleElement().extracting(QuoteExtractorTest::speaker).isEqualTo("les banques");
  }

  @Test
  void aSubordinateClauseAfterTheMainVerbHasItsOwnSubject() {
    FoundQuote q = only(parsed("Des émeutes avaient éclaté en 2003 après qu'une chanteuse eut laissé entendre que la statue appartenait à son pays."), false);
    assertThat(q.text()).isEqualTo("la statue appartenait à son pays");
    assertThat(q.cue()).isEqualTo("eut laissé entendre");
    assertThat(speaker(q)).isEqualTo("une chanteuse");
  }

  @Test
  void reportedContentEndsBeforeAGerundClause() {
    List<FoundQuote> qs = parsed("Les deux ministres ont réaffirmé vouloir régler ce conflit pacifiquement, tout en soulignant que le différend était ancien.");
    assertThat(qs).extracting(FoundQuote::text).containsExactly("vouloir régler ce conflit pacifiquement", "le différend était ancien");
  }

  @Test
  void aVerbWithItsOwnContentAfterAQuoteIsNoIncise() {
    List<FoundQuote> qs = parsed("Après son départ, la CFTC, estimant que « le présentateur aurait mérité plus d'égards », a fait savoir qu'elle « sera très vigilante ».");
    assertThat(qs).extracting(FoundQuote::text).containsExactly("le présentateur aurait mérité plus d'égards", "sera très vigilante");
    assertThat(qs).allMatch(FoundQuote::direct).extracting(QuoteExtractorTest::speaker).containsOnly("CFTC");
    // "de" after an incise is no content of its own.
    FoundQuote side = only(parsed("« Le retrait ne pourra se faire que si le gouvernement l'approuve », a déclaré de son côté le ministre thaïlandais des Affaires étrangères Tej Bunnag."), true);
    assertThat(speaker(side)).endsWith("Tej Bunnag");
  }

  @Test
  void guillemetsWithAnInvertedSubject() {
    FoundQuote q = only(quotes("« Il est hors de question de reculer », a averti M. Kalin lors d'une conférence de presse."), true);
    assertThat(q.text()).isEqualTo("Il est hors de question de reculer");
    assertThat(q.cue()).isEqualTo("a averti");
    assertThat(speaker(q)).isEqualTo("M. Kalin");
  }

  @Test
  void curlyAndStraightMarksAndNesting() {
    FoundQuote curly = only(quotes("“Nous refusons ce « plan » russe”, a déclaré Ibrahim Kalin mardi."), true);
    assertThat(curly.text()).isEqualTo("Nous refusons ce « plan » russe");
    assertThat(speaker(curly)).isEqualTo("Ibrahim Kalin");
    FoundQuote straight = only(quotes("\"Nous ne reculerons pas devant la Russie\", a souligné Mevlut Cavusoglu."), true);
    assertThat(speaker(straight)).isEqualTo("Mevlut Cavusoglu");
  }

  @Test
  void invertedPronounTakesTheLastSpeaker() {
    List<FoundQuote> qs =
        quotes("« Ces bombardements doivent cesser », a déclaré le porte-parole turc, Ibrahim Kalin. « Nous attendons des efforts de Moscou », a-t-il ajouté.");
    assertThat(qs).filteredOn(FoundQuote::direct).extracting(QuoteExtractorTest::speaker).containsExactly("Ibrahim Kalin", "Ibrahim Kalin");
    assertThat(qs.get(1).cue()).isEqualTo("a-t-il ajouté");
  }

  @Test
  void appositionNamesTheSpeakerNotThePersonInTheRole() {
    FoundQuote q = only(quotes("« Aucun résultat n'est sorti des négociations », a dit le porte-parole du président Recep Tayyip Erdogan, Ibrahim Kalin, à Ankara."), true);
    assertThat(speaker(q)).isEqualTo("Ibrahim Kalin");
  }

  @Test
  void multiSentenceQuoteAndContinuationIntoTheNextParagraph() {
    String text = "« La Russie n'est pas notre cible. Notre objectif est de mettre fin aux combats.\n\n« Nous le dirons à Moscou », a déclaré Mevlut Cavusoglu.";
    FoundQuote q = only(quotes(text), true);
    assertThat(q.text()).startsWith("La Russie n'est pas notre cible. Notre objectif").endsWith("Nous le dirons à Moscou");
    assertThat(speaker(q)).isEqualTo("Mevlut Cavusoglu");
  }

  @Test
  void partialQuoteInsideReportedSpeech() {
    List<FoundQuote> qs = quotes("Il a aussi dit que la Turquie riposterait \"avec la plus grande fermeté\" à toute attaque, selon l'agence. Mevlut Cavusoglu l'a confirmé.");
    FoundQuote partial = only(qs, true);
    assertThat(partial.text()).isEqualTo("avec la plus grande fermeté");
    assertThat(partial.cue()).isEqualTo("a aussi dit");
  }

  @Test
  void colonIntroduction() {
    FoundQuote q = only(quotes("Jens Stoltenberg a déclaré : « L'OTAN soutient la Turquie dans cette crise »."), true);
    assertThat(speaker(q)).isEqualTo("Jens Stoltenberg");
  }

  @Test
  void selonIntroducesItsSpeaker() {
    FoundQuote q = only(quotes("Selon M. Cavusoglu, une rencontre entre les présidents pourrait avoir lieu « si besoin »."), true);
    assertThat(speaker(q)).isEqualTo("M. Cavusoglu");
    FoundQuote reported = only(quotes("Selon l'Observatoire syrien des droits de l'Homme, une ONG, les militaires turcs ont bombardé les forces du régime."), false);
    assertThat(reported.text()).isEqualTo("les militaires turcs ont bombardé les forces du régime");
    assertThat(speaker(reported)).contains("Observatoire syrien des droits de l'Homme");
  }

  @Test
  void collectiveSpeakers() {
    FoundQuote kremlin = only(quotes("Les deux dirigeants « ont souligné l'importance des accords », a indiqué le Kremlin."), true);
    assertThat(speaker(kremlin)).isEqualTo("le Kremlin");
    FoundQuote presidency = only(quotes("Les discussions n'ont rien produit de \"satisfaisant\" pour le moment, a déclaré mardi la présidence turque."), true);
    assertThat(speaker(presidency)).isEqualTo("la présidence turque");
  }

  @Test
  void indirectSpeechWithQueDeAndA() {
    FoundQuote que = only(quotes("Ibrahim Kalin a indiqué que les discussions allaient continuer."), false);
    assertThat(que.text()).isEqualTo("les discussions allaient continuer");
    assertThat(speaker(que)).isEqualTo("Ibrahim Kalin");
    FoundQuote de = only(quotes("Recep Tayyip Erdogan a accusé la Russie de prendre part au massacre de civils."), false);
    assertThat(de.text()).isEqualTo("prendre part au massacre de civils");
    FoundQuote a = only(quotes("Le secrétaire général de l'OTAN, Jens Stoltenberg, a exhorté le régime d'Assad et la Russie à cesser leurs attaques."), false);
    assertThat(a.text()).isEqualTo("cesser leurs attaques");
    assertThat(speaker(a)).isEqualTo("Jens Stoltenberg");
  }

  @Test
  void reportedClauseFollowedByAnIncise() {
    FoundQuote q = only(quotes("Ankara ne respecte pas les accords russo-turcs sur Idleb, a accusé mercredi le porte-parole du Kremlin, Dmitri Peskov."), false);
    assertThat(q.text()).isEqualTo("Ankara ne respecte pas les accords russo-turcs sur Idleb");
    assertThat(speaker(q)).isEqualTo("Dmitri Peskov");
  }

  @Test
  void ceDernierIsThePersonNamedLastNotTheLastSpeaker() {
    List<FoundQuote> qs =
        quotes("« Nous attendons des excuses », a déclaré Ibrahim Kalin. La banque a licencié Jean-Pierre Mustier. Ce dernier a affirmé que rien n'avait été caché.");
    assertThat(only(qs, false).speaker().name()).isEqualTo("Jean-Pierre Mustier");
  }

  @Test
  void aRelativeAfterABodyCompletingAPersonsTitleIsThePersons() {
    FoundQuote q = only(quotes("À commencer par Frédéric Oudéa, patron de la Société générale qui affirmait, le 14 octobre dans le Figaro : « Nous n'avons pas besoin d'utiliser le guichet public. »"), true);
    assertThat(speaker(q)).isEqualTo("Frédéric Oudéa");
    FoundQuote body = only(quotes("Le rapport cite la Société générale qui affirmait : « Nous n'avons pas besoin d'utiliser le guichet public. »"), true);
    assertThat(speaker(body)).isEqualTo("Société générale");
    // Not across a long stretch: the title is no longer the person's apposition.
    FoundQuote far = only(quotes("Frédéric Oudéa, qui a longuement reçu hier soir dans ses bureaux parisiens le directeur général de la Société générale qui affirmait : « Nous n'avons pas besoin du guichet public. »"), true);
    assertThat(speaker(far)).isEqualTo("Société générale");
  }

  @Test
  void lIntéresséIsThePersonNamedLastThoughHisGenderIsUnknown() {
    List<FoundQuote> qs = quotes("« Nous sommes près d'un accord », a déclaré Benoît Hamon. Pourquoi pas Harlem Désir ? L'intéressé dément : « Je ne suis pas candidat. »");
    assertThat(qs).filteredOn(FoundQuote::direct).extracting(QuoteExtractorTest::speaker).containsExactly("Benoît Hamon", "Harlem Désir");
  }

  @Test
  void aSentenceThatOnlyDescribesThePersonAgainLeavesThemThePronoun() {
    List<FoundQuote> qs = parsed("« Ça change toutes les cinq minutes », plaisante un responsable.\n\n"
        + "Ségolène Royal, quant à elle, attend désormais les réactions de ses adversaires.\n\n"
        + "Gonflé à bloc, Benoît Hamon est le premier à réagir à l'intervention de Ségolène Royal.\n\n"
        + "Le leader de l'aile gauche n'a pas été convaincu.\n\n"
        + "« Tout cela est parfaitement illusoire », lance-t-il au micro de RTL.\n\n"
        + "Candidat déclaré au poste de premier secrétaire, il est catégorique : « Nous sommes près d'un accord. »");
    assertThat(qs).filteredOn(FoundQuote::direct).extracting(QuoteExtractorTest::speaker).containsExactly("un responsable", "Benoît Hamon", "Benoît Hamon");
    // "déclaré" after its noun describes the candidate; it is no cue.
    assertThat(qs).filteredOn(q -> q.text().startsWith("Nous sommes")).singleElement().extracting(FoundQuote::cue).isNull();
  }

  @Test
  void aParticipleIsACueAfterItsAuxiliaryOrWithItsAgent() {
    FoundQuote denied = only(quotes("Les autorités locales thaïlandaises ont de leur côté nié que des soldats aient franchi la frontière."), false);
    assertThat(speaker(denied)).isEqualTo("Les autorités locales thaïlandaises");
    // An adverbial the cues do not list between them still leaves the participle its auxiliary.
    assertThat(quotes("Les autorités ont pour leur part nié que des soldats aient franchi la frontière.")).hasSize(1);
    FoundQuote answered = only(quotes("« Je te fais confiance », a d'abord répondu Nicolas Sarkozy à son ministre."), true);
    assertThat(speaker(answered)).isEqualTo("Nicolas Sarkozy");
    assertThat(quotes("Le président a dévoilé hier un plan qualifié par son gouvernement de « très puissant » en vue de combattre la crise."))
        .filteredOn(q -> q.text().equals("très puissant")).singleElement().extracting(FoundQuote::cue).isEqualTo("qualifié");
  }

  @Test
  void anInciseInsideReportedContentConfirmsItsSpeaker() {
    List<FoundQuote> found = quotes("Nicolas Sarkozy avait expliqué qu'il ne rencontrerait pas le chef spirituel tibétain car ce dernier n'avait pas souhaité, a-t-il affirmé, un tel entretien.");
    assertThat(found).noneMatch(q -> q.text().contains("avait expliqué"));
    assertThat(speaker(only(found, false))).isEqualTo("Nicolas Sarkozy");
    // An incise that ends the sentence reports all of it.
    List<FoundQuote> added = quotes("Le préfet Jean Martin a reçu les élus lundi. Les manifestants ont promis qu'ils reviendraient samedi, a-t-il ajouté.");
    assertThat(added).anyMatch(q -> q.text().startsWith("Les manifestants ont promis"));
    // "a-t-on appris de source proche du dossier" speaks for the whole sentence.
    List<FoundQuote> learnt = quotes("Les perquisitions visaient les fichiers du jeune trader, mis en cause par la banque, qui l'accuse de fraude, a-t-on appris de source proche du dossier.");
    assertThat(learnt).anyMatch(q -> q.text().startsWith("Les perquisitions") && "source proche du dossier".equals(speaker(q)));
  }

  @Test
  void aRoleTitleAfterAnOpeningPhraseIsTheNamesNotItsApposition() {
    FoundQuote q = only(quotes("À l'issue de la rencontre, le président de la FBF Georges Pauget, également directeur général du Crédit agricole, s'est déclaré satisfait : « Les mesures répondent aux besoins des banques. »"), true);
    assertThat(speaker(q)).isEqualTo("Georges Pauget");
    // A body completing the title is not the name: "le gouverneur de la Banque de France, Christian Noyer,".
    FoundQuote governor = only(quotes("Soucieux de ne pas renforcer l'inquiétude des marchés, le gouverneur de la Banque de France, Christian Noyer, également présent, a souligné que ces six banques n'avaient « absolument pas besoin de fonds propres »."), true);
    assertThat(speaker(governor)).isEqualTo("Christian Noyer");
  }

  @Test
  void aPassivesAgentIsItsSpeaker() {
    FoundQuote after = only(quotes("La mise en place du fichier, qualifié d'« embastillement électronique » par l'avocat Michel Pezet dans une tribune, a été contestée."), true);
    assertThat(speaker(after)).isEqualTo("Michel Pezet");
    FoundQuote before = only(quotes("Le président a dévoilé hier un plan qualifié par son gouvernement de « très puissant » en vue de combattre la crise."), true);
    assertThat(speaker(before)).isEqualTo("son gouvernement");
    FoundQuote bare = only(quotes("L'opposition veut torpiller le projet gouvernemental jugé « liberticide » par le député Verts Noël Mamère, notamment parce qu'il prévoit des nominations."), true);
    assertThat(speaker(bare)).isEqualTo("Noël Mamère");
    FoundQuote auxiliary = only(quotes("Le plan a été qualifié de « désastre » par le ministre Jean Dupont."), true);
    assertThat(speaker(auxiliary)).contains("Jean Dupont");
    // Not another participle's agent, past a comma: Act-Up's words are not Michel Pezet's.
    List<FoundQuote> two = quotes("Le fichier, qualifié d'« embastillement électronique » par l'avocat Michel Pezet dans une tribune, a été condamné par Act-Up comme une « atteinte aux libertés ».");
    assertThat(two).filteredOn(q -> q.text().equals("atteinte aux libertés")).singleElement().satisfies(q -> assertThat(speaker(q)).isNotEqualTo("Michel Pezet"));
    // Each quote its own agent: "qualifié d'« A » par X et de « B » par Y".
    List<FoundQuote> both = quotes("Le fichier, qualifié d'« embastillement électronique » par l'avocat Michel Pezet et de « honte » par le député Noël Mamère, inquiète.");
    assertThat(both).filteredOn(q -> q.text().equals("honte")).singleElement().satisfies(q -> assertThat(speaker(q)).contains("Noël Mamère"));
    // Not a "par" that brings in no agent, nor an agent before a quote it does not bring in, nor an indirect report.
    assertThat(speaker(only(quotes("Le projet, jugé « prioritaire » par le passé, a été abandonné."), true))).isNull();
    assertThat(speaker(only(quotes("Le projet critiqué par les syndicats prévoit « une hausse massive de la TVA » dès janvier."), true))).doesNotContain("syndicats");
    assertThat(quotes("Le ministre a été averti par ses services que la situation devenait grave.")).isEmpty();
    // A passive with no agent names nobody: its subject is what the verb was done to.
    assertThat(quotes("Lorsqu'il a été confié à la police, le dossier était « vide ».")).isEmpty();
  }

  @Test
  void aParticipleThatIsAlsoThePresentIsACueAfterItsNoun() {
    FoundQuote said = only(quotes("Le ministre dit que la réforme est prête."), false);
    assertThat(speaker(said)).isEqualTo("Le ministre");
  }

  @Test
  void aBodyOrANameOpeningTheSentenceBeforeIsNoDescriptionOfThePersonBefore() {
    FoundQuote q = only(parsed("« Nous sommes prêts », a déclaré un responsable. Jacques Rogge est arrivé à Pékin. Le CIO a fait état de sa neutralité. Il a estimé que les Jeux continueraient."), false);
    assertThat(speaker(q)).isEqualTo("CIO");
    FoundQuote body = only(parsed("« Nous sommes prêts », a déclaré un responsable. Jacques Rogge est arrivé à Pékin. Le comité a rendu son avis. Il a estimé que les Jeux continueraient."), false);
    assertThat(speaker(body)).isNotEqualTo("Jacques Rogge");
    List<FoundQuote> group = parsed("Plus de 500 magistrats, réunis à Paris, ont signé une pétition. Ils dénoncent « une réforme bâclée ».");
    assertThat(group).filteredOn(FoundQuote::direct).singleElement().extracting(QuoteExtractorTest::speaker).isEqualTo("Plus de 500 magistrats");
  }

  @Test
  void aNameAfterSelonXAndItsCommaIsTheClausesSubjectNotXsName() {
    FoundQuote q = only(quotes("Selon la banque, Kerviel « interprète abusivement des imprécisions de vocabulaire »."), true);
    assertThat(speaker(q)).isEqualTo("la banque");
    FoundQuote named = only(quotes("« Nous restons prudents », a déclaré le porte-parole de la banque, Jean Dupont."), true);
    assertThat(speaker(named)).isEqualTo("Jean Dupont");
    // A closing mark after the name ends an incise inside the quote; the name is the speaker's.
    List<FoundQuote> incise = quotes("« Il a toujours respecté la loi, a dit son avocat, Me Jean Dupont. Il le prouvera ».");
    assertThat(incise).extracting(QuoteExtractorTest::speaker).containsOnly("Me Jean Dupont");
  }

  @Test
  void aTermInMarksThatNamesTheSpeakerIsNoQuote() {
    List<FoundQuote> qs = parsed("La femme a été mise en examen. Quant aux faits, la « mère » se défend en évoquant une adoption validée par un magistrat algérien.");
    assertThat(qs).noneMatch(q -> q.text().equals("mère"));
    assertThat(qs).extracting(QuoteExtractorTest::speaker).allMatch(name -> name == null || !name.contains("«"));
    // Marks inside a speaker's words are dropped, the words kept apart.
    assertThat(new SpeakerSpan("un \"rappel à l'ordre\" rarissime", 0, 1).name()).isEqualTo("un rappel à l'ordre rarissime");
  }

  @Test
  void aQuoteWithoutCueBelongsToThePersonItsSentenceOpensWith() {
    List<FoundQuote> qs =
        quotes("« Nous ne dirons rien », a déclaré Ibrahim Kalin. Me Cécile Bernaille a pointé la responsabilité de la banque : « Dans une banque, un directeur des risques surveille tout ».");
    assertThat(qs).filteredOn(FoundQuote::direct).extracting(QuoteExtractorTest::speaker).containsExactly("Ibrahim Kalin", "Cécile Bernaille");
  }

  @Test
  void quotedTermsAreNotQuotes() {
    assertThat(quotes("Ankara avait conclu un accord pour une \"zone démilitarisée\" sous contrôle russo-turc dans cette région.")).isEmpty();
    assertThat(quotes("Ankara s'attend à des «efforts» de Moscou dans la région.")).isEmpty();
  }

  @Test
  void interfaceTextInGuillemetsIsNotAQuote() {
    assertThat(quotes("Vous pouvez modifier vos choix via la rubrique «Paramétrer vos choix».")).isEmpty();
  }

  @Test
  void selonAndAStressedPronounIsTheLastSpeakerAndWholeMarksAreOneDirectQuote() {
    List<FoundQuote> qs = quotes("Martine Aubry a dénoncé jeudi la politique du gouvernement. Selon elle, « l'urgence exige un changement radical de cap économique ».");
    List<FoundQuote> urgence = qs.stream().filter(q -> q.text().contains("l'urgence")).toList();
    assertThat(urgence).hasSize(1);
    assertThat(urgence.get(0).direct()).isTrue();
    assertThat(speaker(urgence.get(0))).isEqualTo("Martine Aubry");
  }

  @Test
  void aTitleBeforeTheNameIsNotTheSpeaker() {
    FoundQuote q = only(quotes("« J'ai noté avec une immense tristesse que les crustacés n'étaient pas dans vos propositions », a souligné la ministre de la Culture Christine Albanel."), true);
    assertThat(speaker(q)).endsWith("Christine Albanel");
  }

  @Test
  void aPersonTheModelRunsIntoTheAgencyBeforeHimStillSpeaks() {
    FoundQuote q = only(quotes("\"Rien ne sera fait pour abréger les souffrances de ceux qui réclament de mourir\", a souligné à l'AFP M. Romero."), true);
    assertThat(speaker(q)).isEqualTo("M. Romero");
  }

  @Test
  void aDateAStationOrAnOccasionBeforeTheInvertedSubject() {
    FoundQuote royal = only(quotes("\"C'est vrai que j'en ai envie\", a déclaré mercredi 12 novembre sur TF1 Ségolène Royal, forte du score de sa motion."), true);
    assertThat(speaker(royal)).isEqualTo("Ségolène Royal");
    FoundQuote dati = only(quotes("\"L'assistance peut tourner à la provocation\", remarquait d'ailleurs lors de son audition la garde des Sceaux Rachida Dati."), true);
    assertThat(speaker(dati)).endsWith("Rachida Dati");
  }

  @Test
  void celuiCiWithAnObjectPronounBeforeTheCue() {
    List<FoundQuote> qs = quotes("Jérôme Kerviel a été entendu. Il ajoute qu'il avait présenté ce résultat à Alain Deklerk, l'un de ses supérieurs. Celui-ci l'aurait toutefois mis en garde, l'avertissant que ce bénéfice ne compterait pas dans le calcul de son bonus.");
    FoundQuote q = qs.stream().filter(x -> x.text().contains("bonus")).findFirst().orElseThrow();
    assertThat(speaker(q)).isEqualTo("Alain Deklerk");
  }

  @Test
  void aBlogBetweenTheCueAndItsContent() {
    FoundQuote q = only(quotes("François Hollande a estimé samedi sur son blog qu'elle devait proposer un nom pour la tête du parti."), false);
    assertThat(q.text()).isEqualTo("elle devait proposer un nom pour la tête du parti");
    assertThat(speaker(q)).isEqualTo("François Hollande");
  }

  @Test
  void anAdverbInsideTheIncise() {
    List<FoundQuote> qs = quotes("Jérôme Kerviel a parlé aux juges. \"J'ai vite été entraîné dans une spirale\", a-t-il notamment expliqué aux policiers.");
    FoundQuote q = only(qs, true);
    assertThat(q.cue()).isEqualTo("a-t-il notamment expliqué");
    assertThat(speaker(q)).isEqualTo("Jérôme Kerviel");
  }

  @Test
  void aGerundInciseIsTheMainClauseSpeaker() {
    List<FoundQuote> qs =
        quotes("Martine Aubry a parlé. Elle a appelé à un \"renouveau\" du parti, dont elle a affirmé : \"nous le devons aux militants\", évoquant notamment \"des équipes aux couleurs de la France\".");
    assertThat(qs).filteredOn(FoundQuote::direct).extracting(QuoteExtractorTest::speaker).containsOnly("Martine Aubry");
  }

  @Test
  void anInciseAfterAClauseThatPartlyQuotesReportsTheWholeClause() {
    List<FoundQuote> qs = quotes("\"Cette dérive dans la gestion\" n'a pas été perçue à temps \"du fait d'alertes ignorées\", soulignait l'Inspection générale.");
    FoundQuote clause = only(qs, false);
    assertThat(clause.text()).isEqualTo("\"Cette dérive dans la gestion\" n'a pas été perçue à temps \"du fait d'alertes ignorées\"");
    assertThat(clause.cue()).isEqualTo("soulignait");
    assertThat(qs).filteredOn(FoundQuote::direct).hasSize(2);
  }

  @Test
  void aQuoteThatItselfReportsSpeechIsOneDirectQuote() {
    List<FoundQuote> qs = quotes("Le guérillero \"assure qu'à aucun moment il n'a trahi ses compagnons\", a indiqué son avocat.");
    assertThat(qs).extracting(FoundQuote::direct).containsExactly(true);
  }

  @Test
  void feminineIncisePronounSkipsTheManWhoSpokeLast() {
    List<FoundQuote> qs =
        quotes("« Nous étions levés depuis cinq heures », a raconté Ingrid Betancourt. Selon le ministre Juan Manuel Santos, l'armée avait infiltré les rebelles. « J'ai parlé avec le commandant Asprilla », a-t-elle dit.");
    assertThat(qs).filteredOn(FoundQuote::direct).extracting(QuoteExtractorTest::speaker).containsExactly("Ingrid Betancourt", "Ingrid Betancourt");
  }

  @Test
  void masculinePronounTakesTheManNamedSinceTheLastSpeaker() {
    List<FoundQuote> qs =
        quotes("« Ce sera un passage en force », a prévenu Ségolène Royal. Un chiffre contesté par le député Bruno Le Roux, qui siégeait à la commission. « Le vote s'est passé de façon incontestable », a-t-il assuré.");
    assertThat(qs).filteredOn(FoundQuote::direct).extracting(QuoteExtractorTest::speaker).containsExactly("Ségolène Royal", "Bruno Le Roux");
  }

  @Test
  void aBodyNamedWithItsFeminineDeterminerIsElle() {
    List<FoundQuote> qs =
        quotes("La Ligue des droits de l'Homme évoque une « surveillance généralisée des citoyens », qu'elle estime « incompatible avec l'état de droit ».");
    assertThat(qs).filteredOn(FoundQuote::direct).extracting(QuoteExtractorTest::speaker).allSatisfy(s -> assertThat(s).contains("Ligue des droits de l'Homme"));
  }

  @Test
  void aQuoteAfterAColonBelongsToTheTitledPersonOpeningTheSentence() {
    List<FoundQuote> qs =
        quotes("« Arrêtez de tuer au Tibet, arrêtez de tuer », a déclaré Jetsum Pema. Le président américain George Bush plaide pour la liberté à Pékin, en inaugurant l'ambassade : « Nous croyons fermement que les sociétés libres sont les plus prospères ».");
    assertThat(qs).filteredOn(FoundQuote::direct).extracting(QuoteExtractorTest::speaker).containsExactly("Jetsum Pema", "George Bush");
  }

  @Test
  void impersonalOnSpeaksFromWhereTheSentenceSays() {
    List<FoundQuote> qs =
        quotes("Rachida Dati a quitté Paris. Son cabinet continue à « tourner comme si de rien n'était », confie-t-on au ministère. « Nous pouvons parfaitement nous adapter », ajoute-t-on. « Elle a toujours voulu avoir un enfant », dit-on à l'Élysée.");
    assertThat(qs).filteredOn(FoundQuote::direct).extracting(QuoteExtractorTest::speaker).containsExactly("ministère", "ministère", "Élysée");
    FoundQuote camp = only(quotes("Côté aubrystes, on estime que la maire de Lille reste en tête du scrutin."), false);
    assertThat(speaker(camp)).isEqualTo("aubrystes");
    FoundQuote judicial = only(quotes("Le chef d'accusation concerne principalement la nourrice, a-t-on précisé de source judiciaire."), false);
    assertThat(speaker(judicial)).isEqualTo("source judiciaire");
    // The gerund after the source is its next act, not part of its name.
    List<FoundQuote> left = quotes("« Hamon est mieux placé qu'Aubry », explique-t-on à la gauche du PS en rappelant qu'à Lille, Martine Aubry a conclu un accord local.");
    assertThat(left).extracting(QuoteExtractorTest::speaker).containsOnly("gauche du PS");
  }

  @Test
  void impersonalOnWithoutASourceIsNobodyNotTheLastSpeaker() {
    List<FoundQuote> qs = quotes("« Nous resterons fermes », a déclaré Ibrahim Kalin. On dit à Ankara que « la patience a des limites ».");
    assertThat(qs).filteredOn(FoundQuote::direct).extracting(QuoteExtractorTest::speaker).containsExactly("Ibrahim Kalin", "Ankara");
    List<FoundQuote> bare = quotes("« Nous resterons fermes », a déclaré Ibrahim Kalin. On estime que « la patience turque a des limites ».");
    assertThat(bare).filteredOn(FoundQuote::direct).extracting(QuoteExtractorTest::speaker).containsExactly("Ibrahim Kalin", null);
  }

  @Test
  void anInciseInsideTheMarksCutsTheQuoteAndNamesItsSpeaker() {
    List<FoundQuote> qs = quotes("« Il aura vingt-deux mois, pas plus, confie un journaliste, comme son prédécesseur. »");
    assertThat(qs).filteredOn(FoundQuote::direct).extracting(FoundQuote::text).containsExactly("Il aura vingt-deux mois, pas plus", "comme son prédécesseur.");
    assertThat(qs).filteredOn(FoundQuote::direct).extracting(QuoteExtractorTest::speaker).containsExactly("un journaliste", "un journaliste");
    List<FoundQuote> pronoun = quotes("Ingrid Betancourt a raconté sa libération. « Nous étions levés depuis cinq heures, a-t-elle indiqué. Ils nous avaient demandé de ranger nos affaires. »");
    assertThat(pronoun).filteredOn(FoundQuote::direct).extracting(FoundQuote::text).containsExactly("Nous étions levés depuis cinq heures", "Ils nous avaient demandé de ranger nos affaires.");
    assertThat(pronoun).filteredOn(FoundQuote::direct).extracting(QuoteExtractorTest::speaker).containsExactly("Ingrid Betancourt", "Ingrid Betancourt");
  }

  @Test
  void anInciseBetweenDashesInsideTheMarksCutsTheQuoteToo() {
    List<FoundQuote> qs = quotes("Le ministre Jean Dupont a réagi. « Nous ne céderons pas — a ajouté le ministre — à la pression. »");
    assertThat(qs).filteredOn(FoundQuote::direct).extracting(FoundQuote::text).containsExactly("Nous ne céderons pas", "à la pression.");
    assertThat(qs).filteredOn(FoundQuote::direct).extracting(QuoteExtractorTest::speaker).containsExactly("le ministre", "le ministre");
    // A hyphen inside a word, or a dash with no cue after it, cuts nothing.
    assertThat(quotes("« C'est peut-être – disons – une erreur », a dit Paul Durand.")).filteredOn(FoundQuote::direct).extracting(FoundQuote::text).containsExactly("C'est peut-être – disons – une erreur");
  }

  @Test
  void aShortClauseBeforeAPostposedCueIsItsContent() {
    FoundQuote q = only(quotes("Soleimani préparait quatre attentats, affirme Donald Trump."), false);
    assertThat(q.text()).isEqualTo("Soleimani préparait quatre attentats");
    assertThat(speaker(q)).isEqualTo("Donald Trump");
    // Words with no verb before the cue are no clause: nothing is reported.
    assertThat(quotes("Dans ce contexte, estime Donald Trump.")).isEmpty();
  }

  @Test
  void aSurnameAloneRightAfterTheCueSpeaksThoughTheModelTakesItForAThing() {
    // In a headline the model tags "Hidalgo" MISC; right after "plaide" it is who pleads.
    List<FoundQuote> qs = quotes("Paris: il faut plus de six ans pour la « transformation » de Paris, plaide Hidalgo");
    assertThat(qs).extracting(QuoteExtractorTest::speaker).containsOnly("Hidalgo");
    assertThat(only(qs, true).text()).isEqualTo("transformation");
  }

  @Test
  void aHeadlineCreditsItsSourceInAFinalParenthesisOrAfterTheQuoteAndAColon() {
    FoundQuote credited = only(quotes("Réforme des retraites : « Hors de question d'envisager d'augmenter les cotisations » des entreprises (CAPEB)"), true);
    assertThat(speaker(credited)).isEqualTo("CAPEB");
    assertThat(credited.cue()).isNull();
    // A wire agency in that place signs the dispatch.
    assertThat(speaker(only(quotes("« Nous ne reculerons pas devant les menaces de quiconque » (AFP)"), true))).isNull();
    FoundQuote named = only(quotes("ENTRETIEN. « L'idée n'est pas de s'éclairer à la bougie » : Pierre, de la Convention citoyenne climat"), true);
    assertThat(speaker(named)).isEqualTo("Pierre");
  }

  @Test
  void aShortQuoteAColonHandsOverFromOnePersonIsTheirsNotATerm() {
    FoundQuote q = only(quotes("Boxe. Maxime Beaussire : « La marmite a explosé »"), true);
    assertThat(speaker(q)).isEqualTo("Maxime Beaussire");
    // With no one named before the colon, a short quote stays a term.
    assertThat(quotes("Un mot d'ordre : « dégagisme »")).isEmpty();
  }

  @Test
  void aPaperInMarksAfterSelonIsTheSourceNotAQuoteAndNeedsNoCommaEndingTheSentence() {
    FoundQuote q = only(quotes("Belle-Île citée parmi les 52 lieux à visiter en 2020 selon « The New York Times »"), false);
    assertThat(q.text()).isEqualTo("Belle-Île citée parmi les 52 lieux à visiter en 2020");
    assertThat(speaker(q)).contains("New York Times");
    // Not a source: "selon" and a noun phrase no name gives.
    assertThat(quotes("Les candidats ont été classés par ordre de mérite selon leur taille.")).isEmpty();
  }

  @Test
  void aCommaInsideAQuoteWithoutACueDoesNotCutIt() {
    FoundQuote q = only(quotes("« Nous sommes prêts, dans les prochains jours, à discuter avec Moscou », a déclaré Mevlut Cavusoglu."), true);
    assertThat(q.text()).isEqualTo("Nous sommes prêts, dans les prochains jours, à discuter avec Moscou");
  }

  @Test
  void anIndefiniteSpeakerIsTheNounPhraseNotTheLastPersonNamed() {
    List<FoundQuote> qs = quotes("Rachida Dati est revenue à Paris. Elle paraît avant tout « contente », affirment plusieurs sources qui l'ont côtoyée. « Elle n'est pas du genre à partir », glisse un proche.");
    assertThat(qs).filteredOn(FoundQuote::direct).extracting(QuoteExtractorTest::speaker).containsExactly("plusieurs sources", "un proche");
  }

  @Test
  void anInvertedPronounAfterAnImperfectOrAPronominalAuxiliary() {
    List<FoundQuote> qs =
        quotes("Le ministre Sompong Amornvivat avait affirmé que son gouvernement ne cèderait pas. \"Nous sommes dans notre pays\", avait-il déclaré. « Comment peuvent-ils penser cela ? » s'est-il indigné.");
    assertThat(qs).filteredOn(FoundQuote::direct).extracting(FoundQuote::cue).containsExactly("avait-il déclaré", "s'est-il indigné");
    assertThat(qs).filteredOn(FoundQuote::direct).extracting(QuoteExtractorTest::speaker).containsExactly("Sompong Amornvivat", "Sompong Amornvivat");
  }

  @Test
  void aCueAfterAnElidedObjectPronounKeepsItsSubject() {
    FoundQuote q = only(quotes("Patrick de Carolis était satisfait. Il l'a laissé entendre à la sortie du cocktail : « Nous allons travailler à un plan d'affaires. »"), true);
    assertThat(q.cue()).isEqualTo("a laissé entendre");
    assertThat(speaker(q)).isEqualTo("Patrick de Carolis");
  }

  @Test
  void aGerundAfterANonReportingVerbTakesItsClauseSubject() {
    FoundQuote q = only(quotes("Nicolas Sarkozy a parlé dimanche. Lundi, le premier ministre François Fillon a enfoncé le clou, indiquant que la réforme avait besoin d'explication."), false);
    assertThat(speaker(q)).isEqualTo("François Fillon");
  }

  @Test
  void aNameInAppositionAfterTheDescriptionsComplementSplitsTheQuote() {
    List<FoundQuote> qs = quotes("«Ce serait une erreur totale, argue le conseiller pour la communication du président, Franck Louvrier. Nous ne croyons pas à une contagion.»");
    assertThat(qs).extracting(FoundQuote::text).containsExactly("Ce serait une erreur totale", "Nous ne croyons pas à une contagion.");
    assertThat(qs).extracting(QuoteExtractorTest::speaker).containsExactly("Franck Louvrier", "Franck Louvrier");
  }

  @Test
  void aDescriptionAfterSelonStopsBeforeItsParticipleAndWhatASourceGaveNamesTheSource() {
    FoundQuote union = only(quotes("Selon un syndicaliste reçu par Nicolas Sarkozy avant son discours, la compensation s'élèverait à 800 millions d'euros par an."), false);
    assertThat(speaker(union)).isEqualTo("un syndicaliste");
    FoundQuote given = only(quotes("Selon les éléments fournis par le procureur de Marseille, la femme avait confié l'enfant à une amie."), false);
    assertThat(speaker(given)).isEqualTo("le procureur de Marseille");
  }

  @Test
  void anImpersonalOnSpeaksFromTheUnaccentedCapitalA() {
    FoundQuote q = only(quotes("A l'Elysée, on admet que le déficit atteindra au moins 3,9 % l'an prochain."), false);
    assertThat(speaker(q)).isEqualTo("Elysée");
  }

  @Test
  void aDeterminerAloneAfterAnInciseCueIsTheObjectNotTheSpeaker() {
    FoundQuote q = only(quotes("Marie-Hélène Heyte, substitut du procureur d'Agen, a évoqué les \"tirages d'oreilles mis en scène\" par la Chancellerie."), true);
    assertThat(speaker(q)).isEqualTo("Marie-Hélène Heyte");
  }

  @Test
  void pourOpeningASentenceNamesASpeakerOnlyWhenAPersonOrARoleFollows() {
    List<FoundQuote> named = quotes("Pour Christine Lagarde, \"l'Etat ne fait pas de cadeau aux banques\", et ces fonds injectés rapporteront.");
    assertThat(named).extracting(QuoteExtractorTest::speaker).containsOnly("Christine Lagarde");
    assertThat(named).extracting(FoundQuote::cue).containsOnly("Pour");
    assertThat(quotes("Pour la première fois, la banque a perdu de l'argent cette année, sans rien dire à ses clients.")).isEmpty();
  }

  @Test
  void pourAfterAnOpeningWordNamesASpeakerToo() {
    List<FoundQuote> found = quotes("M. Sarkozy a fait valoir jeudi qu'il ne s'agissait \"pas de dépenser plus\".\n\n"
        + "Aussi, pour l'économiste Thomas Piketty, cette relance relève de la \"manipulation comptable\".");
    FoundQuote q = found.stream().filter(f -> f.text().equals("manipulation comptable")).findFirst().orElseThrow();
    assertThat(speaker(q)).isEqualTo("Thomas Piketty");
    assertThat(q.cue()).isEqualTo("pour");
    // Inside a sentence, "pour" is a preposition: "il est venu pour lui" names nobody.
    assertThat(quotes("Le ministre, qui est venu pour Jean Dupont, a parlé d'une \"situation très grave pour tous les habitants\".")).extracting(FoundQuote::cue).doesNotContain("pour");
  }

  @Test
  void aPronounAfterASentenceOpenedByABodyIsThatBody() {
    List<FoundQuote> found = quotes("\"C'est grave\", a dit Jean Dupont.\n\nLe CIO a fait état de sa neutralité.\n\n"
        + "Il a estimé que \"son rôle n'était pas de contrôler les changements\".");
    FoundQuote q = found.stream().filter(f -> f.text().startsWith("son rôle")).findFirst().orElseThrow();
    assertThat(speaker(q)).isEqualTo("CIO");
    // A person in that sentence keeps the pronoun open to the people: "Le CIO a reçu Jean Dupont."
    List<FoundQuote> withPerson = quotes("\"C'est grave\", a dit Jean Dupont.\n\nLe CIO a reçu Paul Durand.\n\n"
        + "Il a estimé que \"son rôle n'était pas de contrôler les changements\".");
    assertThat(speaker(withPerson.stream().filter(f -> f.text().startsWith("son rôle")).findFirst().orElseThrow())).isNotEqualTo("CIO");
  }

  @Test
  void anHonorificInsideTheNameGivesItsGender() {
    // "M. Kouchner" is a man even when the model takes "M." into the name; "le dalaï lama" is not the nearer "il".
    List<FoundQuote> found = quotes("Carla Bruni a été reçue par le dalaï lama.\n\n"
        + "Tout aussi discret, M. Kouchner a simplement lancé à la presse qu'il avait dit au dalaï lama qu'il était \"toujours le bienvenu en France\".");
    assertThat(found).extracting(QuoteExtractorTest::speaker).contains("M. Kouchner").doesNotContain("dalaï lama");
  }

  @Test
  void aSentenceEndingInAnInciseAndAColonHandsOverToTheInciseSpeaker() {
    List<FoundQuote> found = quotes("\"C'est grave\", a dit Jean Dupont.\n\nPourquoi, alors, accepter une aide de l'Etat ?\n\n"
        + "Pour la bonne cause, répond une porte-parole :\n\n\"Il s'agit de financer l'économie réelle, qui est un peu bloquée.\"");
    FoundQuote q = found.stream().filter(f -> f.text().startsWith("Il s'agit")).findFirst().orElseThrow();
    assertThat(speaker(q)).isEqualTo("une porte-parole");
  }

  @Test
  void auMomentDeEndsTheSpeakersWords() {
    FoundQuote q = only(quotes("\"Pour qu'il y ait complicité, il faut une participation active\", avait expliqué une source judiciaire au moment de la garde à vue du courtier."), true);
    assertThat(speaker(q)).isEqualTo("une source judiciaire");
  }

  @Test
  void aTimeBetweenCommasAfterTheCueIsNotTheSpeaker() {
    FoundQuote q = only(quotes("«Venez chez nous !» a lancé, la semaine dernière, son patron, Patrick Werner."), true);
    assertThat(speaker(q)).isEqualTo("Patrick Werner");
  }

  @Test
  void aCueFormAfterAnArticleIsANoun() {
    List<FoundQuote> qs =
        quotes("Alors que la justice a rejeté la demande d'euthanasie de Chantal Sébire, le ministre Bernard Kouchner avait souligné mercredi qu'il fallait «permettre» à l'enseignante de mourir.");
    assertThat(qs).extracting(FoundQuote::cue).containsOnly("avait souligné");
    assertThat(qs).extracting(QuoteExtractorTest::speaker).containsOnly("Bernard Kouchner");
  }

  @Test
  void aRelativePronounAfterAnAppositionIsThePersonNamed() {
    List<FoundQuote> qs =
        quotes("Le congrès est \"un moment de résistance\", a lancé la secrétaire générale du SM, Hélène Franco, qui a notamment dénoncé \"l'acharnement déraisonné de la ministre de la Justice\".");
    assertThat(qs).filteredOn(q -> q.text().startsWith("l'acharnement")).extracting(QuoteExtractorTest::speaker).containsExactly("Hélène Franco");
  }

  @Test
  void aNameInQuotationMarksAfterAnArticleIsATitleThatSpeaks() {
    List<FoundQuote> qs = quotes("Le «Quotidien du Tibet», autre organe officiel, a estimé que «l'incident de Lhassa du 14 mars est une performance fomentée par la clique du dalaï-lama».");
    assertThat(qs).extracting(FoundQuote::text).noneMatch(t -> t.equals("Quotidien du Tibet"));
    assertThat(qs).extracting(QuoteExtractorTest::speaker).containsOnly("Le Quotidien du Tibet");
    assertThat(quotes("Le Spiegel et Trouw titrent «Victoire historique» ce matin.")).extracting(FoundQuote::text).contains("Victoire historique");
  }

  @Test
  void aCueFormAfterAPrepositionAndAnElidedArticleIsANoun() {
    FoundQuote q = only(quotes("Martine Aubry a réagi jeudi à l'annonce de la hausse du chômage en dénonçant la politique \"injuste et inefficace\" du président."), true);
    assertThat(q.cue()).isEqualTo("dénonçant");
    assertThat(speaker(q)).isEqualTo("Martine Aubry");
  }

  @Test
  void aSubjectEndsBeforeItsNegationAndObjectPronouns() {
    FoundQuote q = only(quotes("Les moines de Xiahe ne se réclament pourtant pas anti-chinois : \"avec les Chinois, nous n'avons pas de problème, mais c'est le gouvernement qui ne va pas\"."), true);
    assertThat(speaker(q)).isEqualTo("Les moines de Xiahe");
  }

  @Test
  void aGerundAfterAReportingVerbTakesThatVerbsSubject() {
    List<FoundQuote> qs =
        quotes("François Fillon a appelé au calme. Le patron de la CFDT, François Chérèque, avait également protesté lundi contre Edvige, estimant que ce fichier «ne devrait pas exister».");
    assertThat(qs).extracting(QuoteExtractorTest::speaker).containsOnly("François Chérèque");
  }

  @Test
  void aRoleBeforeAVerbGivesNoGenderToTheNameAfterIt() {
    List<FoundQuote> qs =
        quotes("Patrick Poivre d'Arvor a présenté son dernier journal. En conclusion, le présentateur vedette de la chaîne a cité Shakespeare. "
            + "\"Très modestement, je vous embrasse tous\", a-t-il dit.");
    assertThat(qs).filteredOn(q -> q.text().startsWith("Très")).extracting(QuoteExtractorTest::speaker).containsExactly("Patrick Poivre d'Arvor");
  }

  @Test
  void onlyARoleBeforeANameGivesItsGender() {
    List<FoundQuote> qs =
        quotes("Le patron de la CFDT, François Chérèque, a protesté contre le fichier Edvige. "
            + "«Je ne vois pas l'utilité d'un fichier où on indique les orientations sexuelles», a-t-il lancé.");
    assertThat(qs).filteredOn(FoundQuote::direct).extracting(QuoteExtractorTest::speaker).containsExactly("François Chérèque");
  }

  @Test
  void aNameInAPrepositionalPhraseIsNoSubject() {
    FoundQuote q = only(quotes("Bernard Quilfen, actuellement en stage à Gréoux-les-Bains avec l'équipe Cofidis regrette aussi que le Texan focalise l'attention des médias."), false);
    assertThat(speaker(q)).isEqualTo("Bernard Quilfen");
  }

  @Test
  void aColonAfterASentenceNamingOnePersonIntroducesTheirWords() {
    List<FoundQuote> qs =
        quotes(
            "\"Il ne représente pas l'avenir du cyclisme\", a dit Marc Madiot.\n\n"
                + "Pour un jeune coureur comme Guillaume Blot (23 ans), néo-pro chez Cofidis, la perspective de croiser le septuple vainqueur du Tour s'apparente à un privilège: \"ce n'était pas mon coureur préféré, mais c'est une chance de courir à côté de lui.\"");
    assertThat(qs).filteredOn(FoundQuote::direct).extracting(QuoteExtractorTest::speaker).containsExactly("Marc Madiot", "Guillaume Blot");
  }

  @Test
  void aParagraphInMarksAfterASentenceIntroducingSomeoneIsTheirs() {
    List<FoundQuote> qs =
        quotes(
            "\"Ce qui importe à Armstrong, c'est de faire parler de lui\", regrette Bernard Quilfen.\n\n"
                + "Certains anciens, à l'image de Stéphane Augé, restent eux aussi admiratifs du champion.\n\n"
                + "\"Je n'ai rien contre lui. Qu'est ce qu'on peut lui reprocher? D'avoir gagné sept Tours de France.\"");
    assertThat(qs).filteredOn(FoundQuote::direct).extracting(QuoteExtractorTest::speaker).containsExactly("Bernard Quilfen", "Stéphane Augé");
  }

  @Test
  void aTimeOfDayBetweenCueAndSubject() {
    FoundQuote q = only(quotes("Il y a eu \"tricherie\", a répété dans la matinée Manuel Valls, l'un des lieutenants de l'ex-candidate."), true);
    assertThat(speaker(q)).isEqualTo("Manuel Valls");
  }

  @Test
  void aPronounAfterABodyNamedWithAPluralComplementIsTheBody() {
    List<FoundQuote> qs = quotes("La Ligue des droits de l'Homme évoque un \"niveau de surveillance discriminatoire\", qu'elle estime \"incompatible avec l'état de droit\".");
    assertThat(qs).filteredOn(FoundQuote::direct).extracting(QuoteExtractorTest::speaker).containsOnly("Ligue des droits de l'Homme");
  }

  @Test
  void aLongAppositionWithoutItsClosingCommaStillFollowsTheName() {
    FoundQuote q = only(quotes("Nick Leeson, le trader britannique ayant causé la chute de la Barings dans les années 90 estime que le fraudeur présumé doit se sentir soulagé."), false);
    assertThat(speaker(q)).isEqualTo("Nick Leeson");
  }

  @Test
  void aParticipleThatQualifiesARoleIsPartOfTheSpeaker() {
    FoundQuote q = only(quotes("\"Le changement est arrivé en Amérique\", a déclaré le président élu lors de son premier discours."), true);
    assertThat(speaker(q)).isEqualTo("le président élu");
  }

  @Test
  void aCleftPronounIsThePersonJustNamed() {
    List<FoundQuote> qs =
        quotes(
            "\"Il n'est pas question de quitter le parti\", a affirmé François Hollande.\n\n"
                + "Le président de l'association n'est autre que l'avocat Jean-Pierre Mignard.\n\n"
                + "C'est lui qui a annoncé à la presse que Ségolène Royal réclamait un nouveau vote.");
    assertThat(only(qs, false).speaker().name()).isEqualTo("Jean-Pierre Mignard");
  }

  @Test
  void aSentenceEndingInAColonHandsOverToItsFirstPerson() {
    List<FoundQuote> qs =
        quotes(
            "\"Il n'est pas question de quitter le parti\", a affirmé Ségolène Royal.\n\n"
                + "Au bord d'un terrain de foot, François Hollande confiait son inquiétude à Jean-Paul Huchon:\n\n"
                + "\"Si tu la diabolises, elle va se présenter ailleurs. C'est de la folie.\"");
    assertThat(qs).filteredOn(FoundQuote::direct).extracting(QuoteExtractorTest::speaker).containsExactly("Ségolène Royal", "François Hollande");
  }

  @Test
  void aStressedPronounBetweenAuxiliaryAndVerb() {
    FoundQuote q = only(quotes("Du Québec, Nicolas Sarkozy a, lui, jugé que ce fiasco n'était pas acceptable."), false);
    assertThat(q.cue()).isEqualTo("a, lui, jugé");
    assertThat(speaker(q)).isEqualTo("Nicolas Sarkozy");
  }

  @Test
  void celuiCiIsThePersonNamedLast() {
    List<FoundQuote> qs =
        quotes(
            "\"La justice doit être sévère\", a dit Rachida Dati.\n\n"
                + "Nicolas Sarkozy avait visité le tribunal en 2006. Le 8 juin 2006, celui-ci avait reproché à cette juridiction de ne pas avoir prononcé une seule décision d'emprisonnement.");
    assertThat(only(qs, false).speaker().name()).isEqualTo("Nicolas Sarkozy");
  }

  @Test
  void aPromiseIsReportedOnlyStraightAfterTheVerb() {
    FoundQuote q = only(quotes("Le nouveau président a promis de retirer les soldats américains d'Irak dans un délai de seize mois."), false);
    assertThat(q.text()).isEqualTo("retirer les soldats américains d'Irak dans un délai de seize mois");
    assertThat(quotes("Il a promis l'annonce imminente de mesures pour relancer le secteur automobile.")).isEmpty();
  }

  @Test
  void aCommuniquéBetweenTheCueAndItsContent() {
    FoundQuote q = only(quotes("Natixis a démenti mercredi dans un communiqué avoir perdu un milliard d'euros en octobre."), false);
    assertThat(q.text()).startsWith("avoir perdu un milliard");
    assertThat(speaker(q)).isEqualTo("Natixis");
  }

  @Test
  void selonLaquelleReportsTheViewOfTheNounsHolder() {
    FoundQuote thesis = only(quotes("Des éléments nouveaux pourraient mettre à mal la thèse de la Société générale selon laquelle la fraude serait le fait d'un seul homme."), false);
    assertThat(thesis.text()).isEqualTo("la fraude serait le fait d'un seul homme");
    assertThat(speaker(thesis)).isEqualTo("Société générale");
    FoundQuote rumour = only(quotes("Il a démenti dans un communiqué la rumeur selon laquelle il pourrait être le père de l'enfant."), false);
    assertThat(rumour.text()).isEqualTo("il pourrait être le père de l'enfant");
    assertThat(rumour.speaker()).isNull();
  }

  @Test
  void selonInsideARelativeClauseReportsTheRestOfTheClause() {
    FoundQuote q = only(quotes("Corinne Lepage a déposé un recours contre le décret, qui, selon elle, porte atteinte aux libertés publiques."), false);
    assertThat(q.text()).isEqualTo("porte atteinte aux libertés publiques");
    assertThat(q.cue()).isEqualTo("selon");
  }

  @Test
  void selonAfterAConnective() {
    FoundQuote q = only(quotes("Toujours selon la police, un millier de personnes auraient été blessées."), false);
    assertThat(q.text()).isEqualTo("un millier de personnes auraient été blessées");
    assertThat(speaker(q)).isEqualTo("la police");
  }

  @Test
  void pourCeDernierWithAnAdverbBeforeTheContent() {
    FoundQuote q = only(quotes("Jean Leonetti s'oppose à Gaëtan Gorce. Pour ce dernier, en effet, le suicide assisté ne doit en aucun cas être autorisé."), false);
    assertThat(q.text()).isEqualTo("le suicide assisté ne doit en aucun cas être autorisé");
    assertThat(speaker(q)).isEqualTo("Gaëtan Gorce");
    assertThat(speaker(only(parsed("Pour l'ancien ministre de l'Intérieur, Charles Pasqua, la réforme est une erreur."), false))).isEqualTo("Charles Pasqua");
  }

  @Test
  void pourQuiHoldsTheViewOfTheSpeakerJustNamed() {
    List<FoundQuote> qs = quotes("\"Les équipes médicales se trouvent alors dans une situation très délicate\", estime le député, pour qui la transgression pourrait ne pas être poursuivie.");
    FoundQuote q = only(qs, false);
    assertThat(q.text()).isEqualTo("la transgression pourrait ne pas être poursuivie");
    assertThat(speaker(q)).isEqualTo("le député");
  }

  @Test
  void whatASpeakerSaidOfThemselves() {
    FoundQuote said = only(quotes("La ministre de la Justice s'est dite opposée ce jeudi à une législation autorisant cette pratique."), false);
    assertThat(said.text()).isEqualTo("opposée ce jeudi à une législation autorisant cette pratique");
    assertThat(speaker(said)).isEqualTo("ministre de la Justice");
    FoundQuote gerund = only(quotes("Le gouvernement thaïlandais a rejeté la responsabilité de l'incident tout en se déclarant prêt à évacuer ses ressortissants."), false);
    assertThat(gerund.text()).isEqualTo("prêt à évacuer ses ressortissants");
    assertThat(quotes("Ce qui se dit dans les couloirs du ministère est faux.")).isEmpty();
  }

  @Test
  void marksInsideWhatASpeakerSaidOfThemselvesAreTheirWords() {
    // Rule 3 of the gold guide: the report and the fragment in marks, same speaker and cue.
    List<FoundQuote> qs = quotes("La ministre Rachida Dati s'est dite prête à « aller jusqu'au bout » de la réforme.");
    assertThat(only(qs, false).text()).isEqualTo("prête à « aller jusqu'au bout » de la réforme");
    FoundQuote fragment = only(qs, true);
    assertThat(fragment.text()).isEqualTo("aller jusqu'au bout");
    assertThat(speaker(fragment)).isEqualTo("Rachida Dati");
    assertThat(fragment.cue()).isEqualTo("s'est dite");
    FoundQuote whole = only(quotes("La ministre Rachida Dati s'est dite « prête à aller jusqu'au bout »."), true);
    assertThat(whole.cue()).isEqualTo("s'est dite");
    assertThat(speaker(whole)).isEqualTo("Rachida Dati");
  }

  @Test
  void aCoordinatedCueEndsTheFirstContentAndSharesItsSubject() {
    List<FoundQuote> qs = quotes("François Fillon s'est déclaré favorable à un financement partiel du congé et a souhaité que les ministres agissent vite.");
    assertThat(qs).extracting(FoundQuote::text).containsExactly("favorable à un financement partiel du congé", "les ministres agissent vite");
    assertThat(qs).extracting(QuoteExtractorTest::speaker).containsExactly("François Fillon", "François Fillon");
  }

  @Test
  void aDescriptionWithAnAppositionIsTheSubject() {
    FoundQuote q = only(quotes("La jeune femme, poursuivie aussi pour faux en écriture, nie avoir falsifié l'acte de naissance."), false);
    assertThat(speaker(q)).isEqualTo("La jeune femme");
  }

  @Test
  void aPledgeNeedsItsPronoun() {
    FoundQuote q = only(quotes("Barack Obama s'est ainsi engagé à baisser les impôts pour 95% des ménages."), false);
    assertThat(q.text()).isEqualTo("baisser les impôts pour 95% des ménages");
    assertThat(speaker(q)).isEqualTo("Barack Obama");
    assertThat(quotes("Le but ultime, que ces Jeux constituent le point d'orgue d'une « émergence pacifique » engagée depuis trois décennies, est atteint.")).isEmpty();
  }

  @Test
  void aPronominalIncise() {
    FoundQuote q = only(quotes("« Nous avons gagné », se félicite le maire de la ville."), true);
    assertThat(q.cue()).isEqualTo("se félicite");
    assertThat(speaker(q)).isEqualTo("le maire de la ville");
  }

  @Test
  void aQuotedNounBeforeItsVerbIsNoIncise() {
    assertThat(quotes("Quant aux faits reprochés, la « mère » se défend devant le tribunal.")).isEmpty();
  }

  @Test
  void whomTheWordsWereForMaySitBeforeQue() {
    FoundQuote q = only(quotes("Contactée en début de semaine, Ingrid Betancourt a fait savoir à 20 Minutes que la date de sa visite restait à convenir."), false);
    assertThat(q.text()).isEqualTo("la date de sa visite restait à convenir");
    assertThat(speaker(q)).isEqualTo("Ingrid Betancourt");
  }

  @Test
  void aPulledSubheadingSpeaksAsTheQuoteItWasPulledFrom() {
    List<FoundQuote> qs =
        quotes(
            "« Nous irons jusqu'au bout », a déclaré Ségolène Royal.\n\n"
                + "\"Battre Nicolas Sarkozy en 2012\"\n\n"
                + "Au nom de cet objectif, Delphine Batho justifiait aussi sa volonté de discuter avec la gauche :\n\n"
                + "\"La question leur est posée: veulent-ils être partie prenante d'un dispositif pour battre Nicolas Sarkozy en 2012 ?\", a-t-elle ajouté.");
    FoundQuote subheading = qs.stream().filter(q -> q.text().equals("Battre Nicolas Sarkozy en 2012")).findFirst().orElseThrow();
    assertThat(subheading.cue()).isNull();
    assertThat(speaker(subheading)).isEqualTo("Delphine Batho");
    // Its words in their order, a few left out between them; not a short one scattered over a long quote.
    List<FoundQuote> tibet = quotes("« Nous devons vivre côte à côte », a déclaré le dalaï-lama.\n\n"
        + "« Incidents fomentés par la clique du dalaï-lama »\n\n"
        + "« Les faits sont avérés que ces incidents ont été fomentés et organisés par la clique du dalaï-lama », a assuré le Premier ministre Wen Jiabao.");
    assertThat(tibet).filteredOn(q -> q.text().startsWith("Incidents")).singleElement().extracting(QuoteExtractorTest::speaker).isEqualTo("Wen Jiabao");
    List<FoundQuote> scattered = quotes("« Nous devons vivre côte à côte », a déclaré le dalaï-lama.\n\n"
        + "« Nous voulons vivre en paix »\n\n"
        + "« Nous voulons que tous les peuples du monde puissent un jour vivre ensemble en paix », a assuré le Premier ministre Wen Jiabao.");
    assertThat(scattered).filteredOn(q -> q.text().equals("Nous voulons vivre en paix")).singleElement().extracting(QuoteExtractorTest::speaker).isNotEqualTo("Wen Jiabao");
  }

  @Test
  void learntFromASourceIsReportedOnlyWithOn() {
    FoundQuote q = only(quotes("Huit traders étaient placés sous sa responsabilité, a-t-on appris de source proche de la banque."), false);
    assertThat(q.text()).isEqualTo("Huit traders étaient placés sous sa responsabilité");
    assertThat(speaker(q)).isEqualTo("source proche de la banque");
    assertThat(quotes("Le trader a appris que son supérieur était parti en vacances.")).isEmpty();
  }

  @Test
  void anInciseInsideTheMarksWithItsDativeOrItsApposition() {
    List<FoundQuote> told = quotes("«Armstrong est un grand champion, explique Pierre Bordry à Libération. C'était une façon de lui trouver une porte de sortie.»");
    assertThat(told).extracting(FoundQuote::text).containsExactly("Armstrong est un grand champion", "C'était une façon de lui trouver une porte de sortie.");
    assertThat(told).extracting(QuoteExtractorTest::speaker).containsExactly("Pierre Bordry", "Pierre Bordry");
    List<FoundQuote> described = quotes("\"C'est une logique de prudence, analyse Nicolas Bouzou, économiste au cabinet Astérès. Pour le moment les banques françaises ne sont pas visées\".");
    assertThat(described).extracting(FoundQuote::text).containsExactly("C'est une logique de prudence", "Pour le moment les banques françaises ne sont pas visées");
  }

  @Test
  void aSpeakersWordsEndBeforeWhomTheyWereSaidTo() {
    FoundQuote q = only(quotes("\"Le dalaï lama doit revenir au Tibet\", a déclaré un moine aux journalistes en chinois."), true);
    assertThat(speaker(q)).isEqualTo("un moine");
  }

  @Test
  void aSubjectWithItsAppositionAfterTheSentencesOpening() {
    FoundQuote q = only(quotes("Mais dans son communiqué, Patrick Poivre d'Arvor, 60 ans, estime qu'il méritait \"un peu plus d'élégance\"."), true);
    assertThat(speaker(q)).isEqualTo("Patrick Poivre d'Arvor");
  }

  @Test
  void aNounAfterAnElidedArticleIsNoCue() {
    FoundQuote q = only(quotes("Nicolas Sarkozy a promis l'annonce imminente de \"mesures très ambitieuses\" pour relancer le secteur."), true);
    assertThat(q.cue()).isEqualTo("a promis");
    assertThat(speaker(q)).isEqualTo("Nicolas Sarkozy");
  }

  @Test
  void aPronounGoesOnAboutThePersonTheSentenceBeforeOpensWith() {
    String text =
        "Nicolas Sarkozy a déclaré : « Nous agirons vite ». "
            + "Le Premier ministre François Fillon a enfoncé le clou un peu plus tard à l'Assemblée nationale. "
            + "En réponse au président du groupe socialiste, Jean-Marc Ayrault, il a promis des \"mesures très ambitieuses\" pour relancer le secteur.";
    assertThat(quotes(text)).filteredOn(q -> q.text().equals("mesures très ambitieuses")).extracting(QuoteExtractorTest::speaker).containsExactly("François Fillon");
  }

  @Test
  void aPronounGoesOnAboutThePersonTheSentenceBeforeOpensWithThoughOfNoKnownGender() {
    String named = "Le juge Paul Martin a annoncé que l'audience était close. Alfons Goetzfrid, un ancien de la Gestapo, a été condamné hier à dix ans de prison. Il a concédé avoir aidé les bourreaux.";
    assertThat(quotes(named)).filteredOn(q -> q.text().startsWith("avoir aidé")).extracting(QuoteExtractorTest::speaker).containsExactly("Alfons Goetzfrid");
    // The name in apposition to a description that opens the sentence, a body's name in it.
    String described = "Le juge Paul Martin a annoncé que l'audience était close. Un ancien de la Gestapo, Alfons Goetzfrid, a été condamné hier à dix ans de prison. Il a concédé avoir aidé les bourreaux.";
    assertThat(quotes(described)).filteredOn(q -> q.text().startsWith("avoir aidé")).extracting(QuoteExtractorTest::speaker).containsExactly("Alfons Goetzfrid");
  }

  @Test
  void aSubjectAfterAnOpeningPhraseThatNamesSomeoneElse() {
    FoundQuote q = only(quotes("Interrogé par l'AFP, le Crédit Foncier, filiale des Caisses d'Epargne, a indiqué que cette mesure pouvait concerner 700 de ses clients."), false);
    assertThat(speaker(q)).isEqualTo("Crédit Foncier");
  }

  @Test
  void aWordTheCommasSetApartBetweenTheCueAndItsSpeaker() {
    FoundQuote q = only(quotes("« Nous ne cherchons pas seulement à plaire », lançait, enflammé, Noël Mamère, député Vert à l'Assemblée, le 3 décembre."), true);
    assertThat(speaker(q)).isEqualTo("Noël Mamère");
  }

  @Test
  void aDemonstrativeOpensASpeakersDescription() {
    FoundQuote q = only(quotes("« Les professeurs sont prêts à travailler autrement », témoigne ce proviseur de la région lyonnaise."), true);
    assertThat(speaker(q)).isEqualTo("ce proviseur de la région lyonnaise");
  }

  @Test
  void aSelonInsideAParenthesisSourcesTheParenthesisAlone() {
    FoundQuote q =
        only(quotes("La somme donnée à la nourrice (500 euros versés au départ auxquels devait s'ajouter un montant de 200 euros au retour, selon le procureur) pourrait constituer une aide au séjour irrégulier."), false);
    assertThat(q.text()).isEqualTo("500 euros versés au départ auxquels devait s'ajouter un montant de 200 euros au retour");
    assertThat(speaker(q)).isEqualTo("le procureur");
  }

  @Test
  void aSourceCitedInAnAsideIsNotWhoSpeaksNext() {
    List<FoundQuote> qs =
        quotes(
            "«Il dit que l'argent ne l'intéresse pas», rigole une journaliste de TF1.\n\n"
                + "La semaine dernière, interviewé sur la dune du Pilat par Irène Frain (transbahutée par avion privé, selon le journaliste Marc Dupuis), Poivre s'y livrait à son sport favori : l'autotressage de lauriers.\n\n"
                + "«Les audiences de mon JT n'ont jamais été aussi bonnes que cette année», «Je suis au sommet de ma popularité».");
    assertThat(only(qs, false).text()).isEqualTo("transbahutée par avion privé");
    assertThat(speaker(only(qs, false))).isEqualTo("le journaliste Marc Dupuis");
    assertThat(qs).filteredOn(q -> q.text().contains("audiences") || q.text().contains("sommet")).extracting(QuoteExtractorTest::speaker).containsExactly("Poivre", "Poivre");
  }

  @Test
  void aNameAfterDeCompletesTheSpeakersNoun() {
    FoundQuote q = only(quotes("«La crise va être bien pire qu'en 1993», confie un conseiller de M. Sarkozy."), true);
    assertThat(speaker(q)).isEqualTo("un conseiller de M. Sarkozy");
    FoundQuote full = only(quotes("«La crise va être longue», confie un conseiller de Nicolas Sarkozy."), true);
    assertThat(speaker(full)).isEqualTo("un conseiller de Nicolas Sarkozy");
  }

  @Test
  void anExclamationMarkEndingAQuoteDoesNotEndItsIncise() {
    FoundQuote q = only(quotes("Malgré des intentions louables, le cycliste ne convainc pas.\n\n« Je n'y vois aucun intérêt ! », s'exclame Antoine Deneriaz, champion olympique de descente en 2006."), true);
    assertThat(q.cue()).isEqualTo("s'exclame");
    assertThat(speaker(q)).isEqualTo("Antoine Deneriaz");
  }

  @Test
  void whomTheSpeakerToldIsNotPartOfTheirName() {
    FoundQuote q = only(quotes("« On va essayer d'accrocher une troisième semaine », a confié vendredi le député socialiste Patrick Bloche au Point.fr."), true);
    assertThat(speaker(q)).isEqualTo("Patrick Bloche");
  }

  @Test
  void theSubjectOfTheClauseThatBringsAQuoteInIsItsInvertedPronoun() {
    List<FoundQuote> qs =
        quotes(
            "Les policiers ont saisi des documents, selon le parquet de Paris.\n\n"
                + "Alors que ses explications ont suscité l'incrédulité, le PDG Daniel Bouton s'est défendu hier dans un entretien au Figaro : \"Cela s'apparente à un incendie volontaire\", a-t-il déclaré.");
    FoundQuote q = qs.stream().filter(x -> x.text().startsWith("Cela")).findFirst().orElseThrow();
    assertThat(speaker(q)).isEqualTo("Daniel Bouton");
  }

  @Test
  void aSubheadingMaySumUpALongerQuoteThatHasNoCueOfItsOwn() {
    List<FoundQuote> qs =
        quotes(
            "« Le calendrier prévoyait deux semaines de débats », a confié le député Patrick Bloche.\n\n"
                + "\"C'est un engagement qui a été pris\"\n\n"
                + "La ministre de la Culture Christine Albanel ne veut même pas évoquer l'hypothèse d'un retard :\n\n"
                + "\"Nous avons bien l'intention que la suppression entre en vigueur le 5 janvier. C'est un engagement qui a été pris et ça aura lieu.\"");
    FoundQuote subheading = qs.stream().filter(q -> q.text().equals("C'est un engagement qui a été pris")).findFirst().orElseThrow();
    assertThat(speaker(subheading)).isEqualTo("Christine Albanel");
  }

  @Test
  void inciseOnlyVerbsOfEmphasis() {
    FoundQuote q = only(quotes("« En 1875, la République a été créée par l'amendement Wallon », assène le fabiusien Fayçal Douhane."), true);
    assertThat(q.cue()).isEqualTo("assène");
    assertThat(speaker(q)).isEqualTo("Fayçal Douhane");
    assertThat(only(quotes("« Vous avez vu, je n'avais pas besoin de prompteur », se rengorge ensuite PPDA."), true).cue()).isEqualTo("se rengorge");
  }

  @Test
  void oneOfThemIsOneOfTheGroupNamedLast() {
    FoundQuote q =
        only(
            quotes(
                "Pendant ce temps, les membres de l'intersyndicale de l'audiovisuel public, qui avaient été reçus par Nicolas Sarkozy et Christine Albanel juste avant la remise du rapport, étaient poliment mais fermement reconduits à l'extérieur de l'Elysée.\n"
                    + "Pour éviter que leur voix ne vienne troubler la belle fête ?\n"
                    + "\"Des policiers nous ont empêché de rejoindre la rue du Faubourg-Saint-Honoré, où nous attendaient des journalistes qui devaient nous interviewer et les photographes\", raconte l'un d'entre eux."),
            true);
    assertThat(speaker(q)).isEqualTo("un des membres de l'intersyndicale de l'audiovisuel public");
  }

  @Test
  void anAuthorisedSourceAtAMinistryIsTheSourceNotTheMinistry() {
    FoundQuote q = only(quotes("Les causes de la mort sont «pour l'instant indéterminées», a indiqué à l'AFP une source autorisée au ministère de l'Intérieur."), true);
    assertThat(speaker(q)).isEqualTo("une source autorisée au ministère de l'Intérieur");
  }

  @Test
  void afterCommeTheSubjectFollowsTheCue() {
    FoundQuote q = only(quotes("Comme l'explique le barreur français Nicolas Charbonnier : \"Certes, il n'a jamais été contrôlé positif, mais il suscite des interrogations.\""), true);
    assertThat(q.cue()).isEqualTo("explique");
    assertThat(speaker(q)).isEqualTo("Nicolas Charbonnier");
  }

  @Test
  void ofTwoSubjectsTheParserGivesAVerbTheOneRightBeforeIt() {
    FoundQuote q = only(parsed("Quelques heures après Bernard Kouchner, mardi 25 mars, le chef de l'Etat s'est fait beaucoup plus menaçant, en affirmant ne pas exclure un boycott personnel."), false);
    assertThat(speaker(q)).isEqualTo("le chef de l'Etat");
  }

  @Test
  void aParticipleOpeningItsSentenceHasTheMainClausesSubject() {
    FoundQuote q = only(parsed("Rachida Dati souffle le chaud et le froid. Qualifiant de « mouvement d'humeur » les manifestations de jeudi, la ministre a promis de recevoir les syndicats."), true);
    assertThat(speaker(q)).isEqualTo("la ministre");
  }

  @Test
  void wordsReportedInAFrontedClauseEndWhereTheMainClauseStarts() {
    List<FoundQuote> found = parsed("Alors que Pékin a encore averti jeudi que cette entrevue pourrait affecter \"les relations commerciales\", le leader tibétain a assuré n'avoir \"aucun agenda politique\".");
    assertThat(found).filteredOn(q -> !q.direct()).extracting(FoundQuote::text).containsExactly("cette entrevue pourrait affecter \"les relations commerciales\"", "n'avoir \"aucun agenda politique\"");
    assertThat(found).filteredOn(q -> q.text().equals("aucun agenda politique")).extracting(q -> speaker(q)).containsExactly("le leader tibétain");
  }

  @Test
  void aPersonRightAfterAFrontedParticiplesClauseIsItsSubject() {
    List<FoundQuote> found = parsed("Démentant que le chef de l'Etat ait pu peser sur le départ de Patrick Poivre d'Arvor, Dominique Paillé, porte-parole de l'UMP a déclaré mardi que le président avait d'autres soucis.");
    assertThat(found).filteredOn(q -> q.cue().equals("Démentant")).extracting(FoundQuote::text, q -> speaker(q))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("le chef de l'Etat ait pu peser sur le départ de Patrick Poivre d'Arvor", "Dominique Paillé"));
  }

  @Test
  void anAgencyAfterAupresDeStandsBetweenTheCueAndItsSubject() {
    FoundQuote q = only(quotes("\"Ce n'est pas tellement pour moi, mais pour les enfants\", a témoigné auprès de l'AFP Pascale Jouty Merloz, rééducatrice venue de Lyon."), true);
    assertThat(speaker(q)).isEqualTo("Pascale Jouty Merloz");
  }

  @Test
  void aNameCompletingADescriptionDoesNotGiveItsGender() {
    List<FoundQuote> found = parsed("\"Ce n'est pas tellement pour moi, mais pour les enfants\", a témoigné auprès de l'AFP Pascale Jouty Merloz, rééducatrice venue de Lyon.\n\n"
        + "Une lycéenne parisienne de l'organisation Fidl, souhaitant garder l'anonymat, a dit de son côté : \"beaucoup de classes sont surchargées à cause des suppressions de postes\" d'enseignants.\n\n"
        + "Elle a déploré \"l'incertitude la plus totale sur la réforme du lycée\" à venir.");
    assertThat(found).filteredOn(q -> q.text().startsWith("l'incertitude")).extracting(q -> speaker(q)).containsExactly("Une lycéenne parisienne de l'organisation Fidl");
  }

  @Test
  void aDatedPhraseBetweenCommasIsNotTheInvertedSubject() {
    FoundQuote q = only(quotes("« C'est maintenant que les choses sérieuses commencent », soufflait, ce week-end, un entrepreneur français de Pékin."), true);
    assertThat(speaker(q)).isEqualTo("un entrepreneur français de Pékin");
  }

  @Test
  void pointerInAnInciseReportsWhatWasSaid() {
    FoundQuote q = only(quotes("« Il est de l'intérêt de tout le monde que la relation se poursuive », pointait, hier soir, Christine Lagarde, la ministre de l'Economie."), true);
    assertThat(q.cue()).isEqualTo("pointait");
    assertThat(speaker(q)).isEqualTo("Christine Lagarde");
  }

  @Test
  void savourerInAnInciseReportsWhatWasSaid() {
    FoundQuote q = only(quotes("« Les conservateurs sautent de joie », savoure Fred Barnes, dans le Weekly Standard."), true);
    assertThat(q.cue()).isEqualTo("savoure");
    assertThat(speaker(q)).isEqualTo("Fred Barnes");
  }

  @Test
  void anEmphaticPronounIsTheSubject() {
    FoundQuote q = only(quotes("Rachida Dati est enceinte. Dans Le Point, elle-même admet qu'il n'était \"peut-être pas utile d'aller faire des photos dans un hôtel\"."), true);
    assertThat(speaker(q)).isEqualTo("Rachida Dati");
  }

  @Test
  void aPronounDoesNotStandForANameInAListOfPeople() {
    String text = "Rachida Dati est enceinte. Avant elle, deux femmes de gauche ont mené de front grossesse et poste au gouvernement: "
        + "Ségolène Royal à l'Environnement et Frédérique Bredin aux Sports en 1992.\n\n"
        + "\"Je veux rester prudente car ce n'est pas encore consolidé\", a-t-elle confié.";
    assertThat(speaker(only(quotes(text), true))).isEqualTo("Rachida Dati");
  }

  @Test
  void anObjectPronounBeforeAnInciseIsNotItsSpeaker() {
    FoundQuote q = only(quotes("Nicolas Sarkozy a reçu les préfets à l'Elysée. « La République a besoin de vous », leur a-t-il dit."), true);
    assertThat(q.cue()).isEqualTo("a-t-il dit");
    assertThat(speaker(q)).isEqualTo("Nicolas Sarkozy");
  }

  @Test
  void anIntentVerbAndAReportingInfinitiveAreOneCue() {
    String text = "Une source proche de l'Elysée a indiqué que le fonds serait créé. Toutefois, a tenu à prévenir M. Sarkozy, « nous ne pourrons pas éviter des licenciements », liés à la crise.";
    FoundQuote q = only(quotes(text), true);
    assertThat(q.cue()).isEqualTo("a tenu à prévenir");
    assertThat(speaker(q)).isEqualTo("M. Sarkozy");
    FoundQuote reported = only(quotes("Le ministre a tenu à préciser que rien ne changeait."), false);
    assertThat(reported.text()).isEqualTo("rien ne changeait");
    assertThat(reported.cue()).isEqualTo("a tenu à préciser");
    // Only after the intent verb itself, not inside another word.
    assertThat(quotes("Le ministre a obtenu à dire que rien ne changeait.")).noneMatch(x -> x.cue() != null && x.cue().contains("dire"));
  }

  @Test
  void aNameTheMarksOpenRightAfterIsWhatTheQuoteIsAbout() {
    String text = "« Il n'y a pas de risque de récidive », a déclaré à l'AFP Christophe Reille, porte-parole de Me Meyer.\n\n"
        + "M. Kerviel « n'a jamais fui ni ses responsabilités, ni son pays », a-t-il fait valoir, regrettant la décision du parquet général.";
    List<FoundQuote> found = quotes(text);
    assertThat(found).filteredOn(q -> q.text().startsWith("n'a jamais fui")).singleElement().extracting(QuoteExtractorTest::speaker).isEqualTo("Christophe Reille");
    // A participle has no subject after it and reports nothing before it.
    assertThat(found).noneMatch(q -> "regrettant".equals(q.cue()));
  }

  @Test
  void aRelativePronounAfterAnAppositionStandsForTheNameDescribed() {
    FoundQuote q = only(quotes("Le débat a été relancé en mars par l'affaire Chantal Sébire, une femme atteinte d'une tumeur incurable au visage qui demandait qu'on l'aide à mourir."), false);
    assertThat(q.text()).isEqualTo("on l'aide à mourir");
    assertThat(speaker(q)).isEqualTo("Chantal Sébire");
  }

  @Test
  void aSiteNamedWithItsDomainIsADative() {
    FoundQuote q = only(quotes("« Le congrès a envoyé un signe fort à Martine », a confié au JDD.fr Philippe Martin, député du Gers."), true);
    assertThat(q.cue()).isEqualTo("a confié");
    assertThat(speaker(q)).isEqualTo("Philippe Martin");
  }

  @Test
  void anAttributeWhollyInMarksIsTheDirectQuoteAlone() {
    List<FoundQuote> found = parsed("Hilda Solis s'est déclarée «honorée» par sa nomination au poste de secrétaire au Travail.");
    assertThat(found).singleElement().satisfies(q -> {
      assertThat(q.direct()).isTrue();
      assertThat(q.text()).isEqualTo("honorée");
      assertThat(speaker(q)).isEqualTo("Hilda Solis");
    });
    // A complement of the attribute is content too: the report runs on.
    assertThat(quotes("Le Premier ministre s'est dit « convaincu » que le problème allait être résolu."))
        .filteredOn(q -> !q.direct()).singleElement().extracting(FoundQuote::text).asString().endsWith("allait être résolu");
    // Marks in the complement too: the speaker's words run on, and so does the report.
    assertThat(quotes("Le président de l'USM s'est dit « extrêmement choqué » par « le développement d'un système de punition »."))
        .filteredOn(q -> !q.direct()).singleElement().extracting(FoundQuote::cue).isEqualTo("s'est dit");
  }

  @Test
  void aParticipleAfterAQuoteReportsItsOwnContentToo() {
    List<FoundQuote> found = quotes("Le ministre cambodgien de la Défense Tea Banh a salué ce «bon résultat», estimant que chaque pays ne pouvait «patrouiller individuellement car cela pourrait conduire à une incompréhension».");
    FoundQuote reported = only(found, false);
    assertThat(reported.text()).startsWith("chaque pays ne pouvait");
    assertThat(reported.cue()).isEqualTo("estimant");
    assertThat(speaker(reported)).endsWith("Tea Banh");
  }

  @Test
  void jugeIsACueUnlessAComplementMakesItATrade() {
    FoundQuote q = only(quotes("Le député UMP Jean Leonetti juge « dangereux » d'accéder à la demande d'un malade."), true);
    assertThat(q.cue()).isEqualTo("juge");
    assertThat(speaker(q)).isEqualTo("Jean Leonetti");
    FoundQuote trade = only(quotes("Marc Trévidic, juge d'instruction antiterroriste, a estimé que « rien n'est fini »."), true);
    assertThat(trade.cue()).isEqualTo("a estimé");
  }

  @Test
  void aTitleAfterAWorksNounIsNobodysWords() {
    List<FoundQuote> found = quotes("C'est le réalisateur Zhang Yimou, connu pour son film « Le secret des poignards volants », qui a supervisé la cérémonie. « Le spectacle est prêt », a déclaré Zhang Yimou.");
    assertThat(found).extracting(FoundQuote::text).containsExactly("Le spectacle est prêt");
    assertThat(quotes("Le chanteur a présenté mercredi l'album « Rien de neuf sous le soleil », a indiqué sa maison de disques.")).noneMatch(FoundQuote::direct);
  }

  @Test
  void aPronounAfterTheQuoteIsTheSubjectOfTheClauseBringingItInItsAppositionAside() {
    FoundQuote q = only(quotes("Ségolène Royal a parlé. Claude Bartolone, l'un des lieutenants de Laurent Fabius, jubilait: « C'est un désaveu », a-t-il dit."), true);
    assertThat(speaker(q)).isEqualTo("Claude Bartolone");
  }

  @Test
  void aNameAfterAnOpeningWordWithItsParenthesisIsTheSubject() {
    FoundQuote q = only(quotes("Mais Jean-Paul Betbèze (Crédit Agricole), juge que s'endetter était indispensable."), false);
    assertThat(q.text()).isEqualTo("s'endetter était indispensable");
    assertThat(speaker(q)).isEqualTo("Jean-Paul Betbèze");
  }

  @Test
  void theAuxiliaryBeforeAnAdverbialIsNotPartOfTheSubject() {
    FoundQuote q = only(quotes("Le big boss de la Une a, en effet, plaisanté sur la façon dont les fonds sont gérés, en lâchant au passage le mot « prison »."), true);
    assertThat(speaker(q)).isEqualTo("Le big boss de la Une");
    // Nor is the relative clause describing it.
    FoundQuote reported = only(quotes("La femme qui s'était présentée comme la mère du petit Mohamed, le garçon de 30 mois retrouvé seul le 5 août, affirme avoir obtenu la garde de l'enfant."), false);
    assertThat(speaker(reported)).isEqualTo("La femme");
    // Only a subject relative: "Ce que l'avocat X, …, a reconnu" names X.
    FoundQuote admitted = only(quotes("Ce que l'avocat Jean-Pierre Mignard, dans le camp Royal, a reconnu : « Malgré toute l'honnêteté des gens, ça va être compliqué »."), true);
    assertThat(speaker(admitted)).endsWith("Jean-Pierre Mignard");
  }

  @Test
  void aQuestionInvertingItsSubjectReportsNothing() {
    assertThat(quotes("Lance Armstrong a parlé hier. L'Espagnol Alberto Contador, jusqu'ici leader unique de la formation Astana, a-t-il exigé d'avoir l'exclusive sur l'épreuve reine ?")).isEmpty();
  }

  @Test
  void anAttributeWhoseMarksRunPastTheSentenceIsStillItsWords() {
    assertThat(parsed("La ministre s'est dite « prête. Nous irons loin », a-t-elle ajouté.")).anyMatch(q -> q.direct() && q.text().startsWith("prête"));
  }

  @Test
  void aTimeAfterPourIsNoSpeaker() {
    assertThat(parsed("Pour la première fois, Barack Obama a donné la parole à chacun de ses futurs ministres, un signe de déférence envers eux.")).noneMatch(q -> !q.direct());
    // A role with its name in apposition is one.
    FoundQuote q = only(parsed("Pour le député socialiste de la Nièvre, Gaëtan Gorce, l'exception d'euthanasie prendrait une autre forme."), false);
    assertThat(speaker(q)).isEqualTo("Gaëtan Gorce");
  }

  @Test
  void whatDescribesTheSpeakerAfterPourIsNotTheContent() {
    List<FoundQuote> qs = parsed("Pour Robert Gates, caution républicaine du cabinet, qui évoque « le devoir » de servir au côté des soldats, la nouvelle mission vise à « sortir d'Irak de manière responsable », théoriquement en seize mois, même si Obama nuance : « J'écouterai les recommandations de mes commandants. »");
    FoundQuote reported = only(qs, false);
    assertThat(reported.text()).startsWith("la nouvelle mission vise").doesNotContain("même si");
    // Only the first few words after the name may be about it: "Pour Gates, c'est clair, il faut agir, et vite".
    assertThat(only(parsed("Pour Robert Gates, c'est clair, il faut agir, et vite."), false).text()).startsWith("c'est clair");
    assertThat(speaker(reported)).isEqualTo("Robert Gates");
    // The cue whose colon brings in the last quote does not report the one before it.
    FoundQuote aim = qs.stream().filter(x -> x.direct() && x.text().startsWith("sortir")).findFirst().orElseThrow();
    assertThat(speaker(aim)).isEqualTo("Robert Gates");
    FoundQuote last = qs.stream().filter(x -> x.direct() && x.text().startsWith("J'écouterai")).findFirst().orElseThrow();
    assertThat(speaker(last)).isEqualTo("Obama");
  }

  @Test
  void contentInAnAsideEndsWithTheAside() {
    FoundQuote q = only(parsed("Sans être avare des compliments d'usage - il a estimé que sa future secrétaire d'Etat serait respectée partout -, Obama s'est empressé de rétablir la hiérarchie."), false);
    assertThat(q.text()).isEqualTo("sa future secrétaire d'Etat serait respectée partout");
  }

  @Test
  void aNameInMarksIsNotWordsSaid() {
    List<FoundQuote> qs = parsed("Jean-Claude Dassier a parlé de Patrick Poivre d'Arvor. Ce serait « un grand plaisir » pour lui si « Patrick » acceptait de venir, a-t-il ajouté.");
    assertThat(qs).extracting(FoundQuote::text).contains("un grand plaisir").doesNotContain("Patrick");
  }

  @Test
  void theTermsOfASourceAreItsWords() {
    List<FoundQuote> qs = parsed("Les interlocuteurs de Mme Royal mènent les pourparlers en laissant « de côté toutes les questions de personne », selon les termes du maire de Paris.");
    assertThat(qs).anyMatch(q -> q.direct() && "maire de Paris".equals(speaker(q)));
  }

  @Test
  void aReportingVerbAfterContinuerDeOrWithItsMediumIsACue() {
    FoundQuote kept = only(parsed("L'UMP, elle, continue de marteler que c'est seulement la concomitance avec les JO qui posait problème."), false);
    assertThat(kept.text()).startsWith("c'est seulement");
    assertThat(only(parsed("L'UMP martèle que la concomitance avec les JO posait problème."), false).text()).startsWith("la concomitance");
    FoundQuote medium = only(parsed("Bernard Accoyer a confirmé dans « Le Figaro » que Nicolas Sarkozy rencontrerait le dalaï-lama."), false);
    assertThat(medium.text()).isEqualTo("Nicolas Sarkozy rencontrerait le dalaï-lama");
    assertThat(speaker(medium)).isEqualTo("Bernard Accoyer");
    FoundQuote leaked = only(parsed("Le gouvernement reste silencieux : seul Bernard Kouchner laisse filtrer qu'il pourrait participer à une cérémonie."), false);
    assertThat(speaker(leaked)).isEqualTo("Bernard Kouchner");
  }

  @Test
  void whatTheSpeakerMentionsBeforeAColonIsTheirs() {
    FoundQuote q = only(parsed("L'air sombre, l'ancienne rivale du président élu a surtout fait mention de sa détermination à se faire entendre : « Les New-Yorkais n'ont pas peur de dire ce qu'ils pensent. »"), true);
    assertThat(speaker(q)).isEqualTo("l'ancienne rivale du président élu");
  }

  @Test
  void whatAReportGaveAnAccountOfIsItsWords() {
    FoundQuote q = only(parsed("Auparavant, un rapport préliminaire de l'Inspection générale avait fait état d'une « dérive » dans la gestion des risques."), true);
    assertThat(speaker(q)).isEqualTo("un rapport préliminaire de l'Inspection générale");
  }

  @Test
  void aPluralPronounIsNeverOnePersonNamedBefore() {
    List<FoundQuote> qs = parsed("Chez eux, l'euthanasie serait banalisée, jusqu'à s'appliquer à des personnes atteintes d'Alzheimer ; et on accepterait d'aider au suicide des personnes âgées simplement parce qu'elles se disent fatiguées de vivre.");
    assertThat(qs).noneMatch(q -> "Alzheimer".equals(speaker(q)));
  }

  @Test
  void neQueIsOnlyNotAReport() {
    assertThat(parsed("Sur le front de la lutte antidopage, les 5.200 contrôles effectués n'ont révélé que six infractions.")).isEmpty();
    assertThat(only(parsed("Le ministre n'a pas dit que la réforme serait retirée."), false).text()).isEqualTo("la réforme serait retirée");
  }

  @Test
  void aPassiveReportsNothing() {
    assertThat(parsed("Elle ne s'est pas manifestée lorsqu'il a été confié à la police et qu'un appel à témoin a été lancé.")).isEmpty();
  }

  @Test
  void whomItWasSaidToMayStandBeforeABareInfinitive() {
    FoundQuote q = only(parsed("La mère avait expliqué aux enquêteurs avoir confié l'enfant à une amie."), false);
    assertThat(q.text()).isEqualTo("avoir confié l'enfant à une amie");
    assertThat(speaker(q)).isEqualTo("La mère");
  }

  @Test
  void aParticipleTheParseMisattachesHasTheSubjectOfTheVerbBefore() {
    List<FoundQuote> qs = parsed("« Nous recevons un prix Nobel de la paix ! », s'est indigné le député UMP Lionnel Luca.\n\n"
        + "C'est sur ce dernier point davantage que sur le fond que le Parti socialiste a choisi de mettre l'accent, en accusant le président français d'« hypocrisie », comme l'a fait François Hollande.");
    FoundQuote q = qs.stream().filter(x -> x.direct() && x.text().equals("hypocrisie")).findFirst().orElseThrow();
    assertThat(speaker(q)).isEqualTo("Parti socialiste");
  }

  @Test
  void aNegatedCessationIsACueWhoseSubjectFollowsAndAPastInfinitiveSharesIt() {
    List<FoundQuote> qs = parsed("Le texte a été adopté. « Pas maintenant et pas comme ça », n'a cessé de marteler le député du Nouveau centre (NC) Jean Dionis du Séjour, "
        + "après avoir affirmé que « supprimer 800 millions d'euros de recettes privées, ce n'est pas une simple erreur de calendrier ».");
    assertThat(qs).filteredOn(q -> q.text().startsWith("Pas maintenant")).singleElement().extracting(QuoteExtractorTest::speaker).isEqualTo("Jean Dionis du Séjour");
    assertThat(qs).filteredOn(q -> q.direct() && q.text().startsWith("supprimer")).singleElement().extracting(QuoteExtractorTest::speaker).isEqualTo("Jean Dionis du Séjour");
  }

  @Test
  void theSubjectOfAVerbAfterCeQueIsAfterIt() {
    List<FoundQuote> qs = parsed("« Nous avons des chambres sans personnel », prévient Daniel Fontanaud, conseiller à la cour d'appel.\n\n"
        + "Ce que confirme une conseillère à la chambre de l'instruction, qui raconte comment elle prépare actuellement « par terre » un important dossier : « C'est effrayant, nous travaillons en infraction à la législation du travail ! »");
    assertThat(qs).filteredOn(q -> q.text().startsWith("C'est effrayant")).singleElement().extracting(QuoteExtractorTest::speaker).isEqualTo("une conseillère à la chambre de l'instruction");
  }

  @Test
  void aPronounInAFrontedClauseIsTheMainClausesSubject() {
    List<FoundQuote> qs = parsed("Nicolas Sarkozy a rencontré le dalaï-lama. Le dalaï-lama était content.\n\n"
        + "Même s'il avait déclaré qu'il ne se laisserait « pas dicter sa conduite » par la Chine, le chef de l'État avait néanmoins préféré ne pas le rencontrer en août.");
    assertThat(only(qs, true)).extracting(QuoteExtractorTest::speaker).isEqualTo("le chef de l'État");
    // Not a subject of the other gender.
    List<FoundQuote> other = parsed("Le ministre a parlé. Même si elle a dit qu'elle « viendrait bientôt », le ministre n'a rien dit.");
    assertThat(only(other, true)).extracting(QuoteExtractorTest::speaker).isNull();
  }

  @Test
  void aNameInAppositionBeforeACueIsItsSubjectNotReportedContent() {
    List<FoundQuote> qs = parsed("« Nous avons des chambres sans personnel », prévient Daniel Fontanaud, conseiller à la cour d'appel.\n\n"
        + "Son associée, Me Esther Zajdenweber, fustige aussi le manque de « concertation » du ministère.");
    assertThat(qs).noneMatch(q -> !q.direct());
    assertThat(qs).filteredOn(q -> q.text().equals("concertation")).singleElement().extracting(QuoteExtractorTest::speaker).isEqualTo("Me Esther Zajdenweber");
  }

  @Test
  void aPronounNoOneNamedAgreesWithIsAnEarlierSpeakerOfItsGender() {
    List<FoundQuote> qs = parsed("Les troubles ont gagné la province de Qinghai, a déclaré une source de Pékin.\n\n"
        + "« Ils ont frappé des moines », a déclaré cette source.\n\n"
        + "Un habitant a confirmé qu'une manifestation avait eu lieu dans le district de Xinghai.\n\n"
        + "Les forces de sécurité ont été déployées en masse dans ce secteur, a-t-elle précisé.");
    assertThat(qs).filteredOn(q -> q.text().startsWith("Les forces")).singleElement().extracting(QuoteExtractorTest::speaker).isEqualTo("cette source");
  }

  @Test
  void aWeekdayWithDernierStandsBetweenAnIncisesCueAndItsSubject() {
    List<FoundQuote> qs = parsed("« Cela signifierait, s'insurgeait vendredi dernier l'académie des Sciences, que ce champ ne contribue pas à la culture commune. »");
    assertThat(qs).filteredOn(q -> q.text().equals("Cela signifierait")).singleElement().extracting(QuoteExtractorTest::speaker).isEqualTo("l'académie des Sciences");
  }

  @Test
  void anOnRightAfterABodySpeaksIsThatBody() {
    List<FoundQuote> qs = parsed("Face à la colère chinoise, l'Élysée s'était déclaré « serein ».\n\n"
        + "« On n'a pas remarqué le moindre début de boycott de nos produits », a-t-on assuré.");
    assertThat(qs).filteredOn(q -> q.text().startsWith("On n'a pas")).singleElement().extracting(QuoteExtractorTest::speaker).isEqualTo("Élysée");
    // A person does not speak through "on".
    List<FoundQuote> person = parsed("Face à la colère chinoise, Nicolas Sarkozy s'était déclaré « serein ».\n\n"
        + "« On n'a pas remarqué le moindre début de boycott de nos produits », a-t-on assuré.");
    assertThat(person).filteredOn(q -> q.text().startsWith("On n'a pas")).singleElement().extracting(QuoteExtractorTest::speaker).isNull();
  }

  @Test
  void elleIsTheBodyTheSentenceBeforeOpensWithPastANameCompletingANoun() {
    List<FoundQuote> qs = parsed("La télévision colombienne RCN a diffusé mardi soir de nouvelles images de l'opération qui a mené à la libération d'Ingrid Betancourt.\n\n"
        + "Elle révèle aussi qu'un avion AWACS américain a été utilisé pendant l'opération.");
    assertThat(only(qs, false)).extracting(QuoteExtractorTest::speaker).isEqualTo("RCN");
  }

  @Test
  void aParticiplesSubjectIsTheNameSetOffRightBeforeIt() {
    List<FoundQuote> qs = parsed("Après que l'intéressé a appris début juin son remplacement par Laurence Ferrari par voie de presse, la CFTC, "
        + "estimant que « la personnalité et l'histoire de PPDA auraient mérité davantage de considération », a fait savoir qu'elle serait vigilante.");
    assertThat(qs).filteredOn(q -> q.direct()).singleElement().extracting(QuoteExtractorTest::speaker).isEqualTo("CFTC");
  }

  @Test
  void proposerReportsInAnIncise() {
    List<FoundQuote> qs = parsed("M. Sarkozy a annoncé la création du fonds. Le comité d'orientation doit compter parmi ses membres « des représentants des syndicats », a également proposé le président.");
    assertThat(qs).filteredOn(q -> q.direct()).singleElement().extracting(QuoteExtractorTest::speaker).isEqualTo("le président");
  }

  @Test
  void aNameInMarksRightBeforeACueIsItsSubject() {
    List<FoundQuote> qs = parsed("Dans son premier commentaire direct sur l'affaire, \"PPDA\" a indiqué \"prendre acte de la décision de TF1\", dans un communiqué.");
    assertThat(qs).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("prendre acte de la décision de TF1");
      assertThat(speaker(q)).isEqualTo("PPDA");
    });
  }

  @Test
  void selonLesquellesIsNoSourceOfTheQuoteBeforeIt() {
    List<FoundQuote> qs = parsed("Le présentateur vedette a estimé qu'il n'y avait \"aucun fait objectif\" pouvant l'expliquer, tout en se refusant à \"commenter les rumeurs\" selon lesquelles elle serait due à des pressions politiques.");
    assertThat(qs).filteredOn(q -> q.text().equals("commenter les rumeurs")).singleElement().extracting(QuoteExtractorTest::speaker).isEqualTo("Le présentateur vedette");
  }

  @Test
  void onlyCapitalsInMarksNameACuesSubject() {
    // « Jamais » is words said, not a name like "PPDA".
    List<FoundQuote> word = parsed("Le ministre a été interrogé sur une démission. « Jamais » a répondu le ministre.");
    assertThat(word).extracting(FoundQuote::text).contains("Jamais");
  }

  @Test
  void speakersNamedTogetherAreAllTheSpeaker() {
    FoundQuote unions = only(parsed("« Les atteintes au statut du parquet se multiplient », dénoncent l'Union syndicale des magistrats (USM, majoritaire) et le Syndicat de la magistrature (SM)."), true);
    assertThat(speaker(unions)).startsWith("Union syndicale des magistrats").endsWith("Syndicat de la magistrature");
    FoundQuote bankers = only(parsed("Baudouin Prot (BNP Paribas) et Georges Pauget (Crédit Agricole) ont défendu le plan, estimant que l'Etat ne faisait pas un cadeau aux banques."), false);
    assertThat(speaker(bankers)).isEqualTo("Baudouin Prot (BNP Paribas) et Georges Pauget");
  }

  @Test
  void aSingularCueOrAListWithoutItsJoinerKeepsOneSpeaker() {
    // A singular verb has one subject, whatever "et" joins after it.
    assertThat(speaker(only(parsed("« Nous agirons », a déclaré Nicolas Sarkozy et Angela Merkel a approuvé."), true))).isEqualTo("Nicolas Sarkozy");
    assertThat(speaker(only(parsed("« Nous agirons sans attendre », prévient Nicolas Sarkozy et Angela Merkel approuve."), true))).isEqualTo("Nicolas Sarkozy");
    // A list with a comma that a verb follows is the next clause's subject.
    assertThat(speaker(only(parsed("Selon Jean Dupont, Marie Durand et Paul Martin doivent « partir sans délai »."), true))).isEqualTo("Jean Dupont");
    // A list ends with its joiner: the name after a comma is the next clause's subject.
    assertThat(speaker(only(parsed("« Nous agirons », ont déclaré Nicolas Sarkozy et Angela Merkel, Gordon Brown restant silencieux."), true))).isEqualTo("Nicolas Sarkozy et Angela Merkel");
    // A list that completes a noun ("parlementaires UMP et PS") is not the speakers; one that ends a description widens it.
    assertThat(speaker(only(parsed("Plusieurs parlementaires UMP et PS ont souhaité « aller plus loin »."), true))).doesNotContain("UMP et PS");
    assertThat(speaker(only(parsed("Dénonçant des « cadeaux », une dizaine de députés PS, PCF et Verts se sont relayés."), true))).isEqualTo("une dizaine de députés PS, PCF et Verts");
  }

  @Test
  void anAppositionMayGiveATitleBeforeTheName() {
    FoundQuote q = only(parsed("Les procès-verbaux « vont être examinés les uns après les autres », a déclaré à la presse le président de cette commission, le député Daniel Vaillant, en arrivant au siège du PS."), true);
    assertThat(speaker(q)).isEqualTo("Daniel Vaillant");
  }

  @Test
  void aRelativePronounOpeningASentenceGoesOnWithTheSpeakerBefore() {
    List<FoundQuote> qs = parsed("« Cette loi est mal connue », a souligné hier Jean Leonetti. Qui précise, tout de même, que ce texte représente une « énorme avancée ».");
    assertThat(qs).filteredOn(q -> q.text().startsWith("ce texte")).singleElement().satisfies(q -> assertThat(speaker(q)).isEqualTo("Jean Leonetti"));
    // A question is no one's statement.
    List<FoundQuote> asked = parsed("« Cette loi est mal connue », a souligné hier Jean Leonetti. Qui affirme encore que la loi est bien appliquée ?");
    assertThat(asked).filteredOn(q -> q.text().startsWith("la loi")).allSatisfy(q -> assertThat(speaker(q)).isNotEqualTo("Jean Leonetti"));
  }

  @Test
  void aGerundAfterAVerbWhoseSubjectTheRulesMissIsThatSubjectNotTheLastSpeaker() {
    List<FoundQuote> qs = parsed("Le porte-parole du gouvernement, Luc Chatel, a estimé hier qu'il fallait « prendre en compte les cas les plus douloureux ».\n\n"
        + "Nadine Morano, la nouvelle secrétaire d'État à la famille, s'est même faite plus précise en réaffirmant être, à titre personnel, en faveur d'une commission nationale.");
    assertThat(qs).filteredOn(q -> q.text().startsWith("être")).singleElement().satisfies(q -> assertThat(speaker(q)).isEqualTo("Nadine Morano"));
  }

  @Test
  void aNameInAParenthesisGlossesTheSubjectBeforeIt() {
    FoundQuote q = only(parsed("Ségolène Royal (PS) a estimé qu'il n'était « plus temps de tergiverser »."), true);
    assertThat(speaker(q)).isEqualTo("Ségolène Royal");
  }

  @Test
  void reportedContentEndsWhereACoordinatedClauseWithItsOwnSubjectReports() {
    List<FoundQuote> qs = parsed("Ségolène Royal a estimé qu'il n'était « plus temps de tergiverser » et François Bayrou a dénoncé la politique « massivement erronée » de Nicolas Sarkozy.");
    assertThat(only(qs, false).text()).isEqualTo("il n'était « plus temps de tergiverser »");
    assertThat(qs).filteredOn(q -> q.text().equals("massivement erronée")).singleElement().satisfies(q -> assertThat(speaker(q)).isEqualTo("François Bayrou"));
    // Two names sharing the content's one verb are its subject, not a new clause.
    List<FoundQuote> shared = parsed("Le ministre a affirmé que la Chine et la France ont « beaucoup à gagner ».");
    assertThat(only(shared, false).text()).startsWith("la Chine et la France ont");
  }

  @Test
  void anInciseAfterTwoFragmentsSpeaksForBoth() {
    List<FoundQuote> qs = parsed("A l'issue de cette réunion, l'Elysée s'est contenté d'un bref communiqué pour indiquer que Nicolas Sarkozy avait rappelé aux dirigeants des principales banques et compagnies d'assurance françaises \"leur mission prioritaire de financement de l'économie\", à savoir l'octroi de crédits. Le gouvernement annoncera \"à cet égard de nouvelles dispositions\" d'ici à \"la fin de la semaine\", a ajouté la présidence, sans plus de détails.");
    assertThat(qs).filteredOn(FoundQuote::direct).filteredOn(q -> !q.text().startsWith("leur mission")).extracting(QuoteExtractorTest::speaker).containsExactly("la présidence", "la présidence");
  }

  @Test
  void howWordsWereSaidMayStandBetweenTheCueAndItsSubject() {
    FoundQuote q = only(parsed("« Non, pas du tout », a répondu d'un ton las le ministre de l'Intérieur."), true);
    assertThat(speaker(q)).isEqualTo("le ministre de l'Intérieur");
  }

  @Test
  void theSubjectOfTheSentenceBeforeIsThePronounPastItsOpeningWords() {
    List<FoundQuote> qs = parsed("La ministre Christine Lagarde a jugé qu'il était « de l'intérêt de tout le monde que la relation se poursuive ».\n\n"
        + "Pour sa part, le dalaï lama a félicité M. Sarkozy pour sa position.\n\n"
        + "« Mais cela ne veut pas dire que l'on peut oublier les principes », a-t-il déclaré.");
    assertThat(qs).filteredOn(q -> q.text().startsWith("Mais cela")).singleElement().satisfies(q -> assertThat(speaker(q)).isEqualTo("dalaï lama"));
  }

  @Test
  void aDescriptionEndsBeforeAVerbsCliticPronoun() {
    List<FoundQuote> qs = parsed("La jeune femme se présentant comme la mère adoptive du petit Mohamed, trouvé seul en août, a demandé à la justice de lui rendre « son fils ».");
    assertThat(qs).filteredOn(FoundQuote::direct).singleElement().satisfies(q -> assertThat(speaker(q)).isEqualTo("La jeune femme"));
  }

  @Test
  void oneOfAGroupAsASubjectIsOneOfTheGroupNamedBefore() {
    List<FoundQuote> qs = parsed("Le régime a laissé les internautes exprimer librement leur ressentiment.\n\n"
        + "L'un d'eux a qualifié M. Sarkozy de « criminel de la France ».");
    assertThat(qs).filteredOn(FoundQuote::direct).singleElement().satisfies(q -> assertThat(speaker(q)).isEqualTo("un des internautes"));
  }

  @Test
  void theSubjectOfASubordinateClauseMayHaveItsApposition() {
    List<FoundQuote> qs = parsed("Le sénateur Jean-Luc Mélenchon, qui vient de quitter le PS, a estimé qu'elle avait « gagné le congrès », tandis que Jean-Christophe Cambadélis, partisan de Martine Aubry, a considéré qu'il fallait lui « laisser sa chance ».");
    assertThat(qs).filteredOn(q -> q.text().equals("laisser sa chance")).singleElement().satisfies(q -> assertThat(speaker(q)).isEqualTo("Jean-Christophe Cambadélis"));
    assertThat(qs).filteredOn(q -> !q.direct() && q.text().startsWith("elle avait")).singleElement().satisfies(q -> assertThat(q.text()).isEqualTo("elle avait « gagné le congrès »"));
    // "en tant qu'" opens no clause: the relative before it still describes the subject.
    FoundQuote envoy = only(parsed("Samedi, l'ancien premier ministre Jean-Pierre Raffarin, qui s'est rendu en Chine en tant qu'émissaire du président Nicolas Sarkozy, a estimé qu'« une situation d'apaisement est maintenant en place »."), true);
    assertThat(speaker(envoy)).isEqualTo("Jean-Pierre Raffarin");
  }

  @Test
  void whomWordsWereSaidToMayStandBeforeTheSubject() {
    FoundQuote q = only(parsed("« Nous ne voulons pas la violence », a indiqué à l'AFP, Sonam, 32 ans."), true);
    assertThat(speaker(q)).isEqualTo("Sonam");
    FoundQuote officer = only(parsed("« Nous les libérerons en fin de journée », a indiqué à l'AFP un officier de police sous couvert d'anonymat."), true);
    assertThat(speaker(officer)).isEqualTo("un officier de police");
  }

  @Test
  void aGivenNameAloneAfterACueIsThePersonTheModelMissed() {
    FoundQuote q = only(parsed("« Peut-être qu'on saura à ce moment-là, enfin je l'espère », confie Hélène, une autre maman du quartier."), true);
    assertThat(speaker(q)).isEqualTo("Hélène");
  }

  @Test
  void anOpeningNamesAppositionEndsBeforeTheCuesReflexive() {
    FoundQuote q = only(parsed("À l'issue de pourparlers bilatéraux lundi, Sompong Amornvivat, le ministre thaïlandais des Affaires étrangères, s'indignait : « Nous sommes dans notre pays. »"), true);
    assertThat(speaker(q)).isEqualTo("Sompong Amornvivat");
  }

  @Test
  void theseNewRulesLeaveTheirNeighboursAlone() {
    // The closing comma of a name's apposition, then the verb's negation.
    List<FoundQuote> denounced = parsed("Le responsable a parlé, avant que l'un des porte-parole du gouvernement, Liu Jianchao, ne fustige, lui, dans un communiqué « le geste peu judicieux de la partie française ».");
    assertThat(denounced).filteredOn(FoundQuote::direct).singleElement().satisfies(q -> assertThat(speaker(q)).isEqualTo("Liu Jianchao"));
    // Not a clause between the name and its clitic: Albanel asked, not de Carolis.
    List<FoundQuote> asked = parsed("Le président du groupe, Patrick de Carolis, est donc particulièrement réactif, puisque la ministre de la Culture, Christine Albanel, lui a demandé hier d'annoncer lui-même « l'arrêt de la publicité ».");
    assertThat(asked).filteredOn(FoundQuote::direct).singleElement().satisfies(q -> assertThat(speaker(q)).isNotEqualTo("Patrick de Carolis"));
    // A subordinate clause with a verb of its own is part of the content.
    List<FoundQuote> mayor = parsed("Le maire a assuré que l'école rouvrirait lundi, même si les travaux ne sont pas terminés, a précisé la mairie.");
    assertThat(mayor).filteredOn(q -> !q.direct() && q.text().startsWith("l'école")).singleElement().satisfies(q -> assertThat(q.text()).contains("même si"));
    // A clause with its own subject but no words of its own stays in the content.
    List<FoundQuote> arms = parsed("Le procureur a indiqué que les enquêteurs avaient retrouvé l'arme et Jean Dupont a reconnu les faits.");
    assertThat(arms).filteredOn(q -> !q.direct() && q.text().startsWith("les enquêteurs")).singleElement().satisfies(q -> assertThat(q.text()).contains("Jean Dupont"));
    // A manner phrase's complement is no adjective.
    FoundQuote joke = only(parsed("« On verra », a lancé sur le ton de la confidence le président du groupe UMP."), true);
    assertThat(speaker(joke)).isNotEqualTo("la confidence le président du groupe UMP");
    // A person's name in a parenthesis is the speaker the description names.
    FoundQuote hamon = only(parsed("Le porte-parole du PS (Benoît Hamon) a estimé qu'il fallait « tout changer »."), true);
    assertThat(speaker(hamon)).isEqualTo("Benoît Hamon");
    // Another group named since "les gendarmes" may be the one meant.
    List<FoundQuote> youths = parsed("Les gendarmes ont interpellé trois jeunes mardi soir.\n\nL'un d'eux a affirmé « ne rien savoir ».");
    assertThat(youths).filteredOn(FoundQuote::direct).singleElement().satisfies(q -> assertThat(speaker(q)).isNotEqualTo("un des gendarmes"));
  }

  @Test
  void aRoleTitleAfterAnOpeningPhraseMayHaveARoleAdjective() {
    List<FoundQuote> found = quotes("A Moscou, le nouveau Premier ministre russe Sergueï Stépachine, confirmé par les députés de la Douma, a annoncé qu'il garderait «l'ossature» du précédent gouvernement.");
    assertThat(speaker(only(found, false))).isEqualTo("Sergueï Stépachine");
  }

  @Test
  void aParticipleWithNoAuxiliaryInItsSentenceIsAPassiveThatNamesNoSpeaker() {
    assertThat(quotes("Un haut dirigeant séparatiste kurde, Semdim Sakik, reconnu coupable de la mort de 283 personnes dans 191 attentats et accusé de séparatisme, a été condamné à mort hier par un tribunal turc.")).isEmpty();
    // An auxiliary before it in the sentence may be its own: "a salué … et accusé".
    assertThat(speaker(only(quotes("Le ministre a salué l'accord et accusé Moscou de mentir."), false))).isEqualTo("Le ministre");
  }

  @Test
  void aPronounAfterATopicPhraseTakesUpTheWordsSetApart() {
    List<FoundQuote> found = quotes("Tony Blair a achevé hier deux jours de négociations. Quant au chef du Sinn Fein, il a estimé que l'accord du Vendredi Saint serait «caduc».");
    assertThat(found).filteredOn(FoundQuote::direct).singleElement().satisfies(q -> assertThat(speaker(q)).isEqualTo("chef du Sinn Fein"));
    // The name in apposition to the words set apart.
    FoundQuote minister = only(quotes("Edmund Stoiber a parlé mercredi. Quant à la ministre social-démocrate de la Justice, Herta Daeubler-Gmelin, elle a estimé que la guerre serait une erreur."), false);
    assertThat(speaker(minister)).isEqualTo("Herta Daeubler-Gmelin");
  }

  @Test
  void aQuoteWithNoCueIsThePersonTheSentenceOpensWithPastAFrontedPhrase() {
    List<FoundQuote> found = quotes("William a écrit une lettre au Premier ministre en lui demandant «d'accélérer la réforme». Dans une lettre signée de sa main, Tony Blair est «heureux d'annoncer que Cassis est exempté de quarantaine».");
    assertThat(found).filteredOn(q -> q.text().startsWith("heureux")).singleElement().satisfies(q -> assertThat(speaker(q)).isEqualTo("Tony Blair"));
  }

  @Test
  void aPrepositionBringsInContentOnlyBeforeAnInfinitiveButForAccusingAndReproaching() {
    assertThat(quotes("Les supporters de l'OM ont, pour la première fois, demandé la démission de l'entraîneur Rolland Courbis, au stade de la Mosson.")).isEmpty();
    assertThat(only(quotes("Le ministre a demandé à Moscou de ne pas le faire."), false).text()).isEqualTo("ne pas le faire");
    assertThat(only(quotes("Le ministre a accusé Moscou de l'enlèvement de trois otages."), false).text()).isEqualTo("l'enlèvement de trois otages");
    // An infinitive in marks.
    assertThat(quotes("Laurent Wauquiez a promis de « rendre opérationnelles » au premier trimestre de nouvelles mesures.")).filteredOn(q -> !q.direct()).singleElement().satisfies(q -> assertThat(q.text()).startsWith("« rendre"));
    // Past a "de" that completes a noun of the object, however long, to the infinitive.
    assertThat(only(quotes("Phay Siphan a demandé aux soldats thaïlandais occupant la pagode de Preah Vihear, située à 300 mètres en contrebas du temple, d'en sortir."), false).text()).isEqualTo("en sortir");
  }

  @Test
  void theReviewsMisfiresOfThisWorksRulesStayFixed() {
    // An abbreviation's full stop ends no sentence: the auxiliary before it is the participle's.
    assertThat(only(quotes("Le ministre de l'Agriculture a reçu les éleveurs à 10 h. et promis que les aides seraient versées avant Noël."), false).text()).isEqualTo("les aides seraient versées avant Noël");
    // A negation other than "pas" before the infinitive.
    assertThat(only(quotes("Le ministre de l'Intérieur a demandé aux préfets de ne plus délivrer de titres de séjour."), false).text()).startsWith("ne plus délivrer");
    // An adverb before the infinitive.
    assertThat(only(quotes("Le Premier ministre a promis de tout faire pour sauver l'usine de Florange."), false).text()).startsWith("tout faire");
    // A demand's object is whom it is made to: no infinitive far inside a noun phrase.
    assertThat(quotes("La mère de la victime a demandé la réouverture de l'enquête sur la mort de son fils, tué en 2003 en tentant de fuir la police.")).isEmpty();
    // Whom it is made to may stand before the verb, time words after it.
    assertThat(only(quotes("La ministre de la Culture, Christine Albanel, lui a demandé hier lundi d'annoncer lui-même l'arrêt de la publicité."), false).text()).startsWith("annoncer");
    // "Quant à" a pronoun or a topic: the subject pronoun keeps its antecedent.
    assertThat(speaker(only(quotes("Le ministre des Finances Michel Sapin a présenté le budget mardi. Quant à lui, il a estimé que la croissance repartirait en 2015."), false))).isEqualTo("Michel Sapin");
    assertThat(quotes("« Les comptes seront à l'équilibre », a déclaré Michel Sapin. Quant au déficit, il a affirmé qu'il passerait sous les 3 % en 2017.")).filteredOn(q -> !q.direct()).singleElement().satisfies(q -> assertThat(speaker(q)).isEqualTo("Michel Sapin"));
    // An incise's pronoun goes on with who was speaking, not the name the sentence before opens with.
    assertThat(quotes("« La France ne cédera pas », a déclaré François Hollande à Bruxelles. Merkel a rejeté cette proposition lors du sommet. « Nous verrons bien dans six mois », a-t-il ajouté."))
        .filteredOn(q -> q.text().startsWith("Nous verrons")).singleElement().satisfies(q -> assertThat(speaker(q)).isEqualTo("François Hollande"));
  }

  @Test
  void aPaperQuotedByAnImpersonalReadIsItsSpeaker() {
    List<FoundQuote> read = quotes("François Bayrou est mis en examen. « Au total, une douzaine de responsables du Modem ont été mis en examen », peut-on lire dans Les Échos. « Tout est faux et archi-faux, vraiment », lit-on dans Libération.");
    assertThat(read).filteredOn(q -> q.text().startsWith("Au total")).singleElement().satisfies(q -> {
      assertThat(speaker(q)).isEqualTo("Les Échos");
      assertThat(q.cue()).isEqualTo("peut-on lire");
    });
    assertThat(read).filteredOn(q -> q.text().startsWith("Tout est faux")).singleElement().satisfies(q -> assertThat(speaker(q)).isEqualTo("Libération"));
    // Reading, and an ability, report nothing.
    assertThat(quotes("Le trader lit que son supérieur était parti en vacances.")).isEmpty();
    assertThat(quotes("Pierre Dupont peut affirmer que la loi sera votée demain.")).filteredOn(q -> "peut".equals(q.cue())).isEmpty();
  }

  @Test
  void aChargeInMarksIsNoQuote() {
    assertThat(quotes("Michel Mercier, ancien ministre, est mis en examen pour « complicité de détournement de fonds publics » et « recel de détournement de fonds publics ».")).isEmpty();
    assertThat(quotes("L'association Anticor a porté plainte pour « prise illégale d'intérêt », « corruption passive » et « trafic d'influence ».")).isEmpty();
    // Without a judicial word before it, the reason given is the speaker's.
    FoundQuote reason = only(quotes("La ministre des Sports Laura Flessel annonce sa démission pour des « raisons personnelles et familiales très graves »."), true);
    assertThat(speaker(reason)).isEqualTo("Laura Flessel");
  }

  @Test
  void aNameGoesOnPastAWordThatEndsLikeAParticiple() {
    FoundQuote q = only(quotes("Françoise Nyssen avait fait réaliser les travaux « sans autorisation ni déclaration au fisc », écrit Le Canard enchaîné."), true);
    assertThat(speaker(q)).isEqualTo("Le Canard enchaîné");
    // A participle after a description still ends it.
    FoundQuote agent = only(quotes("« Le ministre a menti à plusieurs reprises », selon un syndicaliste reçu par le ministre."), true);
    assertThat(speaker(agent)).isEqualTo("un syndicaliste");
  }

  @Test
  void aFrontPageNamesThePaperAnImpersonalReads() {
    FoundQuote q = only(quotes("Le monde salue l'élection. « Obama historique », lit-on sur la première page du Diario de Noticias portugais."), true);
    assertThat(speaker(q)).startsWith("Diario de Noticias");
  }

  @Test
  void anAdverbialOfRepetitionStandsInsideTheCueOrBeforeItsContent() {
    // "une nouvelle fois" is no object of the verb: the content is the "que" clause after it.
    FoundQuote after = only(quotes("Claire Dupont a affirmé une nouvelle fois qu'elle avait obtenu la garde de l'enfant."), false);
    assertThat(after.text()).isEqualTo("elle avait obtenu la garde de l'enfant");
    assertThat(speaker(after)).isEqualTo("Claire Dupont");
    assertThat(only(quotes("Claire Dupont a affirmé encore une fois qu'elle avait obtenu la garde."), false).text()).isEqualTo("elle avait obtenu la garde");
    FoundQuote inside = only(quotes("Claire Dupont, qui refuse que son nom soit dévoilé, a une nouvelle fois affirmé qu'elle avait obtenu la garde."), false);
    assertThat(inside.cue()).isEqualTo("a une nouvelle fois affirmé");
    assertThat(speaker(inside)).isEqualTo("Claire Dupont");
  }

  @Test
  void aParticipleRightAfterTheMarksWithNoCommaDescribesTheQuotedWords() {
    List<FoundQuote> qs = quotes("Devenu président, Obama « doit mettre en scène le changement » promis lors de sa campagne, écrit le Yomiuri Shimbun.");
    assertThat(qs).filteredOn(FoundQuote::direct).singleElement().satisfies(q -> {
      assertThat(q.cue()).isEqualTo("écrit");
      assertThat(speaker(q)).isEqualTo("le Yomiuri Shimbun");
    });
    // After a comma it is an incise.
    FoundQuote incise = only(quotes("« Nous ne reculerons pas », a déclaré Claire Dupont."), true);
    assertThat(incise.cue()).isEqualTo("a déclaré");
  }

  @Test
  void aJournalistsFollowUpQuestionIsTheirs() {
    List<FoundQuote> qs = quotes("« Ma vie personnelle est ma vie personnelle », a répondu Rachida Dati.\n\n"
        + "« Mais ce serait une bonne nouvelle ? », a relancé une journaliste.");
    assertThat(qs).filteredOn(q -> q.text().startsWith("Mais")).singleElement().satisfies(q -> {
      assertThat(q.cue()).isEqualTo("a relancé");
      assertThat(speaker(q)).isEqualTo("une journaliste");
    });
  }

  @Test
  void aPronominalCueAgreesWithItsSubject() {
    FoundQuote she = only(quotes("« C'est une victoire pour tous », s'est félicitée la ministre des Sports, Amélie Oudéa-Castéra."), true);
    assertThat(she.cue()).isEqualTo("s'est félicitée");
    assertThat(speaker(she)).isEqualTo("Amélie Oudéa-Castéra");
    FoundQuote they = only(quotes("« C'est une victoire », se sont félicités les élus."), true);
    assertThat(they.cue()).isEqualTo("se sont félicités");
    assertThat(only(quotes("« C'est scandaleux », s'est insurgée Marine Tondelier."), true).cue()).isEqualTo("s'est insurgée");
  }

  @Test
  void aSourceCreditedWithAEnCroire() {
    FoundQuote q = only(quotes("A en croire le quotidien Le Parisien, le joueur serait sur le départ."), false);
    assertThat(q.cue()).isEqualTo("A en croire");
    assertThat(q.text()).isEqualTo("le joueur serait sur le départ");
  }

  @Test
  void aCallWithAnInfinitiveIsReportedButAReflexiveAppelerNames() {
    FoundQuote call = only(quotes("Hun Sen a appelé fermement la Thaïlande à retirer ses troupes."), false);
    assertThat(call.text()).isEqualTo("retirer ses troupes");
    assertThat(call.cue()).isEqualTo("a appelé");
    assertThat(speaker(call)).isEqualTo("Hun Sen");
    assertThat(only(quotes("Les syndicats appellent à manifester le 19 octobre."), false).text()).isEqualTo("manifester le 19 octobre");
    assertThat(quotes("Le trader s'appelle « Boris » et a 33 ans.")).isEmpty();
  }

  @Test
  void wordsWithNoVerbBeforeAPostposedCueAreItsSubjectNotWhatWasSaid() {
    assertThat(quotes("En effet, selon nos informations, Eurex, une importante société filiale des Bourses allemande et helvétique, se serait inquiété des positions prises sur ce marché par la banque."))
        .noneMatch(q -> q.text().contains("Eurex"));
    FoundQuote clause = only(quotes("La France condamne fermement cette attaque, a déclaré le ministère des Affaires étrangères."), false);
    assertThat(clause.text()).isEqualTo("La France condamne fermement cette attaque");
  }

  @Test
  void aPronounAfterADescriptionWithNoSubjectBeforeItIsThePersonLastNamed() {
    List<FoundQuote> qs = quotes("Raphaël Garrigos rappelle que les guillemets authentifient la citation. "
        + "Les éditions Allia viennent de rééditer l'ouvrage d'Éric Chauvier. L'anthropologue utilise la pragmatique du langage. "
        + "« Il faudrait rendre grâce à la science », observe-t-il.");
    assertThat(qs).filteredOn(FoundQuote::direct).singleElement().extracting(QuoteExtractorTest::speaker).isEqualTo("Éric Chauvier");
  }

  @Test
  void anObjectLeadingToTheContentIsNoInvertedSubjectAfterARelativeClause() {
    List<FoundQuote> qs = parsed("Jeudi encore, la Chine, qui reçoit les diplomates lundi, avait appelé la France à gérer « prudemment » la question tibétaine.");
    assertThat(qs).filteredOn(q -> q.text().equals("prudemment")).singleElement().extracting(QuoteExtractorTest::speaker).isEqualTo("la Chine");
  }
}
