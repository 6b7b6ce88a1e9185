package org.dossier.cluster;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.dossier.config.Settings;

/**
 * Groups articles into stories as they arrive, one at a time or in batches (single-pass
 * clustering, as in topic detection and tracking). Each article is scored against the stories of
 * the few articles the index finds nearest it, never against the whole collection, and joins the
 * best one if the score is high enough; otherwise it opens a story. A story never changes id and
 * never loses an article, so ids handed out stay valid as more articles come.
 *
 * <p>The score is the cosine of TF-IDF vectors (the article's, and the sum of its members' for
 * the story) over content-word stems and, when given, canonical entity ids, multiplied by a time
 * penalty when the article's day lies far from the story's days. Document frequencies grow with
 * the collection: a batch is counted whole before its articles are placed, so that its own words
 * are weighed by the batch.
 *
 * <p>So that placing an article costs the same at a million articles as at a thousand, the index
 * holds only what a new article could join: a story is in it through its latest few articles
 * ({@code cluster.index.story-articles}), a repeat standing in for its earlier copy, and a story is closed, leaving the index but keeping its
 * id and articles, when its last day falls more than {@code cluster.candidates.max-days} behind the
 * latest day seen or when none of the last {@code cluster.candidates.max-articles} articles joined
 * it. Articles are expected in about time order: one arriving long after later-dated ones cannot
 * join a story those closed.
 *
 * <p>Not thread-safe: one clusterer follows one stream of articles.
 */
public final class StoryClusterer implements AutoCloseable {

  private static final String ENTITY = "@";

  private final ClusterSettings settings;
  private final Terms terms = new Terms();
  private final CandidateIndex index;
  private final Map<String, Integer> termIds = new HashMap<>();
  private final List<String> termNames = new ArrayList<>();
  private int[] documentFrequency = new int[1024];
  /** log(df + 1) per term, kept beside the counts so that an IDF costs a subtraction. */
  private double[] logDocumentFrequency = new double[1024];
  private int documents;
  private final Map<String, Integer> clusterOf = new HashMap<>();
  private final List<Cluster> clusters = new ArrayList<>();
  /** The story of each indexed article, by the ordinal the index gave it. */
  private int[] clusterOfOrdinal = new int[1024];
  /** Open stories, least recently joined first. */
  private final Set<Cluster> open = new LinkedHashSet<>();
  /** Open stories by their last day, earliest first; an entry whose story has moved on since is skipped. */
  private final PriorityQueue<Dated> byLastDay = new PriorityQueue<>(Comparator.comparing(Dated::day));
  /** The latest publication day seen: the stream's clock. */
  private LocalDate latest;
  private int placed;

  /** An article's features: term ids with their weighted term frequencies; entity ids are terms of their own. */
  private record Features(int[] ids, double[] termFrequencies) {}

  /** A story's last day when it was queued. */
  private record Dated(LocalDate day, Cluster story) {}

  /** A story being built: the sum of its members' length-normalised term-frequency vectors. */
  private static final class Cluster {
    final String id;
    final List<String> articles = new ArrayList<>();
    final WeightMap weights = new WeightMap();
    final Set<String> linked = new LinkedHashSet<>();
    /** Its articles in the index, oldest first: the terms each is indexed under, and its ordinal. */
    final Map<Set<String>, Integer> indexed = new LinkedHashMap<>();
    LocalDate first;
    LocalDate last;
    double norm;
    int normDocuments = -1;
    /** The arrival number of its latest article. */
    int lastArrival;
    boolean closed;

    Cluster(String id) {
      this.id = id;
    }
  }

  public StoryClusterer(Settings settings) {
    this(ClusterSettings.from(settings));
  }

  public StoryClusterer(ClusterSettings settings) {
    this.settings = settings;
    this.index = new CandidateIndex(settings.refreshEvery(), settings.segmentsPerTier());
  }

  /** Places one article; returns the id of its story. */
  public String add(StoryArticle article) {
    return add(List.of(article)).get(0);
  }

