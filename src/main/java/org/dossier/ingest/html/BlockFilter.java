package org.dossier.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dossier.ingest.html.BlockText.Block;

/**
 * Last pass, paragraph by paragraph: drops short lines that are page furniture ("Lire aussi",
 * share prompts, photo credits, cookie notices) and link-heavy blocks that are not paragraphs.
 */
final class BlockFilter {

  /** Languages whose furniture lines are known; pages mix them, so all lists apply. */
  private static final List<String> LANGUAGES = List.of("fr", "en", "de");

  private final Pattern furniture;
  private final ExtractorSettings settings;

  private BlockFilter(Pattern furniture, ExtractorSettings settings) {
    this.furniture = furniture;
    this.settings = settings;
  }

  static BlockFilter load(ExtractorSettings settings) {
    List<String> regexes = new ArrayList<>(ResourceLines.read("/org/dossier/html/boilerplate-lines.txt"));
    for (String lang : LANGUAGES) {
      regexes.addAll(ResourceLines.read("/org/dossier/html/" + lang + "/boilerplate-lines.txt"));
    }
    Pattern any =
        Pattern.compile(
            String.join("|", regexes.stream().map(r -> "(?:" + r + ")").toList()),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    return new BlockFilter(any, settings);
  }

  List<Block> keep(List<Block> blocks) {
    List<Block> kept = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      if (!isFurniture(b)) {
        kept.add(b);
      }
    }
    return trimEdges(kept);
  }

  /**
   * Short lines before the first real paragraph (dates, bylines, "Updated:") and after the last
   * one (credits, sign-up prompts, "Print recipe") are furniture far more often than text;
   * headings before the text are kept, since they title it.
   */
  private List<Block> trimEdges(List<Block> blocks) {
    int first = 0;
    List<Block> head = new ArrayList<>();
    while (first < blocks.size() && isShort(blocks.get(first))) {
      if (blocks.get(first).isHeading()) {
        head.add(blocks.get(first));
      }
      first++;
    }
    int last = blocks.size();
    while (last > first && isShort(blocks.get(last - 1))) {
      last--;
    }
    if (first >= last) {
      return blocks;
    }
    head.addAll(blocks.subList(first, last));
    return head;
  }

  /** Short, and not a sentence: a closing "Thanks for reading!" is text, "Print recipe" is not. */
  private boolean isShort(Block b) {
    String t = b.text();
    char last = t.charAt(t.length() - 1);
    boolean sentence = last == '.' || last == '!' || last == '?' || last == '…';
    return BlockText.visibleChars(t) < settings.edgeMaxChars() && !sentence;
  }

  boolean isFurniture(Block b) {
    if (!b.tag().equals("p") && b.linkDensity() > settings.blockMaxLinkDensity()) {
      return true;
    }
    String text = b.text();
    return text.length() <= settings.lineMaxChars()
        && furniture.matcher(text.toLowerCase(Locale.ROOT)).matches();
  }
}
