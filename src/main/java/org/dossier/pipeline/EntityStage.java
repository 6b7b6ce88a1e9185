package org.dossier.pipeline;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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

/**
 * Analyse → extract entities, per article, then resolve across the run. The French models load
 * once (about ten seconds) and are shared by all workers.
 */
public final class EntityStage {

  /** The language the analysis models are for; other articles are not analysed (yet). */
  public static final String LANGUAGE = "fr";

  private final Analyzer analyzer;
  private final MentionExtractor mentions;
  private final EntityResolver resolver;

  public EntityStage(Settings settings) {
    this(new FrenchCoreNlp(), settings);
  }

  /** With an analyzer already loaded (tests share one). */
  public EntityStage(Analyzer analyzer, Settings settings) {
    List<String> languages = List.of(LANGUAGE);
    Countries countries = Countries.load(languages);
    Organisations organisations = Organisations.load(languages);
    this.analyzer = analyzer;
    this.mentions = new MentionExtractor(countries, organisations);
    this.resolver =
        new EntityResolver(countries, organisations, words(LANGUAGE, "honorifics.txt"), words(LANGUAGE, "roles.txt"), Set.copyOf(words(LANGUAGE, "agent-nouns.txt")), settings.integer("resolve.place-variant.min-length"));
  }

  private static List<String> words(String language, String file) {
    return DataFile.rows(language, file).stream().map(r -> r[0].strip()).collect(Collectors.toList());
  }

  public ArticleMentions mentions(Article article) {
    Analysis analysis = analyzer.analyse(article.text());
    MentionExtractor.Result found = mentions.extract(analysis);
    return new ArticleMentions(article.id(), analysis, found.mentions(), found.acronyms());
  }

  public List<Entity> resolve(List<ArticleMentions> articles) {
    return resolver.resolve(articles);
  }
}