  /**
   * Places a batch in the order given; returns each article's story id. An article id seen before
   * keeps its story.
   */
  public List<String> add(List<StoryArticle> batch) {
    List<Features> features = new ArrayList<>();
    Set<String> counted = new HashSet<>();
    for (StoryArticle a : batch) features.add(clusterOf.containsKey(a.id()) || !counted.add(a.id()) ? null : features(a));
    List<String> storyIds = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      StoryArticle a = batch.get(i);
      Integer known = clusterOf.get(a.id());
      storyIds.add(clusters.get(known != null ? known : place(a, features.get(i))).id);
    }
    return storyIds;
  }

  /** The stories so far, in the order they were opened. */
  public List<Story> stories() {
    return clusters.stream().map(c -> new Story(c.id, c.articles, c.first, c.last, List.copyOf(c.linked))).toList();
  }

  /** How many of a story's articles are in the index (none once it is closed); for tests. */
  int indexedArticles(String storyId) {
    return clusters.stream().filter(c -> c.id.equals(storyId)).mapToInt(c -> c.indexed.size()).sum();
  }

  /** Reads an article's terms and counts them into the document frequencies. */
  private Features features(StoryArticle a) {
    Map<String, Integer> counts = terms.counts(a.title() == null ? a.text() : a.title() + "\n\n" + a.text());
    if (settings.entityWeight() > 0) a.entities().forEach(e -> counts.put(ENTITY + e, 1));
    int[] ids = new int[counts.size()];
    double[] tf = new double[counts.size()];
    int k = 0;
    documents++;
    for (Map.Entry<String, Integer> c : counts.entrySet()) {
      int id = termId(c.getKey());
      documentFrequency[id]++;
      logDocumentFrequency[id] = Math.log(documentFrequency[id] + 1.0);
      ids[k] = id;
      tf[k++] = (1 + Math.log(c.getValue())) * (c.getKey().startsWith(ENTITY) ? settings.entityWeight() : 1);
    }
    return new Features(ids, tf);
  }

  private int termId(String term) {
    Integer id = termIds.get(term);
    if (id != null) return id;
    int next = termNames.size();
    termIds.put(term, next);
    termNames.add(term);
    if (next == documentFrequency.length) {
      documentFrequency = Arrays.copyOf(documentFrequency, next * 2);
      logDocumentFrequency = Arrays.copyOf(logDocumentFrequency, next * 2);
    }
    return next;
  }

  private int place(StoryArticle a, Features f) {
    placed++;
    if (a.published() != null && (latest == null || a.published().isAfter(latest))) latest = a.published();
    closeStale();
    double logDocuments = Math.log(documents + 1.0);
    double[] vector = new double[f.ids().length];
    double squared = 0;
    for (int k = 0; k < vector.length; k++) {
      vector[k] = f.termFrequencies()[k] * idf(f.ids()[k], logDocuments);
      squared += vector[k] * vector[k];
    }
    double vectorNorm = Math.sqrt(squared);
    Set<Integer> candidates = new LinkedHashSet<>();
    Map<String, Double> heaviest = heaviest(f.ids(), vector, Math.max(settings.queryTerms(), settings.indexTerms()));
    Map<String, Double> query = new LinkedHashMap<>();
    heaviest.entrySet().stream().limit(settings.queryTerms()).forEach(e -> query.put(e.getKey(), e.getValue()));
    for (int hit : index.search(query, a.published(), settings.candidateDays(), settings.candidateArticles())) {
      if (!clusters.get(clusterOfOrdinal[hit]).closed) candidates.add(clusterOfOrdinal[hit]);
    }

    int best = -1;
    double bestScore = settings.minSimilarity();
    Map<Integer, Double> textScores = new LinkedHashMap<>();
    for (int c : candidates) {
      Cluster story = clusters.get(c);
      double dot = 0;
      for (int k = 0; k < vector.length; k++) dot += vector[k] * story.weights.get(f.ids()[k]) * idf(f.ids()[k], logDocuments);
      double cosine = dot == 0 ? 0 : dot / (vectorNorm * storyNorm(story, logDocuments));
      textScores.put(c, cosine);
      double score = cosine * timeFactor(a.published(), story);
      if (score >= bestScore) {
        bestScore = score;
        best = c;
      }
    }
    if (best < 0) {
      best = clusters.size();
      clusters.add(new Cluster("story-" + a.id()));
    }
    Cluster story = clusters.get(best);
    for (Map.Entry<Integer, Double> other : textScores.entrySet()) {
      if (other.getKey() != best && other.getValue() >= settings.linkSimilarity()) {
        story.linked.add(clusters.get(other.getKey()).id);
        clusters.get(other.getKey()).linked.add(story.id);
      }
    }
    join(story, a, f, logDocuments);
    clusterOf.put(a.id(), best);
    index(story, best, heaviest.keySet().stream().limit(settings.indexTerms()).toList(), a.published());
    return best;
  }

  /**
   * Indexes the story's new article. An article of the story indexed under the same terms (a
   * copy, a repeat) is taken out, since one of them finds the story as well as both; and so is the
   * story's oldest when it has more than its share in the index.
   */
  private void index(Cluster story, int cluster, List<String> heaviest, LocalDate day) {
    Set<String> terms = Set.copyOf(heaviest);
    Integer copy = story.indexed.remove(terms);
    if (copy != null) index.remove(copy);
    int ordinal = index.add(heaviest, day);
    if (ordinal == clusterOfOrdinal.length) clusterOfOrdinal = Arrays.copyOf(clusterOfOrdinal, ordinal * 2);
    clusterOfOrdinal[ordinal] = cluster;
    story.indexed.put(terms, ordinal);
    if (story.indexed.size() > settings.storyArticles()) {
      Iterator<Integer> oldest = story.indexed.values().iterator();
      index.remove(oldest.next());
      oldest.remove();
    }
  }

  /** Closes the stories no article arriving in time order could join any more (see the class comment). */
  private void closeStale() {
    while (latest != null && !byLastDay.isEmpty() && ChronoUnit.DAYS.between(byLastDay.peek().day(), latest) > settings.candidateDays()) {
      Dated d = byLastDay.poll();
      if (!d.story().closed && d.day().equals(d.story().last)) close(d.story());
    }
    while (!open.isEmpty()) {
      Cluster oldest = open.iterator().next();
      if (placed - oldest.lastArrival <= settings.openArticles()) break;
      close(oldest);
    }
  }

  private void close(Cluster story) {
    story.closed = true;
    story.indexed.values().forEach(index::remove);
    story.indexed.clear();
    story.weights.clear();
    open.remove(story);
  }

  private void join(Cluster story, StoryArticle a, Features f, double logDocuments) {
    story.articles.add(a.id());
    story.normDocuments = -1;
    story.lastArrival = placed;
    // Moved to the end: the open set stays in order of last joining.
    open.remove(story);
    open.add(story);
    double squared = 0;
    for (double tf : f.termFrequencies()) squared += tf * tf;
    double norm = Math.sqrt(squared);
    for (int k = 0; k < f.ids().length; k++) story.weights.add(f.ids()[k], f.termFrequencies()[k] / norm);
    // Only the heaviest terms are kept, so that scoring against a big story costs no more than against a small one.
    if (story.weights.size() > 2 * settings.centroidTerms()) story.weights.keepTop(settings.centroidTerms(), id -> idf(id, logDocuments));
    if (a.published() != null) {
      if (story.first == null || a.published().isBefore(story.first)) story.first = a.published();
      if (story.last == null || a.published().isAfter(story.last)) {
        story.last = a.published();
        byLastDay.add(new Dated(story.last, story));
      }
    }
  }

  /** The article's heaviest terms, heaviest first, for the index. */
  private Map<String, Double> heaviest(int[] ids, double[] vector, int n) {
    Integer[] order = new Integer[ids.length];
    for (int k = 0; k < order.length; k++) order[k] = k;
    Arrays.sort(order, (x, y) -> Double.compare(vector[y], vector[x]));
    Map<String, Double> top = new LinkedHashMap<>();
    for (int k = 0; k < Math.min(n, order.length); k++) top.put(termNames.get(ids[order[k]]), vector[order[k]]);
    return top;
  }

  /**
   * The norm of a story's TF-IDF vector. Document frequencies move a little with every article;
   * recomputing every norm each time would cost a pass over every candidate's terms, so a norm is
   * kept until its story changes or the collection has grown by a twentieth.
   */
  private double storyNorm(Cluster story, double logDocuments) {
    if (story.normDocuments < 0 || documents > story.normDocuments * 1.05) {
      story.norm = Math.sqrt(story.weights.squaredNorm(id -> idf(id, logDocuments)));
      story.normDocuments = documents;
    }
    return story.norm;
  }

  private double idf(int term, double logDocuments) {
    return logDocuments - logDocumentFrequency[term] + 1;
  }

  private double timeFactor(LocalDate day, Cluster story) {
    if (day == null || story.first == null || settings.decayDays() <= 0) return 1;
    long gap = day.isBefore(story.first) ? ChronoUnit.DAYS.between(day, story.first) : day.isAfter(story.last) ? ChronoUnit.DAYS.between(story.last, day) : 0;
    return gap <= settings.windowDays() ? 1 : Math.exp(-(gap - settings.windowDays()) / settings.decayDays());
  }

  @Override
  public void close() {
    index.close();
  }
}
