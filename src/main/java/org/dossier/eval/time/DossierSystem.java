package org.dossier.eval.time;

import java.time.LocalDate;
import java.util.List;
import org.dossier.extract.time.ReferenceDate;
import org.dossier.extract.time.TimeTagger;

/** Dossier's time tagger on raw text, its reference date the document's creation date. */
final class DossierSystem implements TimeSystem {

  private final TimeTagger tagger;

  DossierSystem(TimeTagger tagger) {
    this.tagger = tagger;
  }

  @Override
  public String name() {
    return "dossier";
  }

  @Override
  public List<Found> tag(String text, LocalDate creationDate) {
    return tagger.tag(text, ReferenceDate.of(creationDate)).stream()
        .map(t -> new Found(t.start(), t.end(), t.type().name(), t.value()))
        .toList();
  }
}
