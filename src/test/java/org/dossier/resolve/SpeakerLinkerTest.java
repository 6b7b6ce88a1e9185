package org.dossier.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.analyse.SharedFrenchAnalyzer;
import org.dossier.brief.Article;
import org.dossier.config.Settings;
import org.dossier.extract.quotes.Quote;
import org.dossier.pipeline.AnalysisStage;
import org.junit.jupiter.api.Test;

/** Speakers that only the rest of the article names: descriptions, nationalities, roles. */
class SpeakerLinkerTest {

  private static final AnalysisStage STAGE = new AnalysisStage(SharedFrenchAnalyzer.get(), Settings.defaults());

  private static Article article(String id, String text) {
    return new Article(id, "fixture", "text", null, "fr", null, null, List.of(), List.of(), null, null, text, List.of());
  }

  private static AnalysisStage.Result linked(String text) {
    return STAGE.run(List.of(STAGE.mentions(article("a1", text))));
  }

  /** The speaker of the quote holding {@code quoted} when these articles are resolved in one run. */
  private static String speakerInRun(String quoted, Article... run) {
    List<Quote> quotes = STAGE.run(java.util.Arrays.stream(run).map(STAGE::mentions).toList()).quotes();
    Quote q = quotes.stream().filter(x -> x.text().contains(quoted)).findFirst().orElseThrow(() -> new AssertionError("no quote with " + quoted + " in " + quotes));
    return q.speaker() == null ? null : q.speaker().name();
  }

  private static String speakerOf(String text, String quoted) {
    List<Quote> quotes = linked(text).quotes();
    Quote q = quotes.stream().filter(x -> x.text().contains(quoted)).findFirst().orElseThrow(() -> new AssertionError("no quote with " + quoted + " in " + quotes));
    return q.speaker() == null ? null : q.speaker().name();
  }

  @Test
  void aRoleThisArticleGivesIsOneTheDescriptionCanBeThoughTheRunKnowsAnother() {
    Article town = article("a1", "Le maire de Bordeaux, Alain Juppé, a inauguré le tram. Alain Juppé, maire de Bordeaux, a souri.");
    Article here = article("a2", "Le ministre de la Défense Alain Juppé a rencontré le général Jean Martin. « Nous serons prêts », a déclaré le ministre.");
    assertThat(speakerInRun("serons prêts", town, here)).isEqualTo("Alain Juppé");
  }

  @Test
  void aDemonstrativeIsTheDescriptionThatGaveItsNounAComplement() {
    String text =
        "Le porte-parole Thubten Samphel a parlé mardi.\n\n"
            + "L'offre de dialogue est accueillie avec prudence par les proches du Dalaï Lama. Ces proches rappellent que l'autonomie reste leur seul but.";
    assertThat(speakerOf(text, "autonomie")).isEqualTo("proches du Dalaï Lama");
  }

  @Test
  void aRoleOfABodyNamedByItsKindIsOfTheBodyNamedBefore() {
    String text = "La Société Générale a porté plainte. Des perquisitions ont eu lieu hier au siège de la Société Générale, a indiqué une porte-parole de la banque.";
    assertThat(speakerOf(text, "perquisitions")).isEqualTo("porte-parole de la Société Générale");
  }

  @Test
  void aSignedLetterSpeaksForItsSignersNotForWhomItWasSentTo() {
    String text =
        "Les patrons des chaînes ont envoyé une lettre confidentielle à Jean-François Copé. "
            + "\"Nous avons été stupéfaits\", indique la lettre, signée du directeur de TF1, Nonce Paolini, et du président de M6, Nicolas de Tavernost.\n\n"
            + "Selon la lettre, la taxe servirait à \"compenser la mauvaise gestion\" du service public.";
    assertThat(speakerOf(text, "stupéfaits")).isEqualTo("Nonce Paolini et Nicolas de Tavernost");
    assertThat(speakerOf(text, "mauvaise gestion")).isEqualTo("Nonce Paolini et Nicolas de Tavernost");
    assertThat(membersOf(text, "stupéfaits")).containsExactly("Nonce Paolini", "Nicolas de Tavernost");
  }

  /** The names of the entities a quote's speaker lists as its members. */
  private static List<String> membersOf(String text, String quoted) {
    AnalysisStage.Result r = linked(text);
    Quote q = r.quotes().stream().filter(x -> x.text().contains(quoted)).findFirst().orElseThrow();
    return q.speaker().members().stream().map(id -> r.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow().name()).toList();
  }

  @Test
  void qualifierDeIsAReportingVerbAndQuiItsSubject() {
    String text = "L'annonce de la rencontre à Roqueredonde a été critiquée par le Parti socialiste qui l'a qualifiée de \"séance de rattrapage après l'échec total de la diplomatie\".";
    assertThat(speakerOf(text, "séance de rattrapage")).isEqualTo("Parti socialiste");
  }

  @Test
  void aRectoratIsABodyNotTheLastPersonNamed() {
    String text =
        "Le ministre Xavier Darcos a défendu sa réforme.\n\n"
            + "A Caen, le lycée Dumont d'Urville a été bloqué. L'établissement a décidé de suspendre les cours pour la journée de mardi, selon le rectorat de Caen.";
    assertThat(speakerOf(text, "suspendre les cours")).isEqualTo("rectorat de Caen");
  }

  @Test
  void aReportOpeningTheSentenceIsTheInvertedPronoun() {
    String text =
        "Le rapport Leonetti a été remis hier au Premier ministre François Fillon.\n\n"
            + "Mais le rapport reste ferme sur les principes : \"C'est avec une extrême prudence qu'il convient de recevoir une demande de mort\", souligne-t-il.\n\n"
            + "Il rappelle enfin que \"le fait de donner la mort à un tiers constitue un homicide volontaire\".";
    assertThat(speakerOf(text, "extrême prudence")).isNotEqualTo("François Fillon");
    assertThat(speakerOf(text, "homicide volontaire")).isNotEqualTo("François Fillon");
  }

  @Test
  void aDescriptionWithAQualifierIsTheOneRoleThatSharesIt() {
    String text =
        "Le Premier ministre cambodgien Hun Sen a exigé le retrait des soldats, alors que le ministre des Affaires étrangères de Bangkok, Sompong Amornviwat, était à Phnom Penh. "
            + "Le ministre cambodgien des Affaires étrangères Hor Namhong a reçu M. Sompong.\n\n"
            + "\"J'ai dit à mon homologue que l'envoi de troupes était dangereux\", a dit le ministre cambodgien.";
    assertThat(speakerOf(text, "envoi de troupes")).isEqualTo("Hor Namhong");
  }

  @Test
  void aDescriptionWhoseComplementNamesAPersonIsItsOwnSpeaker() {
    String text =
        "Bernard Laporte a repris le micro que s'apprêtait à saisir sa ministre de tutelle, Roselyne Bachelot.\n\n"
            + "L'entourage de Bernard Laporte a expliqué que le secrétaire d'Etat avait voulu couper court aux rumeurs.";
    assertThat(speakerOf(text, "couper court")).isEqualTo("entourage de Bernard Laporte");
  }

  @Test
  void aTextNamesNoAuthorByWhomItWasSentTo() {
    String text =
        "Les syndicats ont adressé une lettre ouverte à Xavier Darcos.\n\n"
            + "\"Nous refusons cette réforme qui démolit le lycée\", affirme la lettre.";
    assertThat(speakerOf(text, "démolit le lycée")).isNotEqualTo("Xavier Darcos");
  }

  @Test
  void aPersonCalledByNationalityIsThePersonNamedBefore() {
    String text =
        "Lance Armstrong a annoncé en septembre son retour à la compétition. "
            + "Le coureur a participé mercredi à la présentation du parcours à Paris. "
            + "\"Je veux gagner une dernière fois la grande course\", a ajouté l'Américain.";
    assertThat(speakerOf(text, "dernière fois")).isEqualTo("Lance Armstrong");
  }

  @Test
  void aDescriptionGoesToTheSubjectNamedNearbyNotToAPrepositionsObject() {
    String text =
        "Barack Obama a remporté mardi une victoire historique sur John McCain. "
            + "Le candidat démocrate a recueilli environ 52,6% des suffrages, contre 46,4% pour McCain. "
            + "\"Le changement est arrivé en Amérique\", a déclaré le président élu devant la foule.";
    assertThat(speakerOf(text, "changement")).isEqualTo("Barack Obama");
  }

  @Test
  void aPronounGoesToTheSubjectNamedNearbyNotToAPrepositionsObject() {
    String text =
        "Nicolas Sarkozy a attendu le dernier moment pour annoncer sa participation à la cérémonie. "
            + "Une centaine d'athlètes ont envoyé une lettre ouverte au président Hu Jintao. "
            + "Le voyage est bref. Il a estimé qu'il fallait \"accompagner la Chine vers l'ouverture\".";
    assertThat(speakerOf(text, "accompagner la Chine")).isEqualTo("Nicolas Sarkozy");
  }

  @Test
  void aRelativePronounWithoutACommaStandsForTheNounBeforeIt() {
    String text =
        "\"Il s'agit de cibler de futurs délinquants hypothétiques\", dénonce l'association qui critique une surveillance \"parfois généralisée\". "
            + "La Ligue des droits de l'homme (LDH) a dénoncé mercredi le fichage policier des mineurs.";
    assertThat(speakerOf(text, "parfois généralisée")).isEqualTo("Ligue des droits de l'homme");
    String named = "Le Premier ministre a opposé ces déclarations aux propos de François Hollande qui avait reconnu \"qu'il y a des causes qui dépassent les clivages\".";
    assertThat(speakerOf(named, "dépassent les clivages")).isEqualTo("François Hollande");
  }

