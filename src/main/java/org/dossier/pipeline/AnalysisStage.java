package org.dossier.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.Set;
import org.dossier.analyse.Analysis;
import org.dossier.analyse.Analyzer;
import org.dossier.analyse.FrenchCoreNlp;
import org.dossier.brief.Article;
import org.dossier.config.Settings;
import org.dossier.ingest.Skip;
import org.dossier.extract.entities.Genders;
import org.dossier.extract.entities.MentionExtractor;
import org.dossier.lang.Countries;
import org.dossier.lang.DataFile;
import org.dossier.lang.Organisations;
import org.dossier.resolve.ArticleMentions;
import org.dossier.resolve.Entity;
import org.dossier.resolve.EntityResolver;
import org.dossier.resolve.SpeakerLinker;
import org.dossier.extract.events.ClauseEventExtractor;
import org.dossier.extract.events.Event;
import org.dossier.extract.events.EventExtractor;
import org.dossier.extract.events.QuoteDates;
import org.dossier.extract.quotes.FoundQuote;
import org.dossier.extract.quotes.Quote;
import org.dossier.extract.quotes.QuoteExtractor;
import org.dossier.extract.time.ReferenceDate;
import org.dossier.extract.time.RuleTimeTagger;
import org.dossier.extract.time.TextSpan;
import org.dossier.extract.time.TimeTagger;
import org.dossier.extract.time.Timex;
import org.dossier.resolve.EventActors;
import org.dossier.timeline.MergingTimelineBuilder;
import org.dossier.timeline.TimelineBuilder;
import org.dossier.timeline.TimelineEntry;
import java.util.ArrayList;

/**
 * Analyse → extract (entities, quotes, time expressions, events), per article, then resolve across
 * the run: link quote speakers and event actors to the run's entities, date quotes, and merge the
 * events into the timeline. The French models load once (about ten seconds) and are shared by all
 * workers.
 */
public final class AnalysisStage {

  /** The language the analysis models are for; other articles are not analysed (yet). */
  public static final String LANGUAGE = "fr";

  private final Analyzer analyzer;
  private final MentionExtractor mentions;
  private final EntityResolver resolver;
  private final QuoteExtractor quotes;
  private final SpeakerLinker speakers;
  private final Countries countries;
  private final TimeTagger times;
  private final EventExtractor events;
  private final QuoteDates quoteDates;
  private final TimelineBuilder timeline;

  /** The run's entities, quotes and timeline. */
  public record Result(List<Entity> entities, List<Quote> quotes, List<TimelineEntry> timeline) {

    public Result {
      entities = List.copyOf(entities);
      quotes = List.copyOf(quotes);
      timeline = List.copyOf(timeline);
    }

    /** Nothing analysed (no French article, or --no-entities). */
    public static Result empty() {
      return new Result(List.of(), List.of(), List.of());
    }
  }

  public AnalysisStage(Settings settings) {
    this(new FrenchCoreNlp(), settings);
  }

  /** With an analyzer already loaded (tests share one). */
  public AnalysisStage(Analyzer analyzer, Settings settings) {
    List<String> languages = List.of(LANGUAGE);
    Countries countries = Countries.load(languages);
    Organisations organisations = Organisations.load(languages);
    this.analyzer = analyzer;
    this.countries = countries;
    List<String> honorifics = DataFile.words(LANGUAGE, "honorifics.txt");
    org.dossier.lang.RoleNouns roles = org.dossier.lang.RoleNouns.load(LANGUAGE);
    this.mentions = new MentionExtractor(countries, organisations, honorifics, roles, DataFile.words(LANGUAGE, "titled-people.txt"), DataFile.words(LANGUAGE, "first-names.tsv"), MentionExtractor.Words.load(LANGUAGE));
    this.resolver =
        new EntityResolver(countries, organisations, honorifics, roles, Set.copyOf(DataFile.words(LANGUAGE, "agent-nouns.txt")), new Genders(LANGUAGE), org.dossier.lang.RelativePronouns.load(LANGUAGE), settings);
    this.speakers = new SpeakerLinker(LANGUAGE, settings);
    this.quotes = new QuoteExtractor(LANGUAGE, settings);
    this.times = new RuleTimeTagger(languages, settings);
    this.events = new ClauseEventExtractor(languages);
    this.quoteDates = new QuoteDates(languages);
    this.timeline = new MergingTimelineBuilder(languages, settings);
  }


  public ArticleMentions mentions(Article article) {
    Analysis analysis = analyzer.analyse(article.text());
    // Attribution reads the subject of the reporting verb from a parse; only sentences with a cue
    // or a quotation mark are parsed.
    Analysis tagged = analysis;
    analysis = analyzer.parse(analysis, s -> quotes.needsParse(tagged.text(), s));
    MentionExtractor.Result found = mentions.extract(analysis);
    List<FoundQuote> said = quotes.extract(analysis, found.mentions());
    // Relative dates count from the publication date; an undated article keeps them unresolved.
    ReferenceDate reference = ReferenceDate.of(article.published());
    List<TextSpan> sentences = analysis.sentences().stream().map(s -> new TextSpan(s.start(), s.end())).toList();
    List<Timex> dates = times.tag(analysis.text(), sentences, reference);
    return new ArticleMentions(article.id(), article.title(), analysis, found.mentions(), found.acronyms(), said, dates, events.extract(analysis, dates, said, reference));
  }

  /** Each article's analysis, by article id; what resolution made of them all; the articles whose analysis failed, and why. */
  public record Analysed(Map<String, ArticleMentions> articles, Result result, List<Skip> failed) {

    public Analysed {
      articles = Map.copyOf(articles);
      failed = List.copyOf(failed);
    }
  }

  /** One article's analysis, or why there is none. */
  private record Outcome(ArticleMentions mentions, Skip failure) {}

  /** The articles analysed on {@code threads} workers, then resolved across the run ({@link #run}). */
  public Analysed analyse(List<Article> articles, int threads) throws InterruptedException {
    List<Outcome> outcomes = Workers.all(articles.stream().map(a -> (Callable<Outcome>) () -> {
      try {
        return new Outcome(mentions(a), null);
      } catch (RuntimeException e) {
        return new Outcome(null, Skip.ofBug(a.file(), "analysing", e));
      }
    }).toList(), threads);
    List<ArticleMentions> all = outcomes.stream().filter(o -> o.mentions() != null).map(Outcome::mentions).toList();
    Map<String, ArticleMentions> byArticle = new LinkedHashMap<>();
    all.forEach(a -> byArticle.put(a.article(), a));
    return new Analysed(byArticle, run(all), outcomes.stream().filter(o -> o.failure() != null).map(Outcome::failure).toList());
  }

  public List<Entity> resolve(List<ArticleMentions> articles) {
    return resolver.resolve(articles);
  }

  /**
   * Entities across the run; every quote with its speaker linked to them and the date it was said;
   * every event with its actors, merged into the timeline.
   */
  public Result run(List<ArticleMentions> articles) {
    List<Entity> entities = resolver.resolve(articles);
    List<Quote> all = new ArrayList<>();
    List<Event> dated = new ArrayList<>();
    for (ArticleMentions a : articles) {
      List<Quote> linked = speakers.link(a.article(), a.title(), a.analysis(), a.quotes(), entities, countries);
      all.addAll(quoteDates.date(linked, a.analysis(), a.times()));
      dated.addAll(EventActors.link(a.article(), a.events(), entities));
    }
    return new Result(entities, all, timeline.build(dated));
  }
}
