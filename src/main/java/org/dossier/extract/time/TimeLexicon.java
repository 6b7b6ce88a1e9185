package org.dossier.extract.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dossier.lang.DataFile;
import org.dossier.lang.MonthNames;

/**
 * Everything the time tagger knows about a language, read from {@code LANG/time-*.tsv} and {@code
 * LANG/months.tsv}: adding a language means adding those files.
 */
final class TimeLexicon {

  /** A calendar unit: TimeML letter and how many of it one word stands for (a decade is 10 Y). */
  record Unit(String code, int multiplier) {}

  /** A word that places a unit or day relative to the reference: offset and where it stands. */
  record Relative(int offset, boolean before, boolean after) {}

  /** A word with a fixed meaning (time-words.tsv). */
  record Word(TimexType type, String meaning) {}

  final NumberWords numbers;
  final MonthNames months;
  final List<String> monthForms;
  final boolean lowerCaseMonths;
  final Map<String, Unit> units = new HashMap<>();
  final Map<String, Integer> weekdays = new HashMap<>();
  final Map<String, String> dayParts = new HashMap<>();
  final Map<String, String> seasons = new HashMap<>();
  final Map<String, Relative> relatives = new HashMap<>();
  final Map<String, Word> words = new LinkedHashMap<>();
  final Map<String, List<String>> markers = new HashMap<>();
  final boolean dayFirst;

  private TimeLexicon(List<String> languages) {
    this.numbers = NumberWords.load(languages);
    this.months = MonthNames.load(languages);
    List<String> monthForms = new ArrayList<>();
    boolean lower = true;
    for (String lang : languages) {
      for (String[] row : DataFile.rows(lang, "months.tsv")) {
        for (int i = 1; i < row.length; i++) monthForms.add(row[i].strip());
      }
      for (String[] row : DataFile.rows(lang, "time-units.tsv")) {
        Unit unit = new Unit(row[0].strip(), Integer.parseInt(row[1].strip()));
        for (String f : forms(row[2])) units.put(key(f), unit);
      }
      for (String[] row : DataFile.rows(lang, "time-weekdays.tsv")) {
        for (int i = 1; i < row.length; i++) for (String f : forms(row[i])) weekdays.put(key(f), Integer.parseInt(row[0].strip()));
      }
      for (String[] row : DataFile.rows(lang, "time-day-parts.tsv")) {
        for (String f : forms(row[1])) dayParts.put(key(f), row[0].strip());
      }
      for (String[] row : DataFile.rows(lang, "time-seasons.tsv")) {
        for (String f : forms(row[1])) seasons.put(key(f), row[0].strip());
      }
      for (String[] row : DataFile.rows(lang, "time-relative.tsv")) {
        String where = row[1].strip();
        Relative r = new Relative(Integer.parseInt(row[0].strip()), !where.equals("after"), !where.equals("before"));
        for (String f : forms(row[2])) relatives.put(key(f), r);
      }
      for (String[] row : DataFile.rows(lang, "time-words.tsv")) {
        words.put(key(row[0]), new Word(TimexType.valueOf(row[1].strip()), row[2].strip()));
      }
      for (String[] row : DataFile.rows(lang, "time-markers.tsv")) {
        markers.computeIfAbsent(row[0].strip(), k -> new ArrayList<>()).addAll(row.length > 1 ? forms(row[1]) : List.of());
      }
      lower &= !marker("month-case").contains("title");
    }
    this.monthForms = List.copyOf(monthForms);
    this.lowerCaseMonths = lower;
    this.dayFirst = !marker("date-order").contains("mdy");
  }

  static TimeLexicon load(List<String> languages) {
    return new TimeLexicon(languages);
  }

  /** The forms of a marker role (time-markers.tsv); empty when the language has none. */
  List<String> marker(String role) {
    return markers.getOrDefault(role, List.of());
  }

  Optional<Unit> unit(String form) {
    return Optional.ofNullable(units.get(key(form)));
  }

  /** Weekday number of a form, also of its plural ("tous les jeudis"). */
  Optional<Integer> weekday(String form) {
    String k = key(form);
    Integer d = weekdays.get(k);
    if (d == null && k.endsWith("s")) d = weekdays.get(k.substring(0, k.length() - 1));
    return Optional.ofNullable(d);
  }

  Optional<Relative> relative(String form) {
    return Optional.ofNullable(relatives.get(key(form)));
  }

  /** Lower case, one space, straight apostrophe: the key every map of this class uses. */
  static String key(String form) {
    return form.strip().toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ");
  }

  private static List<String> forms(String cell) {
    List<String> out = new ArrayList<>();
    for (String f : cell.split("\\|")) if (!f.isBlank()) out.add(f.strip());
    return out;
  }
}