  @Test
  void anEntourageAnsweringInChorusOrAgreeing() {
    String chorus = "Ingrid Betancourt est rentrée en France. L'ex-otage aurait-elle pu partir plus tôt ? «Non», répond en chœur son entourage.";
    assertThat(speakerOf(chorus, "Non")).isEqualTo("entourage d'Ingrid Betancourt");
    String agreeing = "Jérôme Kerviel a été entendu mardi. \"Nulle part on ne parle de limite admise\", a-t-on abondé dans son entourage. \"C'est comme être en excès de vitesse\", a-t-on ajouté.";
    assertThat(speakerOf(agreeing, "excès de vitesse")).isEqualTo("entourage de Jérôme Kerviel");
  }

  @Test
  void anAdverbOrAConfessionBetweenTheQuoteAndItsSpeaker() {
    String even = "Pour celles-ci, \"il peut y avoir une forme de transgression\", reconnaît même Jean Leonetti.";
    assertThat(speakerOf(even, "transgression")).isEqualTo("Jean Leonetti");
    String confessed = "«Je vais être comme un chewing-gum pour mes enfants», avait confessé Ingrid Betancourt en foulant le tarmac.";
    assertThat(speakerOf(confessed, "chewing-gum")).isEqualTo("Ingrid Betancourt");
  }

  @Test
  void aFragmentAfterACoordinatedVerbIsTheFirstVerbsSubjects() {
    String text = "Du Québec, Nicolas Sarkozy a, lui, jugé que ce fiasco n'était «pas acceptable». Et demandé que «les responsables en tirent les conséquences».";
    assertThat(speakerOf(text, "en tirent les conséquences")).isEqualTo("Nicolas Sarkozy");
    String relative = "Et le Premier ministre de conclure par une pique à l'adresse de Laurence Parisot, qui a fait part lundi matin sur RTL de son «inquiétude» et demandé des «explications» au gouvernement.";
    assertThat(speakerOf(relative, "explications")).isEqualTo("Laurence Parisot");
  }

  @Test
  void celleQuiAfterACueIsTheLastSpeaker() {
    String text =
        "\"C'est vrai que j'en ai envie\", a déclaré mercredi sur TF1 Ségolène Royal. "
            + "\"Mais en même temps, je n'ai jamais fait de ma candidature un préalable\", a ajouté celle qui avait mis sa candidature au \"Frigidaire\".";
    assertThat(speakerOf(text, "en même temps")).isEqualTo("Ségolène Royal");
  }

  @Test
  void aColonHandsOverToTheViewHolderNotToAnEponym() {
    String text =
        "Jean-Luc Romero, président de l'ADMD, ne mâche pas ses mots : \"On s'est bien moqués de nous.\" "
            + "Cette commission, créée après l'affaire Sébire, ne trouve décidément pas grâce aux yeux de Jean-Luc Romero : "
            + "\"Juste après l'émotion, on a créé cette commission pour nous annoncer rien du tout\".";
    assertThat(speakerOf(text, "Juste après")).isEqualTo("Jean-Luc Romero");
  }

  @Test
  void aQualifiedBodyNamesItselfNotTheLastBodyNamed() {
    String text =
        "Jérôme Kerviel est accusé d'avoir fait perdre 4,9 milliards d'euros à la Société générale. "
            + "A l'audience vendredi, le parquet général a requis son maintien en détention, arguant des \"nécessités de l'instruction\".";
    assertThat(speakerOf(text, "nécessités")).isEqualTo("parquet général");
  }

  @Test
  void aPronounIsNeverThePassiveAgentOfItsOwnSentence() {
    String text =
        "Rachida Dati était jeudi soir l'invitée de l'émission A vous de juger, sur France 2. "
            + "Mais la garde des Sceaux n'a pas commenté sa grossesse. "
            + "Interrogée à maintes reprises par la journaliste Arlette Chabot, elle a estimé que \"ça ne méritait pas de commentaire\".";
    assertThat(speakerOf(text, "commentaire")).isEqualTo("Rachida Dati");
  }

  @Test
  void aDescriptionWithAnUnnamedComplementIsThePersonNamedBefore() {
    String text =
        "Jérôme Kerviel a été entendu par les juges mardi. "
            + "Le jeune trader de 31 ans a expliqué avoir toujours voulu \"faire gagner de l'argent à sa banque\".";
    assertThat(speakerOf(text, "gagner de l'argent")).isEqualTo("Jérôme Kerviel");
  }

  @Test
  void aDescriptionWithANamedComplementIsItsOwnSpeaker() {
    String text =
        "Le petit Mohamed a été retrouvé jeudi à Marseille. "
            + "\"L'enfant est en bonne santé et a été confié à sa famille\", a précisé le procureur de la République de Marseille.";
    assertThat(speakerOf(text, "bonne santé")).isEqualTo("procureur de la République de Marseille");
  }

  @Test
  void aBodyDescribedInTheLeadIsTheOneNamedAfter() {
    String text =
        "\"Il s'agit de cibler ceux que l'on étiquette d'avance comme de futurs délinquants\", dénonce l'association. "
            + "La Ligue des droits de l'Homme (LDH) a dénoncé mercredi le fichage des mineurs.";
    assertThat(speakerOf(text, "cibler ceux")).isEqualTo("Ligue des droits de l'Homme");
  }

  @Test
  void aRoleInTheLeadIsThePersonTheArticleGivesThatRoleLater() {
    String text =
        "Le porte-parole de la présidence turque a annoncé mardi qu'un nouveau cessez-le-feu était en négociation avec la Russie.\n\n"
            + "\"Ces bombardements doivent cesser immédiatement\", a déclaré le porte-parole turc, Ibrahim Kalin, à Ankara.";
    assertThat(speakerOf(text, "cessez-le-feu était")).isEqualTo("Ibrahim Kalin");
  }

  @Test
  void aGerundTakesTheNameRightBeforeIt() {
    String text =
        "L'OSDH a fait état de vingt morts dans la province d'Idleb. "
            + "Ankara a rappelé l'ultimatum de Recep Tayyip Erdogan sommant Damas de faire reculer ses troupes avant la fin du mois.";
    assertThat(speakerOf(text, "faire reculer")).isEqualTo("Recep Tayyip Erdogan");
  }

  @Test
  void theMinisterIsTheOneWhoseRoleAgreesInGender() {
    String text =
        "Le ministre de l'Education Xavier Darcos a affirmé vendredi qu'il faudra éviter les blocages de lycées. "
            + "Il ne demandera pas à la ministre de l'Intérieur, Michèle Alliot-Marie, de prendre des dispositions. "
            + "Interrogé sur l'extrême gauche, le ministre a répondu : \"Ce mouvement a pris un tournant très violent pour des enjeux modestes\".";
    assertThat(speakerOf(text, "tournant très violent")).isEqualTo("Xavier Darcos");
  }

  @Test
  void theSubjectIsTheNameARelativeClauseDescribesNotTheNameInsideIt() {
    String text =
        "Samedi, l'ancien premier ministre Jean-Pierre Raffarin, qui s'est rendu en Chine en tant qu'émissaire du président Nicolas Sarkozy, "
            + "a estimé qu'une situation d'apaisement était maintenant en place.";
    assertThat(speakerOf(text, "apaisement")).isEqualTo("Jean-Pierre Raffarin");
  }

  @Test
  void aBodyCalledByTheFirstWordOfItsName() {
    String text =
        "La banque Lehman Brothers a fait faillite en septembre. Un rapport de l'Inspection générale de la Caisse d'Epargne a été remis mardi. "
            + "\"Cette dérive dans la gestion n'a pas été perçue à temps du fait d'alertes ignorées\", soulignait l'inspection.";
    assertThat(speakerOf(text, "dérive")).isEqualTo("Inspection générale de la Caisse d'Epargne");
  }

  @Test
  void aTitleTheModelPutsInsideTheNameIsLeftOut() {
    String text =
        "Le ministre colombien de la Défense Juan Manuel Santos a salué l'armée. "
            + "Le ministre de la Défense Santos a estimé que l'opération s'était déroulée \"comme dans un film\".";
    assertThat(speakerOf(text, "comme dans un film")).isEqualTo("Juan Manuel Santos");
  }

  @Test
  void aDescriptionTakesThePersonOfItsGenderAndNotAnotherMinistersRole() {
    String text =
        "La ministre de la Justice, Rachida Dati, a critiqué le projet. "
            + "Outre la garde des Sceaux, d'autres ministres se sont opposés à l'euthanasie, dont Roselyne Bachelot. "
            + "\"Ni le monde médical, ni les pouvoirs publics ne sauraient promouvoir l'euthanasie active\", a affirmé la ministre de la Santé.";
    assertThat(speakerOf(text, "monde médical")).isEqualTo("Roselyne Bachelot");
  }

  @Test
  void aNameCompletingANounIsNotTheSubject() {
    String text =
        "Le Dr Emmanuel Debost a été reçu par Nicolas Sarkozy. "
            + "La semaine dernière, le chef de l'Etat avait demandé de vérifier que toutes les voies de la médecine avaient été épuisées.";
    assertThat(speakerOf(text, "épuisées")).isEqualTo("Nicolas Sarkozy");
  }

  @Test
  void aTitleInsideTheModelsSpanIsTheRoleOfThePersonAfterIt() {
    String text =
        "Le Premier ministre François Fillon a accusé ce matin le PS de vouloir créer des tensions. "
            + "Martine Aubry a répondu sur Europe 1. "
            + "La réforme des lycées n'était que \"reportée et non enterrée\", a répété le Premier ministre.";
    assertThat(speakerOf(text, "créer des tensions")).isEqualTo("François Fillon");
    assertThat(speakerOf(text, "reportée et non enterrée")).isEqualTo("François Fillon");
  }

