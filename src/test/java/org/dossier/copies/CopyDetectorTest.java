package org.dossier.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.Examples;
import org.dossier.brief.Article;
import org.dossier.config.Settings;
import org.dossier.ingest.SourceFile;
import org.dossier.metadata.SourceAttribution;
import org.dossier.pipeline.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Copy detection on the example articles and on outlets that reprint them. */
class CopyDetectorTest {

  private static final String OWN_LEAD =
      "Notre correspondant à Genève rapporte que les diplomates européens suivent avec inquiétude la situation humanitaire dans le nord-ouest syrien, où les camps de déplacés sont saturés depuis le début de l'hiver.";
  private static final String OWN_CLOSE =
      "Le Conseil fédéral a rappelé lundi son appel à un accès sans entrave pour les organisations d'aide, et la Croix-Rouge prépare un nouveau convoi de couvertures et de médicaments pour la fin du mois.";

  private static List<Article> examples;
  private static List<String> afp;
  private static List<String> kremlin;

  @BeforeAll
  static void read() {
    Pipeline pipeline = new Pipeline(Settings.defaults());
    examples = List.of("000", "001", "002", "003", "004").stream().map(n -> pipeline.process(SourceFile.of(Examples.seed(n))).articles().get(0)).toList();
    afp = paragraphs(examples.get(1));
    kremlin = paragraphs(examples.get(2));
  }

  @Test
  void theExamplesAreFiveSourcesThoughTwoCreditAfp() {
    // 001 is AFP's own dispatch of 6 February, 004 is RT's December story "avec AFP": the same
    // agency, but not the same copy, so both count.
    CopyDetector detector = new CopyDetector(Settings.defaults());
    examples.forEach(a -> detector.add(a.id(), paragraphs(a)));
    assertThat(examples.get(4).agencies()).containsExactly("AFP");
    assertThat(detector.groups()).isEmpty();
    assertThat(detector.sharedParagraphs()).isEmpty();
    assertThat(detector.independentSources(examples).count(examples.stream().map(Article::id).toList())).isEqualTo(5);
  }

  private static List<String> paragraphs(Article a) {
    return List.of(a.text().split("\n\n"));
  }

  @Test
  void aReprintedParagraphIsFoundEvenWithAWordChanged() {
    String reprinted = afp.get(3).replace("une ONG", "une organisation non gouvernementale");
    CopyDetector detector = new CopyDetector(Settings.defaults());
    detector.add("afp", afp);
    detector.add("outlet", List.of(OWN_LEAD, reprinted, OWN_CLOSE));
    detector.add("unrelated", kremlin);

    List<SharedParagraph> shared = detector.sharedParagraphs();
    assertThat(shared).hasSize(1);
    assertThat(shared.get(0).places()).containsExactly(new ParagraphRef("afp", 3), new ParagraphRef("outlet", 1));
    assertThat(shared.get(0).text()).isEqualTo(afp.get(3));
    // One shared paragraph out of eleven is a quotation of the wire, not a copy of the article.
    assertThat(detector.groups()).isEmpty();
  }

  @Test
  void unrelatedArticlesOnTheSameStoryShareNothing() {
    CopyDetector detector = new CopyDetector(Settings.defaults());
    detector.add("afp", afp);
    detector.add("kremlin", kremlin);
    assertThat(detector.sharedParagraphs()).isEmpty();
    assertThat(detector.groups()).isEmpty();
  }

  @Test
  void aRecutCopyWithItsOwnLeadIsOneGroup() {
    List<String> recut = new ArrayList<>();
    recut.add(OWN_LEAD);
    recut.add(afp.get(0) + " " + afp.get(1));
    recut.addAll(afp.subList(2, afp.size() - 1));
    CopyDetector detector = new CopyDetector(Settings.defaults());
    detector.add("afp", afp);
    detector.add("kremlin", kremlin);
    detector.add("copy", recut);

    List<CopyGroup> groups = detector.groups();
    assertThat(groups).hasSize(1);
    assertThat(groups.get(0).id()).isEqualTo("copy-afp");
    assertThat(groups.get(0).articles()).containsExactly("afp", "copy");
    assertThat(groups.get(0).paragraphs()).hasSize(afp.size() - 3);
    assertThat(groups.get(0).similarity()).isBetween(0.6, 1.0);
  }

