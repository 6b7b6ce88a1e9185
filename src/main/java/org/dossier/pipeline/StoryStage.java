package org.dossier.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.brief.Article;
import org.dossier.brief.Conflict;
import org.dossier.brief.Story;
import org.dossier.cluster.StoryArticle;
import org.dossier.cluster.StoryClusterer;
import org.dossier.config.Settings;
import org.dossier.copies.CopyDetector;
import org.dossier.copies.CopyGroup;
import org.dossier.copies.IndependentSources;
import org.dossier.extract.events.SentenceDates;
import org.dossier.extract.quotes.Quote;
import org.dossier.lang.DataFile;
import org.dossier.resolve.ArticleMentions;
import org.dossier.resolve.Entity;
import org.dossier.synthesise.ConceptSummariser;
import org.dossier.synthesise.Hedges;
import org.dossier.synthesise.NumberConflicts;
import org.dossier.synthesise.SentenceRef;
import org.dossier.synthesise.SourceArticle;
import org.dossier.synthesise.SourceSentence;
import org.dossier.synthesise.Summary;
import org.dossier.synthesise.SummarySentence;

/**
 * Copies → cluster → synthesise, once per run: finds wire copy, groups the articles into stories,
 * and writes each story's summary with, for every sentence, the articles that state it, how many
 * independent sources they are, whether it is a claim, and the numbers its sources disagree on.
 */
public final class StoryStage {