  @Test
  void aPossessiveSpeakerBelongsToThePersonNamedBefore() {
    String text =
        "Rachida Dati n'a pas annoncé la nouvelle à la Chancellerie. "
            + "Même si son cabinet reconnaît que l'année sera probablement \"aussi chargée que la première\".";
    assertThat(speakerOf(text, "aussi chargée")).isEqualTo("cabinet de Rachida Dati");
  }

  @Test
  void aDemonstrativeNamesAgainTheLastSpeakerDescribedWithTheSameNoun() {
    String text =
        "Nicolas Sarkozy a reporté la réforme. « Il n'y a pas un pays en Europe où l'on ne surveille pas la Grèce », admet un autre conseiller élyséen. "
            + "« Toutes les réformes ne méritent pas qu'on se fasse tuer en place publique », ajoute ce conseiller.";
    assertThat(speakerOf(text, "Toutes les réformes")).isEqualTo("autre conseiller élyséen");
  }

  @Test
  void aRoleWithItsComplementInAppositionIsWhoTheDescriptionNamesLater() {
    String text =
        "Le petit Mohamed a été retrouvé à Marseille, a déclaré le procureur de la République de Marseille, Jacques Dallest. "
            + "Sa mère devait verser 200 euros à une amie, selon le procureur.";
    assertThat(speakerOf(text, "200 euros")).isEqualTo("Jacques Dallest");
  }

  @Test
  void aGivenNameAloneIsThePersonTheArticleNamesInFull() {
    String text =
        "Le général thaï Vibulsak Neepan a déclaré que les forces s'étaient repliées. "
            + "\"La situation est très tendue sur le front\", a dit le général Vibulsak à la télévision.";
    assertThat(speakerOf(text, "très tendue")).isEqualTo("Vibulsak Neepan");
  }

  @Test
  void aRoleAloneIsADescriptionNotAName() {
    String text =
        "Le président Nicolas Sarkozy a parlé au palais. Par ailleurs, le Président a aussi annoncé que la taxe serait de 0,9% du chiffre d'affaires.";
    assertThat(speakerOf(text, "0,9%")).isEqualTo("Nicolas Sarkozy");
  }

  @Test
  void aDescriptionThatGivesItsGenderTakesNoPersonOfUnknownGender() {
    String text =
        "Hu Jintao a visité Lhassa lundi. "
            + "«Le peuple du Tibet condamne fermement ce mouvement», selon la voix off du reportage diffusé sur la chaîne internationale.";
    assertThat(speakerOf(text, "condamne fermement")).isEqualTo("voix off du reportage");
  }

  @Test
  void aMinistryTheModelRunsIntoTheNameIsTheRoleOfThePerson() {
    String text =
        "Les banques recevront 10,5 milliards d'euros, a annoncé la ministre de l'Economie Christine Lagarde. "
            + "En contrepartie, la ministre a demandé aux banques \"des engagements de nature économique et éthique\".";
    assertThat(speakerOf(text, "engagements")).isEqualTo("Christine Lagarde");
  }

  @Test
  void aBodyCalledByTheFirstWordOfTheNameItIsSpeltOutWith() {
    String text =
        "A l'Afub (Association française des usagers des banques), on sent pointer les préoccupations. "
            + "L'association évoque «des pactes de non-agression» entre les banques.";
    assertThat(speakerOf(text, "pactes")).isIn("Afub", "Association française des usagers des banques");
  }

  @Test
  void aDescriptionWithoutGenderIsThePersonTheArticleIsAbout() {
    String text =
        "«Les conditions de nos libérations ont été surréalistes», a affirmé Ingrid Betancourt. "
            + "Ingrid Betancourt a remercié l'armée colombienne. "
            + "Le commandant des forces militaires colombiennes, le général Freddy Padilla, a révélé que l'hélicoptère avait neuf membres des forces spéciales à son bord. "
            + "«Je n'ai pas même ressenti de bonheur à ce moment», a ajouté l'ex-otage.";
    assertThat(speakerOf(text, "bonheur")).isEqualTo("Ingrid Betancourt");
  }

  @Test
  void anAdjectiveAfterAnElidedArticleGivesTheDescriptionsGender() {
    String text =
        "Ingrid Betancourt a parlé dimanche. Le général Freddy Padilla a révélé que l'opération avait duré vingt minutes. "
            + "«L'opération militaire de l'armée de mon pays a été parfaite», a conclu l'ancienne candidate présidentielle.";
    assertThat(speakerOf(text, "parfaite")).isEqualTo("Ingrid Betancourt");
  }

  @Test
  void aBarePresidentIsNotThePresidentOfABody() {
    String text =
        "Le président Nicolas Sarkozy a reçu les syndicats. Dans la cour, le président du CSA, Michel Boyon, n'a rien dit. "
            + "Le président Nicolas Sarkozy a parlé longtemps. Par ailleurs, le Président a aussi annoncé que la taxe serait de 0,9% du chiffre d'affaires.";
    assertThat(speakerOf(text, "0,9%")).isEqualTo("Nicolas Sarkozy");
  }

  @Test
  void aRoleInAppositionAfterTheNameIsThatPersonsRole() {
    String text =
        "Le plan de relance devrait s'élever à 19 milliards d'euros, a indiqué Christine Lagarde, ministre de l'Economie, mardi. "
            + "Anne Martin, porte-parole du patronat, a salué le plan. "
            + "\"On a mentionné le chiffre de 1% du PIB\", a déclaré la ministre de l'Economie.";
    assertThat(speakerOf(text, "chiffre de 1%")).isEqualTo("Christine Lagarde");
  }

  @Test
  void aRoleTheModelTakesForABodyIsStillAPersonsDescription() {
    String text =
        "Rachida Dati est opposée à une loi sur l'euthanasie. "
            + "Interrogée jeudi sur France Inter, la ministre de la Justice a déclaré que le juge ne pouvait que répondre négativement à cette demande.";
    assertThat(speakerOf(text, "répondre négativement")).isEqualTo("Rachida Dati");
  }

  @Test
  void aRoleBeforeANameOfTheOtherGenderIsSomeoneElses() {
    // "du président de la République, Rachida Dati" is no role of hers: "la ministre" is still her.
    String text =
        "Ce jour-là Rachida Dati sortait de l'Elysée. "
            + "Moins en vue auprès du président de la République, Rachida Dati restera-t-elle au gouvernement ? "
            + "\"Je veux rester prudente\", a déclaré la ministre de la Justice.";
    assertThat(speakerOf(text, "rester prudente")).isEqualTo("Rachida Dati");
  }

  @Test
  void theKeeperOfTheSealsIsARole() {
    String text =
        "Le garde des Sceaux, Pascal Clément, a visité la prison de Fresnes mardi. "
            + "Il y a rencontré le directeur, Jean Dupont. "
            + "\"Les conditions de détention doivent changer\", a déclaré le garde des Sceaux.";
    assertThat(speakerOf(text, "conditions de détention")).isEqualTo("Pascal Clément");
  }

  @Test
  void aSubjectBeforeAnAppositionIsNoIncise() {
    String text =
        "Le Crédit agricole va supprimer des postes. "
            + "Aujourd'hui, Georges Pauget, le directeur général de Crédit agricole SA, évoque la nécessité \"d'un recentrage rapide et vigoureux\".";
    assertThat(speakerOf(text, "recentrage rapide")).isEqualTo("Georges Pauget");
  }

  @Test
  void aRoleAndAPartyIsAPersonNotThePartyNorAnotherPartysHolder() {
    String text =
        "Jean Leonetti a défendu sa loi de 2005 devant les médecins. "
            + "Pour le député socialiste de la Nièvre, Gaëtan Gorce, l'exception d'euthanasie prendrait une autre forme. "
            + "\"Le suicide est un acte on ne peut plus personnel\", insiste le député UMP.";
    assertThat(speakerOf(text, "acte on ne peut plus")).isEqualTo("Jean Leonetti");
  }

  @Test
  void aRoleIsSomeoneNamedBeforeRatherThanTheOneTheArticleGivesItLater() {
    String text =
        "Jean Leonetti a défendu sa loi de 2005 devant les médecins. "
            + "\"Les équipes médicales se trouvent alors dans une situation très délicate\", estime le député. "
            + "Pour le député socialiste de la Nièvre, Gaëtan Gorce, l'exception d'euthanasie prendrait une autre forme.";
    assertThat(speakerOf(text, "situation très délicate")).isEqualTo("Jean Leonetti");
  }

  @Test
  void aGenderedDescriptionIsTheLastSpeakerOfThatGenderBeforeOneOnlySpokenOf() {
    String text =
        "\"Je suis sûr qu'il a très peur\", raconte Nick Leeson à la télévision irlandaise.\n\n"
            + "Jérôme Kerviel, qui serait à l'origine de cette fraude, est aujourd'hui introuvable.\n\n"
            + "\"Son avenir est très incertain\", commente l'ancien trader. "
            + "Pour lui, l'ampleur de la fraude \"dépasse l'entendement\".";
    assertThat(speakerOf(text, "avenir est très incertain")).isEqualTo("Nick Leeson");
    assertThat(speakerOf(text, "dépasse l'entendement")).isEqualTo("Nick Leeson");
  }

  @Test
  void aTextOrMediumDescribedAgainIsTheOneNamedWithThatNoun() {
    String text =
        "La banque Natixis a perdu 975 millions d'euros en octobre, affirme le quotidien La Tribune. "
            + "Natixis a démenti mercredi dans un communiqué avoir perdu \"un milliard d'euros\" lors d'opérations de marché en octobre. "
            + "La banque évalue ses pertes à 250 millions d'euros en raison d'un marché \"extrêmement difficile\", ajoute le communiqué. "
            + "La Caisse d'Epargne et la Banque Populaire sont ses actionnaires. "
            + "Natixis s'apprêterait à lancer un avertissement sur ses résultats, ajoute le quotidien économique.";
    assertThat(speakerOf(text, "extrêmement difficile")).isEqualTo("Natixis");
    assertThat(speakerOf(text, "avertissement")).isEqualTo("Tribune");
  }

