package org.dossier.lang;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Countries of one or more languages ({@code LANG/countries.tsv}): names and aliases, the capitals
 * news uses for the state ("Ankara a riposté"), and the demonyms and adjectives ("les Russes",
 * "responsables turcs", "russo-turc") that stand for a country as an actor.
 */
public final class Countries {

  /** One country. All name lists are as the data file writes them. */
  public record Country(String iso2, String name, List<String> aliases, List<String> capitals, List<String> demonyms, List<String> adjectives) {}

  private final Map<String, Country> byIso = new HashMap<>();
  private final Map<String, Country> byName = new HashMap<>();
  private final Map<String, Country> byCapital = new HashMap<>();
  private final Map<String, Country> byDemonym = new HashMap<>();

  private Countries() {}

  public static Countries load(List<String> languages) {
    Countries c = new Countries();
    for (String lang : languages) {
      for (String[] row : DataFile.optionalRows(lang, "countries.tsv").orElse(List.of())) {
        Country country = new Country(row[0].strip(), row[1].strip(), list(row, 2), list(row, 3), list(row, 4), list(row, 5));
        c.byIso.putIfAbsent(country.iso2(), country);
        c.byName.putIfAbsent(key(country.name()), country);
        country.aliases().forEach(a -> c.byName.putIfAbsent(key(a), country));
        country.capitals().forEach(a -> c.byCapital.putIfAbsent(key(a), country));
        country.demonyms().forEach(a -> c.byDemonym.putIfAbsent(key(a), country));
        country.adjectives().forEach(a -> c.byDemonym.putIfAbsent(key(a), country));
      }
    }
    return c;
  }

  private static List<String> list(String[] row, int column) {
    List<String> out = new ArrayList<>();
    if (column < row.length) {
      for (String s : row[column].split("\\|")) {
        if (!s.isBlank()) out.add(s.strip());
      }
    }
    return List.copyOf(out);
  }

  static String key(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }

  public Optional<Country> byIso(String iso2) {
    return Optional.ofNullable(byIso.get(iso2));
  }

  /** The country a name or alias names ("Turquie", "Etats-Unis"). */
  public Optional<Country> byName(String name) {
    return Optional.ofNullable(byName.get(key(name)));
  }

  /** The country whose capital this is ("Ankara" → Turquie). */
  public Optional<Country> byCapital(String name) {
    return Optional.ofNullable(byCapital.get(key(name)));
  }

  /** The country a demonym or adjective refers to ("Russes", "turque" → Russie, Turquie). */
  public Optional<Country> byDemonym(String word) {
    return Optional.ofNullable(byDemonym.get(key(word)));
  }
}
