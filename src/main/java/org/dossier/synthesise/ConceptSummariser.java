package org.dossier.synthesise;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.config.Settings;

/**
 * Dossier's multi-document summariser: the concept-coverage model of Gillick and Favre (2009), "A
 * Scalable Global Model for Summarization". Concepts are the sentences' word bigrams (stemmed),
 * but for those of two stop words, each weighted by the number of articles that contain it;
 * bigrams found in fewer than {@code summary.concept.min-documents} articles are noise and dropped. The summary is the set of
 * sentences within the word budget that covers the most concept weight, solved exactly
 * ({@link CoverageSolver}). A concept counts once however many chosen sentences hold it, which
 * removes most redundancy; two sentences that state the same fact ({@link FactMatcher}) are also
 * never chosen together. Each summary sentence then cites every article that states its fact.
 *
 * <p>A sentence whose subject only points back ({@link Anaphora}: "Il a ajouté…", "Ses
 * déclarations…") is taken only right after the sentence before it in its article, which names
 * whom it means: the two are one choice of the solver, never the second alone; unless a quote in
 * it has a known speaker, whom the brief shows beside it. Sentences holding a quote with a known
 * speaker, or a date, may weigh more ({@code summary.attributed-bonus}, {@code
 * summary.dated-bonus}). The summary reads in {@link ReadingOrder}: chronologically where the
 * sentences are dated, in source order otherwise.
 *
 * <p>For an update ({@link #update}), concepts the reader has already seen weigh less and
 * sentences that state a fact of the earlier articles are left out.
 */
public final class ConceptSummariser implements Summariser {

  private static final double FILL_PER_BUDGET = 1e-3;
  private static final String LANGUAGE = "fr";

  private final ContentWords contentWords = new ContentWords();
  private final FactMatcher matcher;
  private final CoverageSolver solver;
  private final int defaultWords;
  private final int minSentenceWords;
  private final int minDocuments;
  private final int leadSentences;
  private final double attributedBonus;
  private final double datedBonus;
  private final Anaphora anaphora;
  private final double seenConceptWeight;

  public ConceptSummariser(Settings settings) {
    this.matcher = new FactMatcher(settings.decimal("summary.same-fact.min-overlap"), settings.integer("summary.same-fact.min-shared"));
    this.solver = new CoverageSolver(settings.longValue("summary.solver.max-nodes"));
    this.defaultWords = settings.integer("summary.words");
    this.minSentenceWords = settings.integer("summary.sentence.min-words");
    this.minDocuments = settings.integer("summary.concept.min-documents");
    this.leadSentences = settings.integer("summary.concept.lead-sentences");
    this.attributedBonus = settings.decimal("summary.attributed-bonus");
    this.datedBonus = settings.decimal("summary.dated-bonus");
    this.anaphora = new Anaphora(LANGUAGE, settings.integer("summary.anaphor.max-opening-words"));
    this.seenConceptWeight = settings.decimal("summary.update.seen-concept-weight");
  }

  /** A summary of the configured length ({@code summary.words}). */
  public Summary summarise(List<SourceArticle> story) {
    return summarise(story, defaultWords);
  }

  @Override
  public Summary summarise(List<SourceArticle> story, int words) {
    return update(story, List.of(), words);
  }

  /**
   * What {@code story} adds to {@code seen}: a summary of the story's articles that leaves out the
   * facts the seen articles state and weighs their concepts down. With nothing seen it is the plain
   * summary.
   */
  public Summary update(List<SourceArticle> story, List<SourceArticle> seen, int words) {
    List<Unit> units = units(story);
    List<Unit> seenUnits = units(seen);
    Map<String, Double> weights = weights(units, story.size());
    if (!seen.isEmpty()) {
      Set<String> old = new HashSet<>();
      for (Unit u : seenUnits) old.addAll(u.concepts);
      weights.replaceAll((c, w) -> old.contains(c) ? w * seenConceptWeight : w);
    }
    List<Unit> fresh = new ArrayList<>();
    for (Unit u : units) {
      if (seenUnits.stream().noneMatch(s -> matcher.states(s.words, u.words))) fresh.add(u);
    }
    List<List<Unit>> choices = choices(fresh, words);
    List<Unit> picked = new ArrayList<>();
    for (int i : solve(choices, weights, words)) picked.addAll(choices.get(i));
    picked.sort(Comparator.comparing(Unit::sentence, ReadingOrder.source(story)));
    List<SummarySentence> out = new ArrayList<>();
    for (Unit u : ReadingOrder.chronological(picked, u -> u.sentence.date(), Unit::dangling)) out.add(SummarySentence.of(u.sentence, sources(u, units)));
    return new Summary(out);
  }

  /**
   * What the solver chooses from: each sentence that reads alone, and each sentence that points
   * back together with the sentences before it in its article, back to the first that reads alone
   * ("X a été mis en examen.", "Il est soupçonné…", "Il a conclu…"), if they fit together. A
   * sentence shorter than {@code summary.sentence.min-words} is no choice on its own, but may
   * open such a run: it names whom the next one means.
   *
   * @param fresh the story's sentences but those that state what the reader has seen
   */
  private List<List<Unit>> choices(List<Unit> fresh, int budget) {
    Map<SentenceRef, Unit> byRef = new HashMap<>();
    fresh.forEach(u -> byRef.put(u.sentence.ref(), u));
    List<List<Unit>> choices = new ArrayList<>();
    for (Unit u : fresh) {
      if (u.sentence.words() < minSentenceWords) continue;
      List<Unit> run = new ArrayList<>(List.of(u));
      int words = u.sentence.words();
      Unit first = u;
      while (first != null && first.dangling && words <= budget) {
        first = byRef.get(new SentenceRef(u.sentence.article(), first.sentence.index() - 1));
        if (first != null) {
          run.add(0, first);
          words += first.sentence.words();
        }
      }
      if (first != null && words <= budget) choices.add(List.copyOf(run));
    }
    return choices;
  }