  @Test
  void aTimeAfterTheSpeakerIsNotTheirName() {
    String text = "Natixis a perdu 975 millions d'euros dans des opérations de marché en octobre, affirme La Tribune mercredi.";
    assertThat(speakerOf(text, "975 millions")).isEqualTo("Tribune");
  }

  @Test
  void theTitleWithItsComplementIsARoleNotAPerson() {
    String text =
        "Nicolas Sarkozy a reçu les constructeurs automobiles mardi. "
            + "La semaine dernière, le Président de la République avait indiqué que l'Etat travaillerait \"dans les prochaines semaines\" à un plan de relance.";
    assertThat(speakerOf(text, "prochaines semaines")).isEqualTo("Nicolas Sarkozy");
  }

  @Test
  void oneOfAGroupIsNoPersonNamedBefore() {
    String text =
        "\"Aucune chaîne ne sera privatisée\", a répété Nicolas Sarkozy. "
            + "Des membres de l'intersyndicale manifestaient devant l'Elysée. "
            + "\"Des policiers nous ont empêché de rejoindre la rue\", raconte l'un d'entre eux.";
    assertThat(speakerOf(text, "Des policiers")).isNotEqualTo("Nicolas Sarkozy");
  }

  @Test
  void aPhraseOpeningWithAPrepositionSpeaksForNoOne() {
    String text =
        "\"Les victimes sont toutes des civils innocents\", a indiqué un responsable du gouvernement régional du Tibet.\n\n"
            + "Toutefois, ce bilan pourrait être beaucoup plus important, à en croire le gouvernement tibétain en exil, dans le nord de l'Inde, qui a affirmé dimanche qu'au moins 80 personnes avaient été tuées et 72 autres blessées.";
    assertThat(speakerOf(text, "80 personnes")).isNotEqualTo("dans le nord de l'Inde");
  }

  @Test
  void aRelativeClauseWithoutItsClosingCommaDescribesTheSentencesOpening() {
    String text =
        "Patrick Poivre d'Arvor a quitté TF1 vendredi. "
            + "Le journaliste, écrivain de marine, qui a choisi la pointe Bretagne pour son premier jour de vacances forcées s'est félicité de se trouver \"loin des tumultes parisiens\".";
    assertThat(speakerOf(text, "tumultes parisiens")).isEqualTo("Patrick Poivre d'Arvor");
  }

  @Test
  void aKindOfBodyAndANameTheModelMissedSpeaksForItself() {
    String text =
        "Selon Renaud Revel, journaliste à L'Express, les négociations ont échoué. "
            + "Le site TVMag.com affirme quant à lui vendredi, que TF1 a proposé seulement \"2 millions d'euros\" au journaliste.";
    assertThat(speakerOf(text, "2 millions")).endsWith("TVMag.com");
  }

  @Test
  void aSpokesmanSpeakingForTheSubject() {
    String text =
        "Lundi après-midi, le ministère de l'Intérieur assure, par la voix de son porte-parole, Gérard Gachet, qu'il \"n'a jamais été question d'écrire sur une fiche que quelqu'un est homosexuel\". "
            + "En revanche, précise-t-il, \"nous pouvons être amenés à écrire qu'il est président d'une association\".";
    assertThat(speakerOf(text, "jamais été question")).isEqualTo("Gérard Gachet");
    assertThat(speakerOf(text, "amenés à écrire")).isEqualTo("Gérard Gachet");
  }

  @Test
  void aPersonKnownByALowerCaseTitle() {
    String text =
        "Nicolas Sarkozy n'a pas vu le dalaï-lama, qui a rencontré mercredi des sénateurs au Sénat. "
            + "Il a critiqué les Jeux olympiques qu'il avait \"toujours voulu voir organisés en Chine\".";
    assertThat(speakerOf(text, "toujours voulu voir")).isEqualTo("dalaï-lama");
  }

  @Test
  void aQuestionOrAThingOfSomeonesIntroducesNoSpeaker() {
    String text =
        "Le dalaï-lama aime les médias. \"Je n'ai pas de message politique\", a-t-il dit.\n\n"
            + "La venue de Carla Bruni ?\n\n"
            + "\"Je suis content de la rencontrer, c'est tout.\"\n\n"
            + "La venue de Carla Bruni à Montpellier ne semble pas l'émouvoir davantage : \"Je suis content, c'est tout, vraiment.\"";
    assertThat(speakerOf(text, "content de la rencontrer")).isEqualTo("dalaï-lama");
    assertThat(speakerOf(text, "c'est tout, vraiment")).isEqualTo("dalaï-lama");
  }

  @Test
  void aTextSpeaksForTheAuthorNamedWithTheLastText() {
    String text =
        "Le constat du rapport de l'inspection générale des Caisses d'Epargne, dont Le Nouvel Observateur s'est procuré une copie mercredi, serait accablant. "
            + "Le document de 13 pages note \"un nombre important de défaillances de contrôle interne\".";
    assertThat(speakerOf(text, "défaillances")).isEqualTo("inspection générale des Caisses d'Epargne");
  }

  @Test
  void aBodyDescribedWithAnotherComplementIsNotTheBodyOfThatHead() {
    String text =
        "Enfin, la fédération de Moselle a reconnu une erreur de 24 voix. "
            + "La fédération PS de Gironde a constaté une erreur dans la retranscription des résultats et a indiqué dimanche que Martine Aubry avait enregistré 11 voix de plus.";
    assertThat(speakerOf(text, "11 voix")).isEqualTo("fédération PS de Gironde");
  }

  @Test
  void aNameCompletingTheDescriptionIsNotTheSpeaker() {
    String text =
        "Ingrid Betancourt avait annoncé le 9 juillet qu'elle comptait venir à Strasbourg en septembre.\n\n"
            + "Contactée en début de semaine, l'ex-otage des Farc a fait savoir à 20 Minutes que la date de sa visite « reste à convenir ».";
    assertThat(speakerOf(text, "reste à convenir")).isEqualTo("Ingrid Betancourt");
  }

  @Test
  void aRoleNoOneHeldBeforeIsThePersonWhoSpeaksNext() {
    String text =
        "Les enfants qui ont défilé lors de la cérémonie d'ouverture étaient tous des Hans.\n\n"
            + "Interrogé vendredi sur la question, le vice-président du comité d'organisation a estimé que la presse était \"trop pointilleuse\".\n\n"
            + "\"Je ne vois pas en quoi le lieu d'origine des enfants pose problème\", a déclaré Wang Wei.";
    assertThat(speakerOf(text, "la presse était")).isEqualTo("Wang Wei");
  }

  @Test
  void aPairIsTheTwoNamedTogether() {
    String text =
        "L'armée a arrêté les deux responsables chargés de surveiller les otages, Gerardo Aguilar et Alexander Farfan. "
            + "Les deux guérilleros ont démenti avoir reçu de l'argent du gouvernement colombien.";
    assertThat(speakerOf(text, "reçu de l'argent")).isEqualTo("Gerardo Aguilar et Alexander Farfan");
  }

  @Test
  void aPairOfBodiesIsTheTwoBodiesNamedTogether() {
    String text =
        "La Société générale, comme le Crédit agricole, n'a pas voulu chiffrer son exposition. "
            + "Les deux banques ont indiqué aux analystes que le risque le plus important était limité.";
    assertThat(speakerOf(text, "risque le plus important")).isEqualTo("Société générale et Crédit agricole");
  }

  @Test
  void aPairNamedApartIsTheOneWhoSpokeAndTheNextToSpeak() {
    String text =
        "\"Le groupe doit rester une banque de détail\", explique Alain Lemaire, le directeur général de la banque. "
            + "Les deux hommes estiment que la perte est la conséquence d'une défaillance des contrôles. "
            + "Dans cette même interview, Bernard Comolet, le nouveau président, estime que le trader avait pris des positions risquées. "
            + "Les deux dirigeants assurent ne pas avoir envisagé de suspendre les discussions.";
    assertThat(speakerOf(text, "défaillance des contrôles")).isEqualTo("Alain Lemaire et Bernard Comolet");
    assertThat(speakerOf(text, "suspendre les discussions")).isEqualTo("Alain Lemaire et Bernard Comolet");
  }

  @Test
  void theSameSourcesAreTheWordsThatFirstDescribedThem() {
    String text =
        "Des moines ont manifesté à Lhassa, selon la radio, citant des sources anonymes à Lhassa. "
            + "Selon les mêmes sources, onze personnes ont été arrêtées.";
    assertThat(speakerOf(text, "onze personnes")).isEqualTo("sources anonymes à Lhassa");
  }

  @Test
  void anUnaccentedCapitalAIsAPrepositionNotASpeaker() {
    String text =
        "Cinq inspecteurs sont venus en pleine nuit interroger les magistrats responsables de son incarcération.\n\n"
            + "A une ministre qui répète à l'envi qu'elle applique une politique \"sévère\" voulue par les Français, "
            + "les magistrats avaient beau jeu de dénoncer son \"incohérence\".";
    assertThat(speakerOf(text, "sévère")).isNotEqualTo("A une ministre");
  }

