package org.dossier.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.dossier.lang.FrenchStemming;

/**
 * The content words of a French text as Lucene analyses them: elisions cut (l'armée → armée),
 * lower case, stop words out (lang/fr/stopwords.txt), light stemming (Savoy's French light
 * stemmer: négociations → negociation) and accents folded, so that Erdoğan and Erdogan, or
 * "négociation" and "négociations", count as one term. Tokens without a letter (numbers, dates)
 * are dropped: every story has them.
 */
public final class Terms {

  private final Analyzer analyzer = FrenchStemming.analyzer((s, stopWords) -> new WordsOnly(new StopFilter(s, stopWords)));

  /** Each term of the text with its count, in order of first appearance. */
  public Map<String, Integer> counts(String text) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    try (TokenStream s = analyzer.tokenStream("", text)) {
      CharTermAttribute term = s.addAttribute(CharTermAttribute.class);
      s.reset();
      while (s.incrementToken()) counts.merge(term.toString(), 1, Integer::sum);
      s.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a string cannot fail", e);
    }
    return counts;
  }

  /** Keeps tokens of two characters or more with at least one letter. */
  private static final class WordsOnly extends FilteringTokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    WordsOnly(TokenStream in) {
      super(in);
    }

    @Override
    protected boolean accept() {
      if (term.length() < 2) return false;
      for (int i = 0; i < term.length(); i++) if (Character.isLetter(term.charAt(i))) return true;
      return false;
    }
  }
}
