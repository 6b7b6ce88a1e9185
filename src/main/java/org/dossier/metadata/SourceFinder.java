package org.dossier.metadata;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.clean.CleanText;
import org.dossier.clean.Removal;
import org.dossier.lang.SourceNames;
import org.dossier.lang.SourceNames.Kind;
import org.dossier.lang.SourceNames.Source;

/**
 * Names an article's outlet and agencies from what credits it: the site name, the dateline's
 * "(AFP)", an "Avec AFP" or "Source : AFP" line, a byline "ats/afp/vkiss", a photo credit
 * "[Keystone]", and the outlet's own share and cookie prompts ("Suivez RT en français sur
 * Telegram"). Only removed furniture is searched: an article that merely mentions Reuters in its
 * prose is not thereby a Reuters story.
 */
final class SourceFinder {

  /** Rules whose removed text credits a source, strongest first. */
  private static final List<String> CREDIT_RULES = List.of("dateline", "credit", "byline", "share", "consent", "caption");

  private final SourceNames names = SourceNames.get();
  private final Pattern aliases;

  SourceFinder() {
    List<String> all = new ArrayList<>();
    for (String alias : names.allAliases()) {
      all.add(Pattern.quote(alias));
    }
    // Case-sensitive on purpose: "AP" and "RT" are names, "ap" and "rt" are not.
    this.aliases = Pattern.compile("(?<![\\p{L}\\d])(" + String.join("|", all) + ")(?![\\p{L}\\d])");
  }

  SourceAttribution find(String siteField, CleanText clean) {
    String outlet = null;
    Set<String> agencies = new LinkedHashSet<>();
    List<String> evidence = new ArrayList<>();
    if (siteField != null && !siteField.isBlank()) {
      Optional<Source> s = names.lookup(siteField);
      if (s.isPresent() && s.get().kind() == Kind.AGENCY) {
        agencies.add(s.get().name());
      } else {
        outlet = s.map(Source::name).orElse(siteField.strip());
      }
      evidence.add("site: " + siteField.strip());
    }
    for (String rule : CREDIT_RULES) {
      for (Removal r : clean.removed()) {
        if (!r.rule().equals(rule)) {
          continue;
        }
        Matcher m = aliases.matcher(r.text());
        while (m.find()) {
          Optional<Source> s = names.lookup(m.group(1));
          if (s.isEmpty()) continue;
          if (s.get().kind() == Kind.AGENCY) {
            if (agencies.add(s.get().name())) evidence.add(rule + ": " + r.text());
          } else if (outlet == null) {
            outlet = s.get().name();
            evidence.add(rule + ": " + r.text());
          }
        }
      }
    }
    String source = outlet != null ? outlet : agencies.stream().findFirst().orElse(null);
    return new SourceAttribution(source, new ArrayList<>(agencies), evidence);
  }
}
