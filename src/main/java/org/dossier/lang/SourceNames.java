package org.dossier.lang;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** News agencies and outlets and their aliases ({@code common/sources.tsv}). */
public final class SourceNames {

  public enum Kind {
    AGENCY,
    OUTLET
  }

  /** A canonical source. */
  public record Source(String name, Kind kind) {}

  private static final SourceNames INSTANCE = load();

  private final Map<String, Source> byAlias;
  private final List<String> aliasesAsWritten;
  private final String agencyAlternation;

  private SourceNames(Map<String, Source> byAlias, List<String> aliasesAsWritten) {
    this.byAlias = Map.copyOf(byAlias);
    List<String> sorted = new ArrayList<>(aliasesAsWritten);
    sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    this.aliasesAsWritten = List.copyOf(sorted);
    List<String> agencyAliases = new ArrayList<>();
    byAlias.forEach((alias, source) -> {
      if (source.kind() == Kind.AGENCY) agencyAliases.add(alias);
    });
    agencyAliases.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    this.agencyAlternation = String.join("|", agencyAliases.stream().map(Pattern::quote).toList());
  }

  public static SourceNames get() {
    return INSTANCE;
  }

  private static SourceNames load() {
    Map<String, Source> byAlias = new HashMap<>();
    List<String> written = new ArrayList<>();
    for (String[] row : DataFile.rows(Languages.NEUTRAL, "sources.tsv")) {
      Source source = new Source(row[0].strip(), Kind.valueOf(row[1].strip().toUpperCase(Locale.ROOT)));
      for (int i = 2; i < row.length; i++) {
        byAlias.put(row[i].strip().toLowerCase(Locale.ROOT), source);
        written.add(row[i].strip());
      }
    }
    return new SourceNames(byAlias, written);
  }

  /** The canonical source an alias names, ignoring case and surrounding space. */
  public Optional<Source> lookup(String alias) {
    return Optional.ofNullable(byAlias.get(alias.strip().toLowerCase(Locale.ROOT)));
  }

  /** Every alias as the data file writes it, longest first (for case-sensitive matching). */
  public List<String> allAliases() {
    return aliasesAsWritten;
  }

  /** A regex alternation (case-sensitive use is up to the caller) of every agency alias. */
  public String agencyAlternation() {
    return agencyAlternation;
  }
}
