package org.dossier.synthesise;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.lang.DataFile;

/**
 * Whether a sentence reports a claim ("selon l'OSDH", "aurait", "n'ont pas été confirmés par
 * Ankara") and whom it credits it to. The cues are data: {@code LANG/hedges.txt} and
 * {@code LANG/attribution-cues.txt}.
 */
public final class Hedges {

  private static final int MAX_SOURCE_WORDS = 6;

  private final Pattern hedge;
  private final Pattern attribution;

  public Hedges(String language) {
    int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    this.hedge = Pattern.compile("(?<![\\p{L}'])(?:" + String.join("|", DataFile.words(language, "hedges.txt")) + ")(?![\\p{L}])", flags);
    List<String> cues = DataFile.words(language, "attribution-cues.txt").stream().map(Pattern::quote).toList();
    this.attribution = Pattern.compile("(?<![\\p{L}'])(?:" + String.join("|", cues) + ")\\s+([^,.;:()«»\"]+)", flags);
  }

  public boolean hedged(String sentence) {
    return hedge.matcher(sentence).find();
  }

  /** The source a sentence credits ("l'OSDH" in "selon l'OSDH, …"), if it names one. */
  public Optional<String> attribution(String sentence) {
    Matcher m = attribution.matcher(sentence);
    if (!m.find()) return Optional.empty();
    String[] words = m.group(1).strip().split("\\s+");
    if (words.length > MAX_SOURCE_WORDS) return Optional.empty();
    return Optional.of(String.join(" ", words));
  }
}
