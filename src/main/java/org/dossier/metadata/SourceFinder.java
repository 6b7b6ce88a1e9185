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
 * "(AFP)", an "Avec AFP" or "Source : AFP" line, a byline "ats/afp/vkiss", and the outlet's own
 * share and cookie prompts ("Suivez RT en français sur Telegram"). Photo captions and credits
 * ("[Keystone]", "© AFP") credit a picture, not the text: they count only when nothing else names a
 * source. Only removed furniture is searched: an article that merely quotes the AFP in its prose is
 * not thereby an AFP story.
 */
final class SourceFinder {

  /** Rules whose removed text credits the article's text, strongest first. */
  private static final List<String> TEXT_CREDITS = List.of("dateline", "credit", "byline", "share", "consent");

  /** Rules whose removed text credits a picture: evidence of last resort. */
  private static final List<String> PICTURE_CREDITS = List.of("caption", "photo-credit");

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
    Names found = new Names(outlet, agencies, evidence);
    collect(TEXT_CREDITS, clean, found);
    if (found.outlet == null && found.agencies.isEmpty()) {
      collect(PICTURE_CREDITS, clean, found);
    }
    outlet = found.outlet;
    String source = outlet != null ? outlet : agencies.stream().findFirst().orElse(null);
    return new SourceAttribution(source, new ArrayList<>(agencies), evidence);
  }

  /** What has been found so far: the outlet, the agencies and the text that named them. */
  private static final class Names {
    String outlet;
    final Set<String> agencies;
    final List<String> evidence;

    Names(String outlet, Set<String> agencies, List<String> evidence) {
      this.outlet = outlet;
      this.agencies = agencies;
      this.evidence = evidence;
    }
  }

  private void collect(List<String> rules, CleanText clean, Names found) {
    for (String rule : rules) {
      for (Removal r : clean.removed()) {
        if (!r.rule().equals(rule)) {
          continue;
        }
        Matcher m = aliases.matcher(r.text());
        while (m.find()) {
          Optional<Source> s = names.lookup(m.group(1));
          if (s.isEmpty()) continue;
          if (s.get().kind() == Kind.AGENCY) {
            if (found.agencies.add(s.get().name())) found.evidence.add(rule + ": " + r.text());
          } else if (found.outlet == null) {
            found.outlet = s.get().name();
            found.evidence.add(rule + ": " + r.text());
          }
        }
      }
    }
  }
}