  private int[] solve(List<List<Unit>> choices, Map<String, Double> weights, int budget) {
    Map<String, Integer> ids = new LinkedHashMap<>();
    for (Map.Entry<String, Double> e : weights.entrySet()) if (e.getValue() > 0) ids.put(e.getKey(), ids.size());
    double[] w = new double[ids.size()];
    ids.forEach((c, i) -> w[i] = weights.get(c));
    int n = choices.size();
    int[] lengths = new int[n];
    int[][] concepts = new int[n][];
    double[] bonus = new double[n];
    BitSet[] conflicts = new BitSet[n];
    for (int j = 0; j < n; j++) {
      Set<String> held = new LinkedHashSet<>();
      for (Unit u : choices.get(j)) {
        lengths[j] += u.sentence.words();
        held.addAll(u.concepts);
        bonus[j] += (u.sentence.attributed() ? attributedBonus : 0) + (u.sentence.date().isPresent() ? datedBonus : 0);
      }
      concepts[j] = held.stream().filter(ids::containsKey).mapToInt(ids::get).toArray();
      // Among summaries that cover the same concept weight, the one that uses more of the budget:
      // all its words together are worth under a thousandth, less than any difference between two
      // totals of article counts (or of their seen-concept shares at the settings' precision).
      bonus[j] += FILL_PER_BUDGET * lengths[j] / (budget + 1.0);
      conflicts[j] = new BitSet(n);
    }
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        if (clash(choices.get(a), choices.get(b))) {
          conflicts[a].set(b);
          conflicts[b].set(a);
        }
      }
    }
    return solver.solve(new CoverageSolver.Problem(lengths, concepts, w, bonus, conflicts, budget)).chosen();
  }

  /** Two choices that hold the same sentence, or sentences that state the same fact. */
  private boolean clash(List<Unit> a, List<Unit> b) {
    for (Unit x : a) {
      for (Unit y : b) {
        if (x == y || matcher.same(x.words, y.words)) return true;
      }
    }
    return false;
  }

  /**
   * Each concept's weight: the number of articles holding it, kept from {@code min-documents}
   * articles (or all of them, for a story that has fewer); when no bigram is that widely shared the
   * threshold steps down, so a story of unrelated articles still gets a summary.
   */
  private Map<String, Double> weights(List<Unit> units, int articles) {
    Map<String, Set<String>> holders = new LinkedHashMap<>();
    Map<String, Set<String>> leadHolders = new HashMap<>();
    for (Unit u : units) {
      for (String c : u.concepts) {
        holders.computeIfAbsent(c, k -> new HashSet<>()).add(u.sentence.article());
        if (u.sentence.index() < leadSentences) leadHolders.computeIfAbsent(c, k -> new HashSet<>()).add(u.sentence.article());
      }
    }
    Map<String, Double> weights = new LinkedHashMap<>();
    for (int min = Math.max(1, Math.min(minDocuments, articles)); min >= 1 && weights.isEmpty(); min--) {
      for (Map.Entry<String, Set<String>> e : holders.entrySet()) {
        int lead = leadHolders.getOrDefault(e.getKey(), Set.of()).size();
        if (e.getValue().size() >= min) weights.put(e.getKey(), (double) e.getValue().size() + lead);
      }
    }
    return weights;
  }

  /** The sentence itself, then the best sentence of every other article that states its fact. */
  private List<SentenceRef> sources(Unit u, List<Unit> all) {
    Map<String, Unit> best = new LinkedHashMap<>();
    Map<String, Double> bestScore = new HashMap<>();
    for (Unit o : all) {
      String article = o.sentence.article();
      if (article.equals(u.sentence.article()) || !matcher.states(o.words, u.words)) continue;
      double score = FactMatcher.containment(u.words, o.words);
      if (score > bestScore.getOrDefault(article, -1.0)) {
        best.put(article, o);
        bestScore.put(article, score);
      }
    }
    List<SentenceRef> refs = new ArrayList<>();
    refs.add(u.sentence.ref());
    for (Unit o : best.values()) refs.add(o.sentence.ref());
    return refs;
  }

  private List<Unit> units(List<SourceArticle> articles) {
    List<Unit> units = new ArrayList<>();
    for (SourceArticle a : articles) {
      for (SourceSentence s : a.sentences()) {
        List<ContentWords.Word> words = contentWords.words(s.text());
        Set<String> concepts = new LinkedHashSet<>();
        Set<String> content = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
          ContentWords.Word w = words.get(i);
          if (!w.stop()) content.add(w.stem());
          if (i + 1 < words.size() && !(w.stop() && words.get(i + 1).stop())) concepts.add(w.stem() + " " + words.get(i + 1).stem());
        }
        units.add(new Unit(s, content, concepts, anaphora.dangling(s.text()) && !s.attributed()));
      }
    }
    return units;
  }

  /**
   * A sentence with its content words and concepts; dangling when its subject points back to whom
   * it does not name and no quote in it has a known speaker.
   */
  private record Unit(SourceSentence sentence, Set<String> words, Set<String> concepts, boolean dangling) {}
}
