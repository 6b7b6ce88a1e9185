package org.dossier.synthesise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.dossier.lang.DataFile;

/**
 * The content words of a French sentence, in order: elisions cut (l'armée → armée), lower case,
 * stop words out ({@code lang/fr/stopwords.txt}), Savoy's light stemming (libérés → liber) and
 * accents folded, so that two reports of one fact in different inflections share their words.
 * Numbers stay: "15 otages" and "14 otages" are different facts.
 */
public final class ContentWords {

  private static final String LANGUAGE = "fr";

  private final Analyzer analyzer;

  public ContentWords() {
    CharArraySet elisions = new CharArraySet(DataFile.words(LANGUAGE, "elisions.txt"), true);
    CharArraySet stopWords = new CharArraySet(DataFile.words(LANGUAGE, "stopwords.txt"), true);
    this.analyzer =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream s = new ElisionFilter(source, elisions);
            s = new LowerCaseFilter(s);
            s = new StopFilter(s, stopWords);
            s = new Meaningful(s);
            s = new FrenchLightStemFilter(s);
            s = new ASCIIFoldingFilter(s);
            return new TokenStreamComponents(source, s);
          }
        };
  }

  /** The stems of the text's content words, in text order, repeats kept. */
  public List<String> of(String text) {
    List<String> words = new ArrayList<>();
    try (TokenStream s = analyzer.tokenStream("", text)) {
      CharTermAttribute term = s.addAttribute(CharTermAttribute.class);
      s.reset();
      while (s.incrementToken()) words.add(term.toString());
      s.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a string cannot fail", e);
    }
    return words;
  }

  /** Keeps numbers and words of two characters or more: a lone letter is an initial or debris. */
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
