package org.dossier.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Language identification with OpenNLP's 103-language model (from the {@code
 * opennlp-models-langdetect} artifact, loaded once from the class path). Answers ISO 639-1 codes
 * ("fr"), or {@link Languages#UNDETERMINED} for text too short or too mixed to tell.
 */
public final class LanguageIdentifier {

  private static final Map<String, String> ISO3_TO_ISO1 = new HashMap<>();

  static {
    for (String iso1 : Locale.getISOLanguages()) {
      ISO3_TO_ISO1.put(Locale.forLanguageTag(iso1).getISO3Language(), iso1);
    }
    // The model names some languages by an individual code of a macrolanguage.
    ISO3_TO_ISO1.putAll(Map.of("cmn", "zh", "arb", "ar", "pes", "fa", "zlm", "ms", "nob", "nb", "nno", "nn", "ekk", "et", "lvs", "lv", "azj", "az", "uzn", "uz"));
    ISO3_TO_ISO1.putAll(Map.of("khk", "mn", "swh", "sw", "ydd", "yi", "plt", "mg", "gug", "gn", "quz", "qu", "als", "sq", "npi", "ne", "ory", "or", "pbu", "ps"));
  }

  private final LanguageDetectorModel model;
  private final int minChars;
  private final double minConfidence;
  private final int maxChars;

  public LanguageIdentifier(int minChars, double minConfidence, int maxChars) {
    this.minChars = minChars;
    this.minConfidence = minConfidence;
    this.maxChars = maxChars;
    try (InputStream in = LanguageIdentifier.class.getResourceAsStream("/langdetect-183.bin")) {
      if (in == null) {
        throw new IllegalStateException("missing langdetect-183.bin (opennlp-models-langdetect) on the class path");
      }
      this.model = new LanguageDetectorModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the language model", e);
    }
  }

  /** The language of a text; thread-safe (a detector per call is cheap, the model is shared). */
  public String identify(String text) {
    String sample = text.length() > maxChars ? text.substring(0, maxChars) : text;
    if (sample.strip().length() < minChars) {
      return Languages.UNDETERMINED;
    }
    Language best = new LanguageDetectorME(model).predictLanguage(sample);
    if (best == null || best.getConfidence() < minConfidence) {
      return Languages.UNDETERMINED;
    }
    return ISO3_TO_ISO1.getOrDefault(best.getLang(), best.getLang());
  }
}
