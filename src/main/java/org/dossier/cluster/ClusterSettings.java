package org.dossier.cluster;

import org.dossier.config.Settings;

/**
 * The story clusterer's thresholds, read from the defaults ({@code cluster.*}); a record so that an
 * evaluation can run a variant (text only, another threshold) beside the defaults.
 *
 * @param minSimilarity an article joins the most similar story from this score, else opens one
 * @param linkSimilarity a story whose text alone is this similar to an article's, but which the
 *     article did not join, is linked to the article's story
 * @param entityWeight weight of one named entity against the text's terms (0: entities ignored)
 * @param windowDays no time penalty within this many days of a story's first or last day
 * @param decayDays beyond the window, the score is multiplied by exp(-extra days / decayDays)
 *     (0: time ignored)
 * @param candidateDays the index is asked only for articles within this many days (or undated),
 *     and a story whose last day is this many days before the latest day seen is closed
 * @param openArticles a story that none of the last this many articles joined is closed
 * @param indexTerms an article is indexed under this many of its heaviest terms
 * @param storyArticles a story is in the index through its latest this many articles only
 * @param queryTerms the index is asked with this many of the article's heaviest terms
 * @param candidateArticles the index returns this many articles, whose stories are the candidates
 * @param refreshEvery the index is reopened after this many articles; those added since are
 *     found in a small map beside it
 * @param segmentsPerTier Lucene merges index segments once a size tier holds more than this many
 * @param centroidTerms a story keeps the weights of at most twice this many terms, cut back to this many
 */
public record ClusterSettings(
    double minSimilarity,
    double linkSimilarity,
    double entityWeight,
    int windowDays,
    double decayDays,
    int candidateDays,
    int openArticles,
    int indexTerms,
    int storyArticles,
    int queryTerms,
    int candidateArticles,
    int refreshEvery,
    double segmentsPerTier,
    int centroidTerms) {

  public static ClusterSettings from(Settings s) {
    return new ClusterSettings(
        s.decimal("cluster.min-similarity"),
        s.decimal("cluster.link-similarity"),
        s.decimal("cluster.entity-weight"),
        s.integer("cluster.time.window-days"),
        s.decimal("cluster.time.decay-days"),
        s.integer("cluster.candidates.max-days"),
        s.integer("cluster.candidates.max-articles"),
        s.integer("cluster.index.terms"),
        s.integer("cluster.index.story-articles"),
        s.integer("cluster.candidates.query-terms"),
        s.integer("cluster.candidates.articles"),
        s.integer("cluster.index.refresh-every"),
        s.decimal("cluster.index.segments-per-tier"),
        s.integer("cluster.centroid.max-terms"));
  }

  /** The same clusterer on words alone: no entities, no time. */
  public ClusterSettings textOnly() {
    return new ClusterSettings(minSimilarity, linkSimilarity, 0, windowDays, 0, candidateDays, openArticles, indexTerms, storyArticles, queryTerms, candidateArticles, refreshEvery, segmentsPerTier, centroidTerms);
  }

  public ClusterSettings withMinSimilarity(double threshold) {
    return new ClusterSettings(threshold, linkSimilarity, entityWeight, windowDays, decayDays, candidateDays, openArticles, indexTerms, storyArticles, queryTerms, candidateArticles, refreshEvery, segmentsPerTier, centroidTerms);
  }
}
