package org.dossier.analyse;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.AnnotatorImplementations;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import org.dossier.lang.DataFile;
import org.dossier.lang.Languages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;

/**
 * French analysis with Stanford CoreNLP 4.5.10 and its {@code models-french} jar: tokenizer,
 * multi-word tokens, UD part-of-speech tagger, WikiNER CRF, UD neural dependency parser.
 *
 * <p>The annotators are built one by one from CoreNLP's own French properties rather than through
 * the StanfordCoreNLP class, which sets system properties and keeps static pools. Each document is
 * annotated on its own (never through {@code AnnotationPipeline.annotate(Iterable, 1, …)}, which
 * annotates every document twice in 4.5.10). CoreNLP's annotators hold no per-document state, so one
 * instance serves all workers.
 */
public final class FrenchCoreNlp implements Analyzer {

  private static final String PROPERTIES = "/StanfordCoreNLP-french.properties";
  private static final Set<String> WEB_DOMAINS = Set.copyOf(DataFile.words(Languages.NEUTRAL, "web-domains.txt"));

  private final Annotator tokenize;
  private final Annotator ssplit;
  private final Annotator mwt;
  private final Annotator pos;
  private final Annotator ner;
  private final Annotator depparse;

  public FrenchCoreNlp() {
    Properties props = frenchProperties();
    AnnotatorImplementations make = new AnnotatorImplementations();
    this.tokenize = make.tokenizer(props);
    this.ssplit = make.wordToSentences(props);
    this.mwt = make.multiWordToken(props);
    this.pos = make.posTagger(props);
    this.ner = make.ner(props);
    this.depparse = make.dependencies(props);
  }

