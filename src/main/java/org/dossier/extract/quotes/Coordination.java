package org.dossier.extract.quotes;

import static org.dossier.extract.quotes.Subjects.speaks;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.extract.entities.EntityType;
import org.dossier.extract.entities.Mention;
import org.dossier.lang.DataFile;

/**
 * Speakers named together: "dénoncent l'Union syndicale des magistrats (USM) et le Syndicat de la
 * magistrature (SM)", "Baudouin Prot (BNP Paribas) et Georges Pauget (Crédit Agricole) ont défendu
 * …, estimant que". The speaker found is one name of the list; its words become the whole list when
 * the cue can have several subjects ({@code LANG/plural-cues.txt}) and the names around it are of
 * its kind, joined by commas and a joiner ({@code LANG/pair-joiners.txt}), a parenthesis after each.
 */
final class Coordination {

  /** What ends a list's clause: a gloss as a list's parenthesis may hold, then punctuation or the end. */
  private static final Pattern LIST_END = Pattern.compile("\\s*(?:\\([^()]{0," + org.dossier.lang.ListGlue.MAX_GLOSS_CHARS + "}\\)\\s*)?(?:[.,;:!?»\"”)]|$)");

  private final Pattern pluralCue;
  /** What may stand between two names of a list; group "and" holds the joiner, absent for a comma. */
  private final Pattern glue;

  Coordination(String language) {
    this.pluralCue = Pattern.compile("(?:" + String.join("|", DataFile.words(language, "plural-cues.txt")) + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.glue = org.dossier.lang.ListGlue.of(language);
  }

  /** The speaker's words widened to the list of names it stands in, or unchanged. */
  SpeakerSpan widen(String text, SpeakerSpan speaker, String cue, List<Mention> mentions) {
    if (speaker == null || cue == null) return speaker;
    // An auxiliary opens the cue, its verb ends it; adverbs between ("ont notamment déclaré") say nothing.
    String[] words = cue.strip().split("[\\s'-]+");
    if (words.length == 0 || words[0].isEmpty()) return speaker;
    if (!pluralCue.matcher(words[0]).matches() && !pluralCue.matcher(words[words.length - 1]).matches()) return speaker;
    Mention named = null;
    for (Mention m : mentions) {
      if (m.end() == speaker.end() && m.start() >= speaker.start() && speaks(m)) named = m;
    }
    if (named == null) return speaker;
    // The list, name by name outwards, with whether a joiner or a comma comes before each.
    Deque<Mention> list = new ArrayDeque<>(List.of(named));
    Deque<Boolean> joined = new ArrayDeque<>(List.of(false));
    for (Mention next = after(text, named.end(), named.type(), mentions); next != null; next = after(text, next.end(), named.type(), mentions)) {
      joined.addLast(joiner(text, list.getLast().end(), next.start()));
      list.addLast(next);
    }
    for (Mention previous = before(text, named.start(), named.type(), mentions); previous != null; previous = before(text, previous.start(), named.type(), mentions)) {
      joined.removeFirst();
      joined.addFirst(joiner(text, previous.end(), list.getFirst().start()));
      joined.addFirst(false);
      list.addFirst(previous);
    }
    // A list ends with its joiner: "ont estimé X et Y, Z restant…" is X and Y.
    while (!joined.getLast() && list.size() > 1) {
      joined.removeLast();
      if (list.removeLast() == named) return speaker;
    }
    if (list.size() < 2) return speaker;
    int start = list.getFirst().start();
    int end = list.getLast().end();
    // "une dizaine de députés PS, PCF et Verts": a description the list completes stays its head.
    if (speaker.start() < named.start()) return list.getFirst() == named ? new SpeakerSpan(speaker.name() + text.substring(speaker.end(), end), speaker.start(), end) : speaker;
    // "Selon Jean Dupont, Marie Durand et Paul Martin doivent partir": a list with commas ends its
    // clause; one that a verb follows is the next clause's subject.
    if (joined.stream().skip(1).anyMatch(j -> !j) && !LIST_END.matcher(text).region(end, text.length()).lookingAt()) return speaker;
    // "plusieurs parlementaires UMP et PS ont souhaité": the list completes a word the speaker's
    // words left out; right after the cue ("ont déclaré Vincent Lamanda et …") it does not.
    int wordEnd = start;
    while (wordEnd > 0 && Character.isWhitespace(text.charAt(wordEnd - 1))) wordEnd--;
    int word = wordEnd;
    while (word > 0 && (Character.isLetter(text.charAt(word - 1)) || text.charAt(word - 1) == '-')) word--;
    if (word < wordEnd && Character.isLowerCase(text.charAt(word)) && !List.of(words).contains(text.substring(word, wordEnd))) return speaker;
    return new SpeakerSpan(text.substring(start, end), start, end);
  }

  /** Whether a speaker's words are such a list: two names of one kind, a joiner between ("l'USM et le SM"). */
  boolean lists(String text, SpeakerSpan speaker, List<Mention> mentions) {
    List<Mention> in = mentions.stream().filter(m -> m.start() >= speaker.start() && m.end() <= speaker.end() && speaks(m)).toList();
    for (int i = 0; i < in.size(); i++) {
      for (int j = i + 1; j < in.size(); j++) {
        if (in.get(i).type() == in.get(j).type() && in.get(i).end() <= in.get(j).start() && joiner(text, in.get(i).end(), in.get(j).start())) return true;
      }
    }
    return false;
  }

  private Mention after(String text, int end, EntityType type, List<Mention> mentions) {
    for (Mention m : mentions) {
      if (m.start() >= end && m.type() == type && glue.matcher(text).region(end, m.start()).matches()) return m;
    }
    return null;
  }

  private Mention before(String text, int start, EntityType type, List<Mention> mentions) {
    for (Mention m : mentions) {
      if (m.end() <= start && m.type() == type && glue.matcher(text).region(m.end(), start).matches()) return m;
    }
    return null;
  }

  private boolean joiner(String text, int from, int to) {
    Matcher m = glue.matcher(text).region(from, to);
    return m.matches() && m.group("and") != null;
  }
}
