package org.dossier.lang;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Organisations news names often and NER models miss or split ({@code LANG/organisations.tsv}):
 * canonical name, aliases and acronyms, and for a state institution the state it stands for
 * ("le Kremlin" → RU).
 */
public final class Organisations {

  /** One organisation. {@code country} is an ISO code for state institutions, else empty. */
  public record Organisation(String name, String type, List<String> aliases, String country) {

    /** The name and every alias. */
    public List<String> names() {
      List<String> all = new ArrayList<>(aliases);
      all.add(0, name);
      return all;
    }
  }

  private final List<Organisation> all;
  private final Map<String, Organisation> byName = new HashMap<>();

  private Organisations(List<Organisation> all) {
    this.all = List.copyOf(all);
    for (Organisation o : all) {
      for (String n : o.names()) {
        byName.putIfAbsent(n.toLowerCase(Locale.ROOT), o);
      }
    }
  }

  public static Organisations load(List<String> languages) {
    List<Organisation> all = new ArrayList<>();
    for (String lang : languages) {
      for (String[] row : DataFile.optionalRows(lang, "organisations.tsv").orElse(List.of())) {
        List<String> aliases = new ArrayList<>();
        if (row.length > 2) {
          for (String a : row[2].split("\\|")) {
            if (!a.isBlank()) aliases.add(a.strip());
          }
        }
        all.add(new Organisation(row[0].strip(), row[1].strip(), aliases, row.length > 3 ? row[3].strip() : ""));
      }
    }
    return new Organisations(all);
  }

  public List<Organisation> all() {
    return all;
  }

  /** The organisation a name or alias names, ignoring case. */
  public Optional<Organisation> byName(String name) {
    return Optional.ofNullable(byName.get(name.strip().toLowerCase(Locale.ROOT)));
  }

  /** Every name and alias, longest first, for building a matcher. */
  public List<String> allNames() {
    List<String> names = new ArrayList<>(byName.keySet().size());
    for (Organisation o : all) names.addAll(o.names());
    names.sort(Comparator.comparingInt(String::length).reversed());
    return names;
  }
}
