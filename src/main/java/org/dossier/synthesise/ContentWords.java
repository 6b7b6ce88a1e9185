package org.dossier.synthesise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.dossier.lang.FrenchStemming;

/**
 * The words of a French sentence as the summariser compares them: elisions cut (l'armée → armée),
 * lower case, Savoy's light stemming (libérés → liber) and accents folded, so that two reports of
 * one fact in different inflections share their words. Stop words ({@code lang/fr/stopwords.txt})
 * are kept but marked: concepts are bigrams that may hold one ("libération des", "des otages"),
 * while fact matching looks at content words alone. Numbers stay: "15 otages" and "14 otages" are
 * different facts. Lone letters go: they are initials or debris.
 */
public final class ContentWords {

  /** A word of the text: its stem and whether it is a stop word. */
  public record Word(String stem, boolean stop) {}

  // A stop word rides through as a "keyword", which the stemmer leaves alone.
  private final Analyzer analyzer = FrenchStemming.analyzer((s, stopWords) -> new SetKeywordMarkerFilter(new Meaningful(s), stopWords));

  /** Every word of the text in order, repeats kept, stop words marked. */
  public List<Word> words(String text) {
    List<Word> words = new ArrayList<>();
    try (TokenStream s = analyzer.tokenStream("", text)) {
      CharTermAttribute term = s.addAttribute(CharTermAttribute.class);
      KeywordAttribute stop = s.addAttribute(KeywordAttribute.class);
      s.reset();
      while (s.incrementToken()) words.add(new Word(term.toString(), stop.isKeyword()));
      s.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a string cannot fail", e);
    }
    return words;
  }

  /** The stems of the text's content words (no stop words), in text order, repeats kept. */
  public List<String> of(String text) {
    return words(text).stream().filter(w -> !w.stop()).map(Word::stem).toList();
  }

  /** Keeps numbers and words of two characters or more. */
  private static final class Meaningful extends FilteringTokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    Meaningful(TokenStream in) {
      super(in);
    }

    @Override
    protected boolean accept() {
      boolean letter = false;
      for (int i = 0; i < term.length(); i++) {
        char c = term.charAt(i);
        if (Character.isDigit(c)) return true;
        letter |= Character.isLetter(c);
      }
      return letter && term.length() >= 2;
    }
  }
}