  @Test
  void aTextThatNamesItsAuthorSpeaksForThem() {
    String text =
        "Au moins 203 personnes ont été tuées depuis mars, selon un communiqué du gouvernement tibétain en exil. "
            + "La justice française reste lente, selon l'édition électronique du quotidien Le Monde.";
    assertThat(speakerOf(text, "203 personnes")).startsWith("gouvernement tibétain");
    assertThat(speakerOf(text, "justice française")).endsWith("Monde").doesNotContain("édition");
  }

  @Test
  void aCoordinatedVerbSharesItsSubject() {
    String text = "Le ministre de l'Education nationale, Xavier Darcos, minimise les manifestations lycéennes et dénonce les \"perturbateurs\" venus se joindre au mouvement.";
    assertThat(speakerOf(text, "perturbateurs")).isEqualTo("Xavier Darcos");
  }

  @Test
  void aDemonstrativeNamesAgainTheSpeakerDescribedWithThatNoun() {
    String text =
        "\"M. Milhaud conserve à ce stade la présidence\", a dit une porte-parole de la banque. "
            + "La banque possède une filiale aux Antilles et au Luxembourg, a précisé cette porte-parole.";
    assertThat(speakerOf(text, "Antilles")).isEqualTo("porte-parole de la banque");
  }

  @Test
  void aReportingInfinitiveQuotesForTheMainClausesSubject() {
    String text = "Le dalaï lama a abandonné ses revendications d'indépendance, se bornant à réclamer \"une large autonomie\" pour sauvegarder la langue.";
    assertThat(speakerOf(text, "large autonomie")).isEqualTo("dalaï lama");
  }

  @Test
  void aGerundsSpeakerIsThePersonTheSentenceOpensWith() {
    String text =
        "Vincent Peillon a déclaré : « Sa candidature est légitime ». "
            + "Gérard Collomb, premier signataire de sa motion, tout en évoquant la \"légitimité\" de Ségolène Royal, a marqué sa préférence pour une \"candidature de synthèse\".";
    assertThat(speakerOf(text, "légitimité")).isEqualTo("Gérard Collomb");
  }

  @Test
  void aRoleTheModelTookForANameAuthorsNoText() {
    String text =
        "Le rapport remis au Premier ministre François Fillon propose des aménagements. "
            + "Le rapport essaie de clarifier la loi, soulignant que l'aide au suicide n'est pas un \"acte de complicité\".";
    assertThat(speakerOf(text, "acte de complicité")).isNotEqualTo("Premier");
  }

  @Test
  void anAdjectiveBetweenTheArticleAndARoleStillMakesADescription() {
    String text =
        "Le rapport sera transmis par la commission de récolement, qui est présidée par Daniel Vaillant.\n\n"
            + "\"On va regarder les contestations\", a déclaré l'ancien ministre de l'Intérieur à son arrivée au siège du PS.";
    assertThat(speakerOf(text, "contestations")).isEqualTo("Daniel Vaillant");
  }

  @Test
  void aPersonTheModelRanIntoTheirMinistryIsNamedApart() {
    String text =
        "Lors d'une conférence de presse, le porte-parole du ministère des Affaires étrangères Liu Jianchao a déclaré jeudi que la Chine espérait une rencontre.\n\n"
            + "\"Nous espérons que la France prendra des mesures réelles pour améliorer les relations\", a ajouté M. Liu.";
    assertThat(speakerOf(text, "mesures réelles")).isEqualTo("Liu Jianchao");
  }

  @Test
  void aGerundAfterAQuotesInciseSpeaksForTheInciseSpeaker() {
    String text =
        "Le cardinal s'est exprimé mardi sur France Info.\n\n"
            + "\"Nous avons une loi qui est assez équilibrée\", la loi Leonetti, \"qui n'a pas été appliquée\", a poursuivi l'archevêque de Paris André Vingt-Trois, "
            + "en soulignant que, \"par définition, les exceptions ne sont pas la loi\".";
    assertThat(speakerOf(text, "exceptions")).isEqualTo("André Vingt-Trois");
  }

  @Test
  void aPronounGoesOnAboutTheSubjectOfTheSentenceBeforePastItsRelativeClause() {
    String text =
        "\"Il a la solidité pour très bien marcher\", a déclaré mercredi le manager de l'équipe, Roberto Damiani.\n\n"
            + "Lance Armstrong, qui fait son retour à la compétition, disputera le Giro pour la première fois l'an prochain.\n\n"
            + "Selon lui, l'Italien Ivan Basso sera son principal rival.";
    assertThat(speakerOf(text, "principal rival")).isEqualTo("Lance Armstrong");
  }

  @Test
  void aBodyShortenedToItsFirstWordIsTheBodyAnySpellingOpensWith() {
    String text =
        "Le Comité international olympique (CIO) se met à l'Internet. Le CIO veut protéger les images des Jeux.\n\n"
            + "Dans un document publié sur son site Web, le Comité explique que l'Internet doit être \"surveillé\" de près.";
    AnalysisStage.Result result = linked(text);
    Quote q = result.quotes().stream().filter(x -> x.text().contains("surveillé")).findFirst().orElseThrow();
    assertThat(result.entities().stream().filter(e -> e.id().equals(q.speaker().entity())).flatMap(e -> e.variants().stream())).contains("Comité international olympique");
  }

  @Test
  void aPlaceAfterEnIsNoSubject() {
    String text =
        "Etienne Tête, adjoint au maire de Lyon et conseiller régional Verts en Rhône-Alpes a indiqué samedi avoir déposé mercredi un recours devant le Conseil d'Etat.";
    assertThat(speakerOf(text, "avoir déposé")).isEqualTo("Etienne Tête");
  }

  @Test
  void aDescriptionTakesTheFullestWordsTheArticleGaveIt() {
    String text =
        "Les députés de la commission des lois ont entendu mercredi les opposants au fichier Edvige.\n\n"
            + "Les députés de la commission ont demandé que les mineurs bénéficient d'un droit d'oubli.";
    assertThat(speakerOf(text, "droit d'oubli")).isEqualTo("députés de la commission des lois");
  }

  @Test
  void aDemonstrativeDescriptionTakesTheWordsThatIntroducedIt() {
    String text =
        "Un rapport confidentiel de l'inspection générale a été remis mardi à la direction de la banque.\n\n"
            + "Selon ce rapport, l'affaire résulterait d'un dysfonctionnement global du contrôle.";
    assertThat(speakerOf(text, "dysfonctionnement global")).isEqualTo("rapport confidentiel de l'inspection générale");
  }

  @Test
  void aDescriptionTheArticleCompletesInTwoWaysStaysAsItIs() {
    String text =
        "Les autorités chinoises ont fermé la région. Les autorités tibétaines en exil ont dénoncé la répression.\n\n"
            + "Selon les autorités, aucun étranger n'a été blessé lors de ces manifestations.";
    assertThat(speakerOf(text, "aucun étranger")).isEqualTo("autorités");
  }

  @Test
  void aNounsComplementIsNoFullerFormOfADescription() {
    String text =
        "Le garde des Sceaux a diligenté une enquête qui, selon les magistrats, vise à trouver un bouc émissaire.\n\n"
            + "La ministre outrepasse l'avis du Conseil supérieur de la magistrature pour la nomination des magistrats du parquet.";
    assertThat(speakerOf(text, "bouc émissaire")).isEqualTo("magistrats");
  }

  @Test
  void anAdjectiveWithAComplementOfItsOwnDoesNotCompleteADescription() {
    String text = "Le trader âgé de 31 ans a été mis en examen samedi.\n\nSelon le trader, sa hiérarchie connaissait ses positions.";
    assertThat(speakerOf(text, "hiérarchie connaissait")).isEqualTo("trader");
  }

  @Test
  void aDescriptionIsThePersonTheArticleGivesItAsAnApposition() {
    String text =
        "Le septuple vainqueur du Tour de France refuse que les échantillons de 1999 soient de nouveau analysés.\n\n"
            + "L'Américain Lance Armstrong, septuple vainqueur du Tour de France, a repoussé mercredi la proposition de l'Agence française de lutte contre le dopage.\n\n"
            + "\"Aucune proposition ne permettrait de fournir une preuve pertinente\", a déclaré le septuple vainqueur du Tour de France.";
    assertThat(speakerOf(text, "preuve pertinente")).isEqualTo("Lance Armstrong");
  }

  @Test
  void tousDeuxIsThePairNamedBefore() {
    String text =
        "Gérard Aschieri et Agnès Naton ont été reçus mercredi à l'Assemblée nationale.\n\n"
            + "Tous deux ont demandé que le futur fichier fasse l'objet d'un débat parlementaire.";
    assertThat(speakerOf(text, "débat parlementaire")).isEqualTo("Gérard Aschieri et Agnès Naton");
  }

  @Test
  void aFullNameMisspeltInItsArticleIsTheSamePerson() {
    String text =
        "Lance Armstrong a confirmé son retour à la compétition. Lance Armstrong courra pour Astana.\n\n"
            + "\"Pour moi, c'est historique et fantastique\", a déclaré Lance Armsrong mercredi.";
    assertThat(speakerOf(text, "historique et fantastique")).isEqualTo("Lance Armstrong");
  }

  @Test
  void aDescriptionNamesThePeopleInItByTheirNames() {
    String text =
        "Nicolas Sarkozy veut relancer la construction. A Valenciennes, M.Sarkozy a présenté son plan.\n\n"
            + "«La crise va être bien pire qu'en 1993», indique un conseiller de M. Sarkozy.";
    assertThat(speakerOf(text, "bien pire")).isEqualTo("conseiller de Nicolas Sarkozy");
  }

  @Test
  void anAcronymBeforeANameIsAThingOfTheirs() {
    AnalysisStage.Result r = linked("Le dernier JT de Patrick Poivre d'Arvor, jeudi soir sur TF1, a réalisé un très bon score.");
    assertThat(r.entities()).extracting(org.dossier.resolve.Entity::name).contains("Patrick Poivre d'Arvor").doesNotContain("JT de Patrick Poivre d'Arvor");
  }