  /** Without an analysis (--no-entities): a sentence ends at . ! ? or a closing guillemet before a capital. */
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?»])\\s+(?=[«\"“\\p{Lu}])");

  private final Settings settings;
  private final Hedges hedges;
  private final NumberConflicts conflicts;
  private final SentenceDates dates;
  private final int summaryWords;

  public record Result(List<Story> stories, List<Conflict> conflicts, List<CopyGroup> copies) {}

  public StoryStage(Settings settings, String language) {
    this.settings = settings;
    this.summaryWords = settings.integer("summary.words");
    this.hedges = new Hedges(language);
    this.dates = new SentenceDates(List.of(language));
    Set<String> notCounted = new HashSet<>(DataFile.words(language, "not-counted.txt"));
    for (String[] row : DataFile.rows(language, "months.tsv")) {
      for (int i = 1; i < row.length; i++) notCounted.add(row[i].strip());
    }
    this.conflicts = new NumberConflicts(notCounted);
  }

  /**
   * @param analysed each analysed article's sentences, by article id (may be empty: sentences are
   *     then cut on punctuation)
   */
  public Result run(List<Article> articles, Map<String, ArticleMentions> analysed, List<Entity> entities, List<Quote> quotes) {
    return run(articles, List.of(), analysed, entities, quotes);
  }

  /**
   * The update brief: stories of {@code articles} told as what they add to {@code baseline}, the
   * articles already read. Baseline articles are clustered first, so a story keeps the id it had
   * then; a story with no new article is left out, and a story's summary leaves out the facts its
   * baseline articles state.
   */
  public Result run(List<Article> articles, List<Article> baseline, Map<String, ArticleMentions> analysed, List<Entity> entities, List<Quote> quotes) {
    CopyDetector copies = new CopyDetector(settings);
    List<StoryArticle> inputs = new ArrayList<>();
    Set<String> old = new HashSet<>();
    baseline.forEach(a -> old.add(a.id()));
    List<Article> all = new ArrayList<>(baseline);
    articles.stream().filter(a -> !old.contains(a.id())).forEach(all::add);
    for (Article a : all) {
      // Words only: entity ids split RPM2's stories more than they purified them (dossier eval
      // clustering --entities: BCubed F1 0.654 vs 0.658 on clusters, 0.719 vs 0.821 on topics).
      StoryArticle s = StoryArticle.of(a, List.of());
      inputs.add(s);
      copies.add(a.id(), s.paragraphs());
    }
    IndependentSources independent = copies.independentSources(all);
    List<org.dossier.cluster.Story> clusters;
    try (StoryClusterer clusterer = new StoryClusterer(settings)) {
      clusterer.add(inputs);
      clusters = clusterer.stories();
    }
    Map<String, Article> byId = new LinkedHashMap<>();
    all.forEach(a -> byId.put(a.id(), a));
    ConceptSummariser summariser = new ConceptSummariser(settings);
    List<Story> stories = new ArrayList<>();
    List<Conflict> found = new ArrayList<>();
    for (org.dossier.cluster.Story c : clusters) {
      List<String> fresh = c.articles().stream().filter(id -> !old.contains(id)).toList();
      if (fresh.isEmpty()) continue; // nothing new in this story
      List<SourceArticle> sources = new ArrayList<>();
      List<SourceArticle> seen = new ArrayList<>();
      Map<SentenceRef, SourceSentence> sentences = new LinkedHashMap<>();
      for (String id : c.articles()) {
        SourceArticle sa = source(byId.get(id), analysed.get(id), quotes);
        (old.contains(id) ? seen : sources).add(sa);
        sa.sentences().forEach(s -> sentences.put(s.ref(), s));
      }
      Summary summary = summariser.update(sources, seen, summaryWords);
      List<Story.Line> lines = new ArrayList<>();
      for (SummarySentence s : summary.sentences()) {
        Map<String, String> statements = new LinkedHashMap<>();
        List<SourceSentence> stating = new ArrayList<>();
        List<Story.Source> cited = new ArrayList<>();
        for (SentenceRef r : s.sources()) {
          SourceSentence ss = sentences.get(r);
          if (ss == null) continue;
          statements.putIfAbsent(r.article(), ss.text());
          stating.add(ss);
          cited.add(new Story.Source(r.article(), r.sentence(), ss.start(), ss.end()));
        }
        boolean hedged = hedges.hedged(s.text());
        List<String> said = s.quotes().stream().map(Quote::id).toList();
        List<Quote.Speaker> speakers = s.quotes().stream().map(Quote::speaker).filter(Objects::nonNull).distinct().toList();
        lines.add(new Story.Line(s.text(), cited, independent.count(statements), hedged, hedged ? hedges.attribution(s.text()).orElse(null) : null, s.date().orElse(null), said, speakers));
        for (NumberConflicts.Conflict n : conflicts.find(stating)) {
          found.add(new Conflict(c.id(), n.what(), n.values().stream().map(v -> new Conflict.Value(v.value(), v.where().article(), v.where().sentence(), v.text())).toList()));
        }
      }
      stories.add(new Story(c.id(), title(c, byId), fresh, lines, c.linked()));
    }
    return new Result(stories, found, copies.groups());
  }

  private static String title(org.dossier.cluster.Story c, Map<String, Article> byId) {
    for (String id : c.articles()) {
      Article a = byId.get(id);
      if (a != null && a.title() != null && !a.title().isBlank()) return a.title();
    }
    return null;
  }

  /**
   * An article as the summariser reads it: with its analysis, the sentences the analysis found,
   * each with the run's quotes that overlap it and the date of its own event; without (null, for
   * --no-entities), sentences cut on punctuation, with no quote and no date.
   */
  public SourceArticle source(Article article, ArticleMentions analysed, List<Quote> quotes) {
    if (analysed != null) return SourceArticle.of(article, analysed.analysis(), quotes, dates.of(analysed.analysis(), analysed.events()));
    String text = article.text();
    List<SourceSentence> sentences = new ArrayList<>();
    int start = 0;
    for (String paragraph : text.split("\n\n", -1)) {
      int at = 0;
      for (String piece : SENTENCE_END.split(paragraph)) {
        int from = paragraph.indexOf(piece, at);
        at = from + piece.length();
        if (!piece.isBlank()) sentences.add(new SourceSentence(article.id(), sentences.size(), start + from, start + at, piece.strip()));
      }
      start += paragraph.length() + 2;
    }
    return new SourceArticle(article.id(), article.published() == null ? null : article.published().day(), sentences);
  }
}