  static Properties frenchProperties() {
    Properties props = new Properties();
    try (InputStream in = FrenchCoreNlp.class.getResourceAsStream(PROPERTIES)) {
      if (in == null) {
        throw new IllegalStateException("missing " + PROPERTIES + ": the stanford-corenlp models-french jar is not on the class path");
      }
      props.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // The CRF alone: Dossier reads dates itself, and the numeric classifiers are English-only.
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.buildEntityMentions", "false");
    // Paragraphs are separated by a blank line: no sentence, and so no name, runs across one.
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    return props;
  }

  @Override
  public Analysis analyse(String text) {
    Annotation doc = new Annotation(text);
    tokenize.annotate(doc);
    joinDottedWords(doc);
    ssplit.annotate(doc);
    mwt.annotate(doc);
    pos.annotate(doc);
    ner.annotate(doc);
    List<Sentence> sentences = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<Token> tokens = new ArrayList<>();
      for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
        tokens.add(new Token(tokens.size(), t.word(), t.beginPosition(), t.endPosition(), t.tag(), entityClass(t.ner())));
      }
      if (!tokens.isEmpty()) {
        sentences.add(new Sentence(sentences.size(), tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens, List.of()));
      }
    }
    return new Analysis(text, sentences);
  }

  /**
   * Joins a word, a full stop and a top-level domain written with no space between them ("JDD.fr",
   * "lemonde.fr") back into one token. The tokenizer splits them and ends the sentence at that full
   * stop, so "a confié au JDD.fr Philippe Martin" lost its speaker to the next sentence. Sentences
   * that a joined full stop ended are joined with the next one; every other boundary, paragraph
   * breaks included, stays where the tokenizer put it.
   */
  private static void joinDottedWords(Annotation doc) {
    List<CoreLabel> tokens = new ArrayList<>();
    List<Boolean> ends = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> words = s.get(CoreAnnotations.TokensAnnotation.class);
      for (int i = 0; i < words.size(); i++) {
        tokens.add(words.get(i));
        ends.add(i == words.size() - 1);
      }
    }
    List<CoreLabel> joined = new ArrayList<>(tokens.size());
    List<Boolean> joinedEnds = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      if (!joined.isEmpty() && i + 1 < tokens.size() && joinsWords(joined.get(joined.size() - 1), t, tokens.get(i + 1))) {
        CoreLabel before = joined.get(joined.size() - 1);
        CoreLabel after = tokens.get(i + 1);
        String word = before.word() + "." + after.word();
        before.setWord(word);
        before.setValue(word);
        before.setOriginalText(before.originalText() + "." + after.originalText());
        before.setEndPosition(after.endPosition());
        before.set(CoreAnnotations.AfterAnnotation.class, after.after());
        joinedEnds.set(joinedEnds.size() - 1, ends.get(i + 1));
        i++;
        continue;
      }
      joined.add(t);
      joinedEnds.add(ends.get(i));
    }
    if (joined.size() == tokens.size()) {
      return;
    }
    String text = doc.get(CoreAnnotations.TextAnnotation.class);
    List<CoreMap> sentences = new ArrayList<>();
    int first = 0;
    for (int i = 0; i < joined.size(); i++) {
      CoreLabel t = joined.get(i);
      t.setIndex(i - first + 1);
      t.setSentIndex(sentences.size());
      t.set(CoreAnnotations.TokenBeginAnnotation.class, i);
      t.set(CoreAnnotations.TokenEndAnnotation.class, i + 1);
      if (joinedEnds.get(i)) {
        int begin = joined.get(first).beginPosition();
        CoreMap sentence = new Annotation(text.substring(begin, t.endPosition()));
        sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, t.endPosition());
        sentence.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(joined.subList(first, i + 1)));
        sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, sentences.size());
        sentence.set(CoreAnnotations.TokenBeginAnnotation.class, first);
        sentence.set(CoreAnnotations.TokenEndAnnotation.class, i + 1);
        sentences.add(sentence);
        first = i + 1;
      }
    }
    doc.set(CoreAnnotations.TokensAnnotation.class, joined);
    doc.set(CoreAnnotations.SentencesAnnotation.class, sentences);
  }

  private static boolean joinsWords(CoreLabel before, CoreLabel dot, CoreLabel after) {
    return dot.word().equals(".")
        && before.endPosition() == dot.beginPosition() && dot.endPosition() == after.beginPosition()
        && Character.isLetterOrDigit(before.word().codePointBefore(before.word().length()))
        && WEB_DOMAINS.contains(after.word());
  }

  /** WikiNER tags in IO form ("I-PER"); the class alone is what mentions are built from. */
  private static String entityClass(String tag) {
    if (tag == null || tag.equals("O")) {
      return "O";
    }
    return tag.startsWith("I-") || tag.startsWith("B-") ? tag.substring(2) : tag;
  }

  @Override
  public Analysis parse(Analysis analysis, Predicate<Sentence> needsParse) {
    List<Sentence> out = new ArrayList<>(analysis.sentences());
    List<CoreMap> toParse = new ArrayList<>();
    List<Integer> where = new ArrayList<>();
    for (Sentence s : analysis.sentences()) {
      if (!s.parsed() && needsParse.test(s)) {
        toParse.add(coreSentence(s));
        where.add(s.index());
      }
    }
    if (toParse.isEmpty()) {
      return analysis;
    }
    Annotation doc = new Annotation(analysis.text());
    doc.set(CoreAnnotations.SentencesAnnotation.class, toParse);
    depparse.annotate(doc);
    for (int i = 0; i < toParse.size(); i++) {
      SemanticGraph graph = toParse.get(i).get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      int index = where.get(i);
      out.set(index, out.get(index).withDependencies(arcs(graph)));
    }
    return new Analysis(analysis.text(), out);
  }

  /** Rebuilds the CoreNLP view of an analysed sentence: the parser needs only words and tags. */
  private static CoreMap coreSentence(Sentence s) {
    List<CoreLabel> labels = new ArrayList<>();
    for (Token t : s.tokens()) {
      CoreLabel l = new CoreLabel();
      l.setWord(t.text());
      l.setValue(t.text());
      l.setOriginalText(t.text());
      l.setTag(t.pos());
      l.setIndex(t.index() + 1);
      l.setBeginPosition(t.start());
      l.setEndPosition(t.end());
      l.setSentIndex(s.index());
      labels.add(l);
    }
    CoreMap sentence = new Annotation("");
    sentence.set(CoreAnnotations.TokensAnnotation.class, labels);
    sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, s.index());
    return sentence;
  }

  private static List<Dependency> arcs(SemanticGraph graph) {
    List<Dependency> arcs = new ArrayList<>();
    for (IndexedWord root : graph.getRoots()) {
      arcs.add(new Dependency(-1, root.index() - 1, "root"));
    }
    for (SemanticGraphEdge e : graph.edgeIterable()) {
      arcs.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1, e.getRelation().toString()));
    }
    arcs.sort((a, b) -> Integer.compare(a.dependent(), b.dependent()));
    return arcs;
  }
}