  @Test
  void aRoleWithAnotherWordAfterItIsStillTheSameRole() {
    String text =
        "Le présentateur évincé de TF1, Patrick Poivre d'Arvor, a salué ses téléspectateurs. "
            + "Ses adieux ont été suivis d'extraits de ses interviews avec les présidents, de François Mitterrand à Nicolas Sarkozy en passant par Jacques Chirac.\n\n"
            + "Dans la matinée, le présentateur vedette a annoncé sur France Inter avoir reçu sa lettre de licenciement, ajoutant trouver \"très étrange\" son éviction.";
    assertThat(speakerOf(text, "très étrange")).isEqualTo("Patrick Poivre d'Arvor");
  }

  @Test
  void oneOfSomeonesCloseFriendsIsOneOfThem() {
    String text =
        "L'ancienne otage Ingrid Betancourt se trouve aux Seychelles, où elle a été reçue par le président.\n"
            + "«Ceux qui l'imaginaient repartir sur les chapeaux de roue se trompaient, poursuit un de ses proches. Elle avait besoin d'un long repos.»";
    assertThat(speakerOf(text, "chapeaux de roue")).isEqualTo("un proche d'Ingrid Betancourt");
  }

  @Test
  void theChannelIsTheChannelNamedBefore() {
    String text =
        "Le dernier JT de Patrick Poivre d'Arvor, jeudi soir sur TF1 à 20H00, a rassemblé 9,6 millions de téléspectateurs, selon la chaîne qui cite des chiffres de Médiamétrie.\n\n"
            + "Il a fait ses adieux à la fin de son dernier JT sur la chaîne privée.";
    assertThat(speakerOf(text, "9,6 millions")).isEqualTo("TF1");
  }

  @Test
  void aLongRoleIsThePersonJustSpokenOf() {
    String text =
        "\"Il appartient au conseil national de se prononcer sur le résultat\", a déclaré samedi à l'AFP François Hollande.\n\n"
            + "Il a souligné que le conseil national allait trancher.\n\n"
            + "Le premier secrétaire sortant du PS a assuré ne pas croire à un risque d'éclatement du parti.";
    assertThat(speakerOf(text, "risque d'éclatement")).isEqualTo("François Hollande");
  }

  @Test
  void aLongRoleIsNotThePersonNamedBeforeAnotherSubject() {
    String text =
        "\"Ces actions mettent en doute le sérieux des autorités chinoises\", souligne Irene Khan, secrétaire générale d'Amnesty.\n\n"
            + "Pékin a averti que toute tentative de boycott était vouée à l'échec : \"L'organisation Amnesty a des préjugés contre la Chine\", a déclaré la porte-parole du ministère des Affaires étrangères.";
    assertThat(linked(text).quotes()).filteredOn(Quote::direct).extracting(q -> q.speaker().name())
        .containsExactly("Irene Khan", "porte-parole du ministère des Affaires étrangères");
  }

  @Test
  void aHeadlinesRoleIsNotTheRoleOfTheNameOpeningTheNextParagraph() {
    String text =
        "Vole-t-il au secours de sa ministre de la Justice ou est-ce plutôt un signe de désaveu ?\n\n"
            + "Malgré son agenda surchargé par la crise financière, Nicolas Sarkozy reçoit aujourd'hui à midi les représentants de l'USM.";
    assertThat(linked(text).entities()).filteredOn(e -> e.name().equals("Nicolas Sarkozy")).extracting(Entity::role).containsExactly((String) null);
  }

  @Test
  void aLongDemonstrativeDescriptionIsThePersonJustSpokenOf() {
    String text =
        "Et Jacques Thomet, ancien journaliste de l'AFP, n'y croit absolument pas.\n\n"
            + "Pour ce spécialiste de la Colombie, ce sont les Farc qui ont manipulé la Radio suisse romande.";
    assertThat(speakerOf(text, "manipulé")).isEqualTo("Jacques Thomet");
  }

  @Test
  void aCapitalisedTwoWordRoleIsOneRoleNotAQualifier() {
    // "Premier Ministre" written with two capitals is still the role "Premier ministre", not a role
    // "Premier" that a word "Ministre" sorts apart from "Premier ministre israélien".
    String text =
        "Le Premier ministre israélien Benyamin Netanyahou a reçu mardi George Mitchell à Jérusalem.\n\n"
            + "« Nous ne céderons pas », a déclaré le Premier Ministre devant la presse.";
    assertThat(speakerOf(text, "céderons")).isEqualTo("Benyamin Netanyahou");
  }

  @Test
  void aPersonNamedAfterAFrontedPrepositionIsNotTheDescribedSpeaker() {
    // "Depuis New Dehli" (tagged a person), "Quelques heures après Bernard Kouchner": spoken of,
    // while the description is the subject of its own clause.
    String text =
        "Nicolas Sarkozy est en Inde.\n\n"
            + "Quelques heures après Bernard Kouchner, le chef de l'Etat a dénoncé \"un système financier qui marche sur la tête\".";
    assertThat(speakerOf(text, "marche sur la tête")).isEqualTo("Nicolas Sarkozy");
  }

  @Test
  void aNameTheModelMissedWhereItSpeaksIsTheEntityItNamesElsewhere() {
    String text = "Patrick Poivre d'Arvor (PPDA) a présenté ce jeudi son dernier journal sur TF1.\n\n"
        + "\"Je vous embrasse tous et j'embrasse toute la rédaction\", a ajouté PPDA.";
    assertThat(speakerOf(text, "embrasse tous")).isEqualTo("Patrick Poivre d'Arvor");
  }

  @Test
  void aClauseBeforeANameIsNoRoleOfIt() {
    String text = "Devant l'ambassadeur de France qu'il avait convoqué au ministère, He Yafei, le vice-ministre des Affaires étrangères, "
        + "a expliqué que le geste avait « mis à mal les fondements des relations sino-françaises ».";
    Entity he = linked(text).entities().stream().filter(e -> e.name().equals("He Yafei")).findFirst().orElseThrow();
    assertThat(String.valueOf(he.role())).doesNotContain("ambassadeur");
  }

  @Test
  void thePressIsItsOwnSpeakerNotThePersonLastNamed() {
    String text = "Ingrid Betancourt a été libérée mercredi.\n\n"
        + "Selon la presse colombienne, les deux guérilleros devraient être extradés vers les Etats-Unis \"pour y être jugés\".";
    assertThat(speakerOf(text, "pour y être jugés")).isEqualTo("presse colombienne");
  }

  @Test
  void aLongRoleInAnotherWordOrderIsThePersonNamedWithIt() {
    String text = "Jeudi, le ministre des affaires étrangères cambodgien Hor Namhong a déclaré qu'une guerre était \"imminente\".\n\n"
        + "La Thaïlande semble se préparer à se battre.\n\n"
        + "Elle aurait même amassé à la frontière \"des milliers d'hommes, des tanks et l'artillerie\" a déclaré le ministre cambodgien des Affaires étrangères.";
    assertThat(speakerOf(text, "des tanks")).isEqualTo("Hor Namhong");
  }

  @Test
  void aNameAfterASentenceOpeningPrepositionIsNotTheDescribedSpeaker() {
    // "Depuis", capitalised as it opens the sentence: the model tags "New Dehli" a person.
    String text = "Nicolas Sarkozy est en visite en Inde avec Carla Bruni.\n\n"
        + "Depuis New Dehli, le chef de l'État a fustigé \" un système financier qui marche sur la tête et qui perd de vue sa finalité \".";
    assertThat(speakerOf(text, "marche sur la tête")).isEqualTo("Nicolas Sarkozy");
  }

  @Test
  void anotherIsOneMoreOfThoseTheLastSpeakerWasDescribedAs() {
    String text = "La commission a entendu le patron de TF1 mardi.\n\n"
        + "\"Sa démonstration ne manquait pas de sens\", explique un membre, sous le sceau de l'anonymat.\n\n"
        + "\"Il nous a vraiment pris pour des ânes\", peste un autre.\n\n"
        + "\"Il ne nous a rien appris\", ajoute un autre.\n\n"
        + "\"On va y arriver\", s'écrie une autre.";
    assertThat(speakerOf(text, "des ânes")).isEqualTo("un autre membre");
    assertThat(speakerOf(text, "rien appris")).isEqualTo("un autre membre");
    // No speaker was "une …": the words stand.
    assertThat(speakerOf(text, "y arriver")).isEqualTo("autre");
  }

  @Test
  void anImpersonalOnSpeaksFromAPhraseAfterAClauseOpener() {
    String text = "Martine Aubry a été applaudie samedi à Reims.\n\n"
        + "Car du côté de la réunion de motion de Bertrand Delanoë, on se disait toujours aussi sûr de réussir à constituer une majorité.\n\n"
        + "\"Rien n'est joué\", assure-t-on dans l'entourage de M. Hamon.";
    assertThat(speakerOf(text, "constituer une majorité")).isEqualTo("réunion de motion de Bertrand Delanoë");
    // The full stop of "M." does not end the words.
    assertThat(speakerOf(text, "Rien n'est joué")).isEqualTo("Hamon");
  }

  @Test
  void aPronounFurtherInASentenceIsItsSubject() {
    String text = "A Lille, les magistrats ont reçu le soutien de la maire socialiste Martine Aubry qui a dénoncé \"la mise en accusation permanente des juges\".\n\n"
        + "Rachida Dati devait recevoir vendredi soir l'USM au sujet de ce qu'elle a qualifié mercredi \"d'états d'âme\" des juges.";
    assertThat(speakerOf(text, "états d'âme")).isEqualTo("Rachida Dati");
  }