  @Test
  void theSameTextUnderAnotherIdIsACopyAndTheSameIdIsNot() {
    CopyDetector detector = new CopyDetector(Settings.defaults());
    detector.add("a", afp);
    detector.add("a", afp);
    assertThat(detector.groups()).isEmpty();
    detector.add("b", afp);
    assertThat(detector.groups()).singleElement().satisfies(g -> assertThat(g.similarity()).isEqualTo(1.0));
  }

  @Test
  void agencyCopyCountsOnceOnlyWhenTheTextsOverlap() {
    CopyDetector detector = new CopyDetector(Settings.defaults());
    detector.add("afp", afp);
    detector.add("rts", List.of(OWN_LEAD, afp.get(3), OWN_CLOSE));
    detector.add("rt", List.of(OWN_CLOSE.replace("Conseil fédéral", "Kremlin"), afp.get(3), afp.get(5)));
    detector.add("other", kremlin);
    Map<String, SourceAttribution> attributions =
        Map.of(
            "afp", attribution("AFP", "AFP"),
            "rts", attribution("RTS", "AFP"),
            "rt", attribution("RT", "AFP"),
            "other", attribution("Le Temps", "AFP"));
    IndependentSources sources = detector.independentSources(attributions);

    assertThat(sources.count(List.of("rts", "rt"))).isEqualTo(1);
    assertThat(sources.count(List.of("afp", "rts", "rt"))).isEqualTo(1);
    // Crediting AFP is not enough: Le Temps shares no text with the others.
    assertThat(sources.count(List.of("rts", "other"))).isEqualTo(2);
    assertThat(sources.sources(List.of("other", "rt", "afp"))).containsExactly(List.of("other"), List.of("rt", "afp"));
  }

  @Test
  void copiesCountOnceWithoutAnyAttributionAndOneOutletOnce() {
    CopyDetector detector = new CopyDetector(Settings.defaults());
    detector.add("afp", afp);
    detector.add("copy", afp.subList(0, afp.size() - 1));
    detector.add("kremlin", kremlin);
    detector.add("kremlin-later", List.of(OWN_LEAD));
    IndependentSources sources = detector.independentSources(Map.of("kremlin", attribution("RTS"), "kremlin-later", attribution("RTS")));
    assertThat(sources.count(List.of("afp", "copy"))).isEqualTo(1);
    assertThat(sources.count(List.of("afp", "kremlin"))).isEqualTo(2);
    assertThat(sources.count(List.of("kremlin", "kremlin-later"))).isEqualTo(1);
  }

  @Test
  void aFactInTheSameWordsIsOneSourceAndAnAgencyStatementOverlappingIsToo() {
    CopyDetector detector = new CopyDetector(Settings.defaults());
    detector.add("le-monde", List.of(OWN_LEAD));
    detector.add("rts", List.of(OWN_CLOSE));
    detector.add("rt", List.of(afp.get(2)));
    IndependentSources sources = detector.independentSources(Map.of("le-monde", attribution("Le Monde"), "rts", attribution("RTS", "AFP"), "rt", attribution("RT", "AFP")));
    String fact = "Plus de 20 militaires turcs et syriens ont été tués lundi dans des combats inédits près de Saraqeb, dans la province d'Idleb.";
    String sameWords = "Plus de 20 militaires turcs et syriens ont été tués lundi dans des combats inédits près de Saraqeb, dans la province d'Idleb, selon Ankara.";
    String ownWords = "Lundi, l'affrontement entre soldats des deux pays a fait au moins vingt victimes à proximité de Saraqeb.";
    String agencyWording = "Des combats inédits près de Saraqeb, dans la province d'Idleb, ont fait lundi plus de 20 morts dans les deux camps, a indiqué Ankara.";
    assertThat(sources.count(Map.of("le-monde", fact, "rts", sameWords))).isEqualTo(1);
    assertThat(sources.count(Map.of("le-monde", fact, "rts", ownWords))).isEqualTo(2);
    assertThat(sources.count(Map.of("rts", fact, "rt", agencyWording))).isEqualTo(1);
    assertThat(sources.count(Map.of("le-monde", fact, "rt", agencyWording))).isEqualTo(2);
  }

  private static SourceAttribution attribution(String outlet, String... agencies) {
    return new SourceAttribution(outlet, List.of(agencies), List.of());
  }
}
