package org.dossier.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.brief.Article;
import org.dossier.brief.ContentHash;
import org.dossier.clean.CleanText;
import org.dossier.clean.Cleaner;
import org.dossier.clean.UnicodeNormalizer;
import org.dossier.config.Settings;
import org.dossier.ingest.FileResult;
import org.dossier.ingest.Ingester;
import org.dossier.ingest.RawArticle;
import org.dossier.ingest.Skip;
import org.dossier.ingest.SourceFile;
import org.dossier.lang.LanguageIdentifier;
import org.dossier.lang.Languages;
import org.dossier.metadata.Metadata;
import org.dossier.metadata.MetadataExtractor;

/**
 * Composes the stages: ingest → language → clean → metadata. It holds no per-document state, so
 * one instance serves parallel workers; each stage returns new values and none knows its
 * neighbours.
 */
public final class Pipeline {

  /** What one input file became. */
  public record Result(List<Article> articles, List<Skip> skipped) {
    public Result {
      articles = List.copyOf(articles);
      skipped = List.copyOf(skipped);
    }
  }

  private static final int ID_BYTES = 8;

  private final Ingester ingester;
  private final LanguageIdentifier languages;
  private final Cleaner cleaner;
  private final MetadataExtractor metadata = new MetadataExtractor();

  public Pipeline(Settings settings) {
    this(settings, settings.longValue("ingest.max-bytes"));
  }

  /** The pipeline with another input size limit (the --max-bytes option). */
  public Pipeline(Settings settings, long maxBytes) {
    this.ingester = new Ingester(maxBytes, settings.decimal("ingest.max-control-share"));
    this.languages =
        new LanguageIdentifier(settings.integer("lang.min-chars"), settings.decimal("lang.min-confidence"), settings.integer("lang.max-chars"));
    this.cleaner = new Cleaner(settings);
  }

  public Result process(SourceFile file) {
    FileResult read = ingester.read(file);
    List<Article> articles = new ArrayList<>();
    List<Skip> skipped = new ArrayList<>(read.skipped());
    for (RawArticle raw : read.articles()) {
      String normalized = UnicodeNormalizer.normalize(raw.text());
      String language = language(normalized, raw.hints().language());
      CleanText clean = cleaner.clean(raw.text(), raw.format().mayBeHardWrapped(), raw.hints().title(), language);
      if (clean.paragraphs().isEmpty()) {
        skipped.add(new Skip(raw.location(), "no article text left after cleaning: all " + clean.removed().size() + " paragraphs were boilerplate"));
        continue;
      }
      Metadata m = metadata.extract(raw.hints(), clean, language);
      articles.add(
          new Article(
              ContentHash.hex(normalized.strip(), ID_BYTES),
              raw.location(),
              raw.format().name().toLowerCase(Locale.ROOT),
              m.title(),
              m.language(),
              m.published(),
              m.source().source(),
              m.source().agencies(),
              m.source().evidence(),
              m.dateline(),
              m.url(),
              clean.text(),
              clean.removed()));
    }
    return new Result(articles, skipped);
  }

  /** Detected from the text; the container's declared language breaks a tie the model cannot. */
  private String language(String normalizedText, String declared) {
    String detected = languages.identify(normalizedText);
    if (detected.equals(Languages.UNDETERMINED) && declared != null && declared.length() >= 2) {
      return declared.substring(0, 2).toLowerCase(Locale.ROOT);
    }
    return detected;
  }

  /** A content hash of the text as read, after Unicode normalisation: the same article in UTF-8 and Windows-1252 gets one id. */
  static String id(String text) {
    return ContentHash.hex(UnicodeNormalizer.normalize(text).strip(), ID_BYTES);
  }
}