  @Test
  void aRoleAfterAnElisionTakesItsGenderFromItsEnding() {
    String text = "Le secrétaire d'Etat aux Sports Bernard Laporte a parlé dimanche.\n\n"
        + "M. Laporte, qui s'exprimait lors d'une journée sportive, a conclu son discours avant de reprendre le micro que s'apprêtait à saisir sa ministre de tutelle, Roselyne Bachelot.\n\n"
        + "\"Je tenais à dire que je ne suis pas le père de cet enfant\", a dit l'ex-sélectionneur du XV de France de rugby.";
    assertThat(speakerOf(text, "pas le père")).endsWith("Laporte");
  }

  @Test
  void theCircleOfARoleIsNamedAfterThePersonInTheRole() {
    String text = "La ministre de l'Economie Christine Lagarde s'est déclarée «satisfaite» après la démission de Charles Milhaud.\n\n"
        + "Interrogé sur les suites de l'affaire, l'entourage de la ministre a rappelé avoir «demandé un pré-rapport» à la commission bancaire.";
    assertThat(speakerOf(text, "pré-rapport")).isEqualTo("entourage de Christine Lagarde");
    // The one given the role, before any later woman of the same gender.
    String another = "La ministre de l'Economie Christine Lagarde a réagi mardi. La porte-parole du groupe, Marie Dupont, a confirmé la démission de Charles Milhaud.\n\n"
        + "Interrogé sur les suites de l'affaire, l'entourage de la ministre a rappelé avoir «demandé un pré-rapport» à la commission bancaire.";
    assertThat(speakerOf(another, "pré-rapport")).isEqualTo("entourage de Christine Lagarde");
  }

  @Test
  void aPollIsTheInstituteTheArticleNamesWithIt() {
    String text = "Selon un sondage à paraître dimanche, 59% des personnes interrogées souhaitent son retour.\n\n"
        + "Cinquante-cinq pour cent des Français désapprouvent la décision de TF1, selon un sondage Ifop.";
    assertThat(speakerOf(text, "59%")).isEqualTo("Ifop");
  }

  @Test
  void aTextASentenceBringsInAsItsMeansSpeaksForThatSentencesSubject() {
    String text = "Des chercheurs de l'Institut d'études religieuses au Centre de recherche chinois sur la tibétologie ont publié un rapport.\n\n"
        + "Dans une lettre diffusée par l'organisation International Campaign for Tibet, un habitant de Lhassa décrit les contrôles sévères sur les pratiques religieuses.\n\n"
        + "\"Les prix des produits de consommation courante ont beaucoup augmenté\", dit la lettre.\n\n"
        + "\"Les moines sont constamment victimes de discriminations\", ajoute le document.";
    assertThat(speakerOf(text, "consommation courante")).isEqualTo("un habitant de Lhassa");
    assertThat(speakerOf(text, "discriminations")).isEqualTo("un habitant de Lhassa");
  }

  @Test
  void aShortWordOfARolesComplementCountsInComparingIt() {
    // "chef de l'Etat" is "chef de l'Etat français": "Etat" is too short to stem, not a word to ignore.
    Article a = article("a1", "Le chef de l'Etat français, Nicolas Sarkozy, a parlé. Le chef de l'Etat français, Nicolas Sarkozy, a souri.");
    Article b = article("a2", "Le ministre de l'Intérieur Nicolas Sarkozy a reçu Lech Walesa. Lech Walesa était content. « C'était mon devoir », a déclaré le chef de l'Etat.");
    assertThat(speakerInRun("mon devoir", a, b)).isEqualTo("Nicolas Sarkozy");
  }

  @Test
  void aLoneSurnameIsTheFullNameNotTheEndOfACompoundOne() {
    Article a = article("a1", "Nicolas Sarkozy a reçu Carla Bruni-Sarkozy à l'Elysée. Le président syrien Bachar al-Assad a parlé à Damas.");
    Article b = article("a2", "« Nous agirons », a déclaré M. Sarkozy. Assad n'a pas répondu.");
    AnalysisStage.Result r = STAGE.run(List.of(STAGE.mentions(a), STAGE.mentions(b)));
    assertThat(r.entities()).filteredOn(e -> e.name().equals("Nicolas Sarkozy")).singleElement().satisfies(e -> assertThat(e.variants()).contains("Sarkozy"));
    // A lower-case particle makes no compound: "Assad" is Bachar al-Assad.
    assertThat(r.entities()).filteredOn(e -> e.variants().contains("Assad")).singleElement().satisfies(e -> assertThat(e.name()).isEqualTo("Bachar al-Assad"));
  }

  @Test
  void aNameInCapitalsIsThePersonWhoseInitialsItIs() {
    String text = "Patrick Poivre d'Arvor a confirmé son départ de TF1.\n\n"
        + "Dans son premier commentaire direct sur l'affaire, \"PPDA\" a indiqué \"prendre acte de la décision de TF1\", dans un communiqué.";
    assertThat(speakerOf(text, "prendre acte")).isEqualTo("Patrick Poivre d'Arvor");
  }

  @Test
  void speakersNamedTogetherGoByTheirNamesAndThePronounAfterIsThem() {
    String text = "« Les atteintes au statut du parquet se multiplient », dénoncent l'Union syndicale des magistrats (USM, majoritaire) et le Syndicat de la magistrature (SM). "
        + "« Ces affaires illustrent les dérives actuelles », concluent-ils.";
    assertThat(speakerOf(text, "se multiplient")).contains(" et ").doesNotContain("(");
    assertThat(speakerOf(text, "dérives actuelles")).isEqualTo(speakerOf(text, "se multiplient"));
    assertThat(speakerOf("« Nous ne sommes pas inquiets », ont déclaré Vincent Lamanda et Jean-Louis Nadal.", "inquiets")).isEqualTo("Vincent Lamanda et Jean-Louis Nadal");
  }

  @Test
  void twoUnionsDescribedBeforeOrAfterTheyAreNamedAreThatPair() {
    String text = "« La justice est menacée », estiment les deux principaux syndicats.\n\n"
        + "« Les atteintes au statut du parquet se multiplient », dénoncent l'Union syndicale des magistrats (USM, majoritaire) et le Syndicat de la magistrature (SM).\n\n"
        + "Les mots sont durs et la rupture semble consommée entre la place Vendôme et les robes noires.\n\n"
        + "« Nous demandons des garanties », assurent ces derniers.\n\n"
        + "« Je les recevrai », a répondu Rachida Dati.\n\n"
        + "« Un magistrat est convoqué à la Chancellerie », dénoncent les syndicats.";
    String pair = speakerOf(text, "se multiplient");
    assertThat(pair).contains(" et ");
    // Described before they are named, the two named in the paragraphs after.
    assertThat(speakerOf(text, "est menacée")).isEqualTo(pair);
    // "ces derniers": the last speakers, several.
    assertThat(speakerOf(text, "des garanties")).isEqualTo(pair);
    // "les syndicats": the two bodies named together before, one of them named as a union.
    assertThat(speakerOf(text, "convoqué")).isEqualTo(pair);
  }

  @Test
  void speakersNamedTogetherOrAsAPairLinkEachToItsEntity() {
    String text = "« Nous ne sommes pas inquiets », ont déclaré Vincent Lamanda et Jean-Louis Nadal. "
        + "Les deux hommes estiment que la réforme est prématurée. « Je suis seul à décider », a répondu Rachida Dati.";
    AnalysisStage.Result r = linked(text);
    java.util.Map<String, String> names = new java.util.HashMap<>();
    r.entities().forEach(e -> names.put(e.id(), e.name()));
    for (String quoted : List.of("inquiets", "prématurée")) {
      Quote.Speaker s = r.quotes().stream().filter(q -> q.text().contains(quoted)).findFirst().orElseThrow().speaker();
      assertThat(s.entity()).isNull();
      assertThat(s.members()).extracting(names::get).containsExactly("Vincent Lamanda", "Jean-Louis Nadal");
    }
    Quote.Speaker one = r.quotes().stream().filter(q -> q.text().contains("seul")).findFirst().orElseThrow().speaker();
    assertThat(one.members()).isEmpty();
    assertThat(names.get(one.entity())).isEqualTo("Rachida Dati");
  }

  @Test
  void bodiesInGeneralAreNoPairNamedBefore() {
    String text = "La Société générale et BNP Paribas ont perdu 10 % en Bourse. « La grève sera longue », préviennent les syndicats.";
    assertThat(speakerOf(text, "sera longue")).doesNotContain(" et ");
  }

  @Test
  void aRoleAfterItsQuoteIsThePersonWhoSpeaksNextCountedFromTheRole() {
    String text = "Le gouvernement envisage des « abaissements sectoriels » de la taxe sur la valeur ajoutée notamment pour l'automobile, d'après la ministre de l'Economie.\n\n"
        + "Contrairement au gouvernement britannique, la France ne devrait pas s'engager dans une baisse généralisée de la taxe. Ces allègements sont en train d'être étudiés.\n\n"
        + "Christine Lagarde n'y est pas favorable : « Cela aurait pour but d'encourager la consommation », a-t-elle déclaré sur LCI.";
    assertThat(linked(text).quotes()).filteredOn(q -> q.text().equals("abaissements sectoriels")).singleElement().extracting(q -> q.speaker().name()).isEqualTo("Christine Lagarde");
  }

  @Test
  void theOrderOfDoctorsIsABodyNotThePersonNamedBefore() {
    String text = "Le député Gaëtan Gorce a défendu sa proposition. L'ordre des médecins, habituellement en retrait, affirme être « engagé » dans la réflexion.";
    assertThat(speakerOf(text, "engagé")).isEqualTo("ordre des médecins");
    // A party's wing likewise: "le pôle écologique" is no man named before.
    String wing = "« Nous sommes près d'un accord », a déclaré Benoît Hamon. Pendant ce temps, le pôle écologique annonce qu'il « s'engage » au côté de Royal.";
    assertThat(speakerOf(wing, "s'engage")).isEqualTo("pôle écologique");
  }

