package org.dossier.lang;

import java.util.function.BiFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The French word chain the clusterer and the summariser share, as Lucene composes it: elisions
 * cut ({@code fr/elisions.txt}: l'armée → armée), lower case, the caller's own filters, Savoy's
 * light stemming (négociations → negociation) and accents folded. Each caller decides between
 * lower-casing and stemming what a word is and what to do with stop words.
 */
public final class FrenchStemming {

  private static final String LANGUAGE = "fr";

  private FrenchStemming() {}

  /**
   * The chain with {@code middle} between lower-casing and stemming; {@code middle} is given the
   * stream and the stop words of {@code fr/stopwords.txt}.
   */
  public static Analyzer analyzer(BiFunction<TokenStream, CharArraySet, TokenStream> middle) {
    CharArraySet elisions = new CharArraySet(DataFile.words(LANGUAGE, "elisions.txt"), true);
    CharArraySet stopWords = new CharArraySet(DataFile.words(LANGUAGE, "stopwords.txt"), true);
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream s = new ElisionFilter(source, elisions);
        s = new LowerCaseFilter(s);
        s = middle.apply(s, stopWords);
        s = new FrenchLightStemFilter(s);
        s = new ASCIIFoldingFilter(s);
        return new TokenStreamComponents(source, s);
      }
    };
  }
}
