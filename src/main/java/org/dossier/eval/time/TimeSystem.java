package org.dossier.eval.time;

import java.time.LocalDate;
import java.util.List;

/** A temporal tagger under evaluation: a text and its creation date in, expressions out. */
interface TimeSystem {

  String name();

  List<Found> tag(String text, LocalDate creationDate) throws Exception;
}