  @Test
  void aNounOfSexInAppositionGivesTheNameItsGender() {
    String text = "Fatma, la jeune femme de 34 ans qui s'était présentée comme sa mère, a été inculpée mercredi. "
        + "« Il y a trop d'interrogations », a reconnu le procureur Jacques Dallest. "
        + "La jeune femme nie avoir falsifié l'acte de naissance de l'enfant.";
    assertThat(speakerOf(text, "avoir falsifié")).isEqualTo("Fatma");
  }

  @Test
  void theFirstPartOfACompoundSurnameIsThePersonsShortName() {
    String text = "Patrick Poivre d'Arvor présente ce soir son dernier journal sur TF1. Poivre d'Arvor sourit. "
        + "« C'est un problème entre Martin Bouygues et moi », tranche Poivre.";
    assertThat(speakerOf(text, "un problème")).isEqualTo("Patrick Poivre d'Arvor");
  }

  @Test
  void aBodyNamedByItsSeatIsTheSeatTheArticleNames() {
    String text = "L'Elysée s'est contenté d'un bref communiqué après la réunion des banquiers. "
        + "Le gouvernement annoncera \"de nouvelles dispositions avant la fin de la semaine\", a ajouté la présidence, sans plus de détails.";
    assertThat(speakerOf(text, "nouvelles dispositions")).isIn("Elysée", "Élysée");
    // Without the seat in the article, the words stand.
    String alone = "Le gouvernement annoncera \"de nouvelles dispositions avant la fin de la semaine\", a ajouté la présidence, sans plus de détails.";
    assertThat(speakerOf(alone, "nouvelles dispositions")).isEqualTo("présidence");
  }

  private static String speakerUnder(String title, String text, String quoted) {
    return speakerInRun(quoted, new Article("a1", "fixture", "text", title, "fr", null, null, List.of(), List.of(), null, null, text, List.of()));
  }

  @Test
  void aLeadThatDescribesSomeoneBeforeNamingAnyoneRefersToTheHeadlinesPerson() {
    String text = "L'ex-candidate à la présidentielle a annoncé qu'elle allait faire une demande de visa pour se rendre au Tibet. "
        + "Le dalaï-lama a accordé un entretien à Ségolène Royal samedi à Nantes.";
    assertThat(speakerUnder("Ségolène Royal a été reçue par le dalaï-lama", text, "demande de visa")).isEqualTo("Ségolène Royal");
    // Of the description's gender: "le nouveau président" is not Hillary.
    String obama = "Pour « rétablir le leadership de l'Amérique », le nouveau président a confié la politique extérieure à des personnalités confirmées. "
        + "Barack Obama a présenté lundi son équipe, dont Hillary Clinton.";
    assertThat(speakerUnder("Avec Hillary Clinton, Obama choisit l'expérience", obama, "leadership")).isEqualTo("Barack Obama");
    // Not someone of no known gender: "la jeune femme" is not "Mohamed".
    String mother = "La jeune femme se présentant comme la mère adoptive du petit Mohamed, trouvé seul en août dans une cité de Marseille, "
        + "a demandé samedi à la justice de lui rendre le garçonnet qu'elle considère comme \"son fils\".\n"
        + "\"Je demande à la justice de me donner Mohamed\", a déclaré Fatna, 33 ans.";
    assertThat(speakerUnder("La mère de Mohamed veut qu'on lui rende son fils", mother, "rendre le garçonnet")).isNotEqualTo("Mohamed");
    // A plain role brings in someone new: "Le juge d'instruction" is not the headline's Jérôme Kerviel.
    String judge = "Le juge d'instruction a estimé samedi que les faits étaient graves. Jérôme Kerviel a été mis en examen.";
    assertThat(speakerUnder("Jérôme Kerviel mis en examen pour abus de confiance", judge, "faits étaient graves")).isNotEqualTo("Jérôme Kerviel");
    // With no headline, the words stand.
    assertThat(speakerUnder(null, text, "demande de visa")).isNotEqualTo("Ségolène Royal");
  }

  @Test
  void aDescriptionAfterTheBodyNamesSomeoneIsNotTheHeadlinesPerson() {
    String text = "Le juge Jean Martin a entendu les parties. Le procureur a déclaré que l'enquête serait longue. Ségolène Royal n'a pas réagi.";
    assertThat(speakerUnder("Ségolène Royal attend la décision", text, "enquête serait longue")).isNotEqualTo("Ségolène Royal");
  }

  @Test
  void aBodysNameTheModelCutBeforeItsComplementKeepsIt() {
    String text = "« Les taux devraient dépasser les 5,5 % pendant l'automne », pronostique l'Observatoire du financement des marchés résidentiels.";
    assertThat(speakerOf(text, "taux devraient")).isEqualTo("Observatoire du financement des marchés résidentiels");
    // A name and an adjective stay the name.
    assertThat(speakerOf("« La crise est finie », écrit le Guardian britannique.", "crise est finie")).isEqualTo("Guardian britannique");
  }

  @Test
  void aBodyCalledByItsFirstWordIsTheBodyTheArticleNamesSo() {
    String text = "Le Conseil d'Etat a enregistré 13 recours contre le fichier. Le Conseil national des barreaux s'y est joint. "
        + "Le Conseil d'Etat va d'abord instruire les différents recours, a-t-on indiqué au sein du Conseil.";
    assertThat(speakerOf(text, "instruire")).isIn("Conseil d'Etat", "Conseil d'État");
    // Not a name of its own: a place, or one word that is no body's common noun.
    String channel = "France 2 a diffusé le reportage lundi. France 2 l'a rediffusé mardi. « Nous condamnons fermement cet attentat », a déclaré la France.";
    assertThat(speakerOf(channel, "condamnons")).isNotEqualTo("France 2");
    assertThat(speakerOf("« Nous ne céderons pas au chantage », a réagi Washington de manière très ferme.", "chantage")).isEqualTo("Washington");
  }

  @Test
  void aDescriptionRightAfterAQuoteIsItsSpeakerThoughTheArticleGivesThemNoGender() {
    String text = "« Ce genre d'incident est absolument imprévisible », assure Yvon Netzer, le n°2 de l'exploitation des réseaux. « Il n'y a aucun signe annonciateur », explique l'ingénieur.";
    assertThat(speakerOf(text, "aucun signe")).isEqualTo("Yvon Netzer");
    // Not a group: "disent les policiers" is not the one who spoke last.
    String group = "« Je n'ai rien vu », assure Yvon Netzer. Les appels reçus sont plutôt «loufoques», disent les policiers.";
    assertThat(speakerOf(group, "loufoques")).isNotEqualTo("Yvon Netzer");
    // Nor a role, often someone replying.
    assertThat(speakerOf("« Je suis innocent », a assuré Kerviel lundi. « Les faits sont accablants », a rétorqué le procureur.", "accablants")).isEqualTo("procureur");
  }

  @Test
  void aDescriptionWhoseNameCompletesAThingIsThePersonTheArticleIsAbout() {
    String text = "Pierre Moscovici a effectué une rentrée politique hier. Il estime que le PS doit changer. Enfin, l'auteur du programme de Lionel Jospin plaide coupable en appelant de ses vœux « un nouveau projet pour recréer une Gauche authentique ».";
    assertThat(speakerOf(text, "nouveau projet")).isEqualTo("Pierre Moscovici");
    // A name that completes the head itself: the circle of that person, not them.
    assertThat(speakerOf("Jean Dupont a parlé hier. L'entourage de Bernard Laporte a estimé que tout allait bien.", "tout allait")).isEqualTo("entourage de Bernard Laporte");
  }

  @Test
  void aRoleNamedInAnothersRoleIsNotTheirs() {
    String text = "Christophe Reille, conseiller du trader, a indiqué que Jérôme Kerviel ne serait pas transféré. Devant les juges, le trader a notamment affirmé avoir « demandé à son assistant de saisir des transactions ».";
    assertThat(speakerOf(text, "demandé à son assistant")).isNotEqualTo("Christophe Reille");
  }

  @Test
  void aSourceGivenBySelonIsNotThePersonTheWordsAreAbout() {
    String text = "Vaclav Havel, le président tchèque, a dû être hospitalisé hier soir, après une «détérioration de l'état de santé», selon le porte-parole.";
    assertThat(speakerOf(text, "détérioration")).isEqualTo("porte-parole");
  }

  @Test
  void aPossessiveNounWithItsComplementIsOfThePersonNamedBefore() {
    String text = "Edmund Stoiber a ainsi déclaré mercredi qu'il n'autoriserait pas l'usage des bases. Son conseiller de campagne s'est empressé d'évoquer un « malentendu ».";
    assertThat(speakerOf(text, "malentendu")).isEqualTo("conseiller de campagne d'Edmund Stoiber");
  }

  @Test
  void aPaperDescribedByItsKindIsThePaperHeardBeforeNotTheBodyItWritesAbout() {
    String text = "Selon Les Echos, la Caisse d'épargne va perdre de l'argent. Il s'agirait de la première perte de l'histoire du groupe, ajoute le quotidien économique.";
    assertThat(speakerOf(text, "première perte")).isEqualTo("Echos");
    String satire = "Le Canard enchaîné révèle que le ministre a dîné avec des lobbyistes. Selon le journal satirique, « il y en avait douze ».";
    assertThat(speakerOf(satire, "douze")).isEqualTo("Canard enchaîné");
  }
}
