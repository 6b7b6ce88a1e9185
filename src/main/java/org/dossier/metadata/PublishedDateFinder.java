package org.dossier.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.clean.CleanText;
import org.dossier.clean.Removal;
import org.dossier.lang.DataFile;
import org.dossier.lang.MonthNames;

/**
 * Finds the publication date from the strongest evidence there is, in order: the container's
 * field, the dateline, a "Publié le" or video label, a "date 2020-02" header, and last a date the
 * text ties to its own day ("ce 24 décembre"). A weaker source may complete a stronger one (a header
 * month gives its year to "ce 24 décembre"); nothing is invented, and a year the text does not give
 * stays unknown.
 */
final class PublishedDateFinder {

  private record Evidence(PartialDate date, String method, boolean inferred, String text) {}

  private final DateReader reader;
  private final List<Pattern> todayCues = new ArrayList<>();

  PublishedDateFinder(List<String> languages) {
    this.reader = new DateReader(MonthNames.load(languages));
    for (String lang : languages) {
      for (String[] row : DataFile.rows(lang, "publication-cues.tsv")) {
        todayCues.add(Pattern.compile(row[0], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
      }
    }
  }

  Optional<Published> find(String field, CleanText clean) {
    List<Evidence> evidence = new ArrayList<>();
    if (field != null && !field.isBlank()) {
      reader.read(field).ifPresent(d -> evidence.add(new Evidence(d, "meta", false, field)));
    }
    if (clean.dateline() != null && clean.dateline().date() != null) {
      reader.read(clean.dateline().date()).ifPresent(d -> evidence.add(new Evidence(d, "dateline", false, clean.dateline().text().strip())));
    }
    for (Removal r : clean.removed()) {
      if (r.rule().equals("date-label") || r.rule().equals("video")) {
        reader.find(r.text()).ifPresent(d -> evidence.add(new Evidence(d, "label", false, r.text())));
      } else if (r.rule().equals("header")) {
        reader.find(r.text()).ifPresent(d -> evidence.add(new Evidence(d, "header", false, r.text().strip())));
      }
    }
    String text = clean.text();
    for (Pattern cue : todayCues) {
      Matcher m = cue.matcher(text);
      while (m.find()) {
        Optional<DateReader.Found> d = reader.dayMonthAt(text, m.end());
        if (d.isPresent()) {
          evidence.add(new Evidence(d.get().date(), "text", true, text.substring(m.start(), d.get().end())));
          break;
        }
      }
    }
    if (evidence.isEmpty()) {
      return Optional.empty();
    }
    Evidence best = evidence.get(0);
    for (Evidence e : evidence) {
      if (e.date().finerThan(best.date())) {
        // A finer date from weaker evidence wins only if it agrees with the stronger one.
        PartialDate joined = e.date().completedBy(best.date());
        if (joined.year() != null || best.date().year() == null) {
          best = new Evidence(joined, joined.equals(e.date()) ? e.method() : e.method() + "+" + best.method(), e.inferred(), e.text());
        }
      }
    }
    PartialDate d = best.date();
    return Optional.of(new Published(d.iso(), d.precision(), best.method(), best.inferred(), best.text()));
  }
}
