package org.dossier.synthesise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The order a summary reads in.
 *
 * <ol>
 *   <li>Source order: articles by publication day (undated ones after, in story order), then
 *       sentences by their position in the article.
 *   <li>Then time: the sentences are cut into runs, each a dated sentence and the undated ones
 *       that follow it in source order; a sentence kept for the one before it (whose subject
 *       points back to it) stays in that sentence's run even when it has a date of its own. The
 *       runs are sorted by their first sentence's date, a calendar value compared as written
 *       ("2018" before "2018-09" before "2018-09-17" before "2019"); runs of the same date keep
 *       source order, and the undated sentences before the first dated one stay first.
 * </ol>
 *
 * So dated sentences read chronologically, and an undated sentence keeps the place it had after
 * the sentence before it.
 */
final class ReadingOrder {

  private ReadingOrder() {}

  /** Articles by publication day (undated ones after, in story order), then sentences by position. */
  static Comparator<SourceSentence> source(List<SourceArticle> story) {
    Map<String, Integer> rank = new HashMap<>();
    List<SourceArticle> ordered = new ArrayList<>(story);
    ordered.sort(Comparator.comparing(SourceArticle::published, Comparator.nullsLast(Comparator.naturalOrder())));
    for (SourceArticle a : ordered) rank.putIfAbsent(a.id(), rank.size());
    return Comparator.<SourceSentence>comparingInt(s -> rank.get(s.article())).thenComparingInt(SourceSentence::index);
  }

  /**
   * @param sourceOrder the summary's sentences in source order
   * @param date each one's date, if it has one
   * @param keptWithPrevious whether it must stay right after the sentence before it
   */
  static <T> List<T> chronological(List<T> sourceOrder, Function<T, Optional<String>> date, Predicate<T> keptWithPrevious) {
    List<List<T>> runs = new ArrayList<>();
    List<String> runDates = new ArrayList<>();
    for (T t : sourceOrder) {
      Optional<String> d = date.apply(t);
      boolean opens = runs.isEmpty() || d.isPresent() && !keptWithPrevious.test(t);
      if (opens) {
        runs.add(new ArrayList<>());
        runDates.add(d.orElse(""));
      }
      runs.get(runs.size() - 1).add(t);
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) order.add(i);
    // The undated opening run has the empty date, which sorts first; the sort is stable.
    order.sort(Comparator.comparing(runDates::get));
    List<T> out = new ArrayList<>(sourceOrder.size());
    for (int i : order) out.addAll(runs.get(i));
    return out;
  }
}
