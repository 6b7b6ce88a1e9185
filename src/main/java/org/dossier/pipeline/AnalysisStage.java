package org.dossier.pipeline;

import java.util.List;
import java.util.Set;
import org.dossier.analyse.Analysis;
import org.dossier.analyse.Analyzer;
import org.dossier.analyse.FrenchCoreNlp;
import org.dossier.brief.Article;
import org.dossier.config.Settings;
import org.dossier.extract.entities.MentionExtractor;
import org.dossier.lang.Countries;
import org.dossier.lang.DataFile;
import org.dossier.lang.Organisations;
import org.dossier.resolve.ArticleMentions;
import org.dossier.resolve.Entity;
import org.dossier.resolve.EntityResolver;
import org.dossier.resolve.SpeakerLinker;
import org.dossier.extract.quotes.Quote;
import org.dossier.extract.quotes.QuoteExtractor;
import java.util.ArrayList;

/**
 * Analyse → extract (entities, quotes), per article, then resolve across the run and link quote
 * speakers to the run's entities. The French models load once (about ten seconds) and are shared
 * by all workers.
 */
public final class AnalysisStage {

  /** The language the analysis models are for; other articles are not analysed (yet). */
  public static final String LANGUAGE = "fr";

  private final Analyzer analyzer;
  private final MentionExtractor mentions;
  private final EntityResolver resolver;
  private final QuoteExtractor quotes;
  private final Countries countries;

  /** The run's entities and quotes. */
  public record Result(List<Entity> entities, List<Quote> quotes) {}

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
    this.mentions = new MentionExtractor(countries, organisations, honorifics, DataFile.words(LANGUAGE, "roles.txt"));
    this.resolver =
        new EntityResolver(countries, organisations, honorifics, DataFile.words(LANGUAGE, "roles.txt"), Set.copyOf(DataFile.words(LANGUAGE, "agent-nouns.txt")), settings.integer("resolve.place-variant.min-length"));
    this.quotes = new QuoteExtractor(LANGUAGE, settings.integer("quotes.min-unattributed-words"), settings.integer("quotes.max-subject-words"));
  }


  public ArticleMentions mentions(Article article) {
    Analysis analysis = analyzer.analyse(article.text());
    // Attribution reads the subject of the reporting verb from a parse; only sentences with a cue
    // or a quotation mark are parsed.
    Analysis tagged = analysis;
    analysis = analyzer.parse(analysis, s -> quotes.needsParse(tagged.text(), s));
    MentionExtractor.Result found = mentions.extract(analysis);
    return new ArticleMentions(article.id(), analysis, found.mentions(), found.acronyms(), quotes.extract(analysis, found.mentions()));
  }

  public List<Entity> resolve(List<ArticleMentions> articles) {
    return resolver.resolve(articles);
  }

  /** Entities across the run, then every quote with its speaker linked to them. */
  public Result run(List<ArticleMentions> articles) {
    List<Entity> entities = resolver.resolve(articles);
    List<Quote> all = new ArrayList<>();
    for (ArticleMentions a : articles) {
      all.addAll(SpeakerLinker.link(a.article(), a.analysis().text(), a.quotes(), entities, countries));
    }
    return new Result(entities, all);
  }
}
