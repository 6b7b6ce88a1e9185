package org.dossier.render;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.brief.Brief;
import org.dossier.timeline.TimelineEntry;

/** The timeline as the human formats show it: dates in words, years as headings, articles numbered; quote dates in words too. */
final class TimelineView {

  static final String YEAR_UNKNOWN = "Year unknown";

  private TimelineView() {}

  /** "Wednesday 5 February 2020", "September 2018", "2018", "23 December, year unknown". */
  static String date(TimelineEntry e) {
    return date(e.date(), true);
  }

  /** A calendar value ("2020-02-05", "2020-02", "2018", "XXXX-12-23") in words, with or without the weekday. */
  static String date(String value, boolean weekday) {
    String[] parts = value.split("-");
    if (parts.length == 1) return parts[0];
    String month = Month.of(Integer.parseInt(parts[1])).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    if (parts[0].equals("XXXX")) return (parts.length == 3 ? Integer.parseInt(parts[2]) + " " : "") + month + ", year unknown";
    if (parts.length == 2) return month + " " + parts[0];
    LocalDate day = LocalDate.parse(value);
    return (weekday ? day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " : "") + day.getDayOfMonth() + " " + month + " " + day.getYear();
  }

  /** The heading an entry falls under: its year, or "Year unknown". */
  static String year(TimelineEntry e) {
    return e.yearUnknown() ? YEAR_UNKNOWN : e.date().substring(0, 4);
  }

  /** The 1-based numbers of the articles that tell an entry, in brief order. */
  static List<Integer> articleNumbers(Brief brief, TimelineEntry e) {
    Set<String> ids = new LinkedHashSet<>();
    for (TimelineEntry.Source s : e.sources()) ids.add(s.article());
    return Display.articleNumbers(brief, ids);
  }
}
