package org.dossier.eval.summary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dossier.brief.Article;
import org.dossier.ingest.SourceFile;
import org.dossier.pipeline.AnalysisStage;
import org.dossier.pipeline.Pipeline;
import org.dossier.pipeline.StoryStage;
import org.dossier.synthesise.SourceArticle;

/**
 * The RPM2 French multi-document summarisation corpus (de Loupy et al., LREC 2010): 20 topics, each
 * with two clusters of 10 articles, C2 a month after C1, in {@code Corpus_RPM2_documents/TNN_CK_DD.txt};
 * four human summaries per cluster in {@code Corpus_RPM2_references/TNN_CK_AJ.txt}. The C1 summaries
 * summarise C1; the C2 summaries are update summaries, written for a reader who has read C1.
 */
final class Rpm2 {

  private static final Pattern DOCUMENT = Pattern.compile("(T\\d\\d)_(C\\d)_(\\d\\d)\\.txt");
  private static final Pattern REFERENCE = Pattern.compile("(T\\d\\d)_(C\\d)_(A\\d)\\.txt");
  // A reference's sentences end at . ! ? or … before a space and a capital, a digit or an opening mark.
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])[»\"”)]?\\s+(?=[\\p{Lu}0-9«\"“(])");

  /** One cluster: its articles, split into sentences, and its reference summaries. */
  record Cluster(String id, String topic, String part, List<SourceArticle> articles, List<String> references) {
    Cluster {
      articles = List.copyOf(articles);
      references = List.copyOf(references);
    }

    /** The references' mean length in words, rounded: the limit every candidate is cut to. */
    int referenceWords() {
      return (int) Math.round(references.stream().mapToInt(Rpm2::words).average().orElse(0));
    }

    List<List<String>> referenceSentences() {
      return references.stream().map(Rpm2::sentences).toList();
    }
  }

  /** The corpus's folders: {@code data} itself or its {@code rpm2_fr_mds} folder. */
  static Path locate(Path data) {
    for (Path dir : List.of(data, data.resolve("rpm2_fr_mds"))) {
      if (Files.isDirectory(dir.resolve("Corpus_RPM2_documents")) && Files.isDirectory(dir.resolve("Corpus_RPM2_references"))) return dir;
    }
    return null;
  }

  /**
   * Reads every cluster: each article through ingest and cleaning as {@code dossier brief} reads it
   * (the headline becomes the title and is not a sentence), then through the analysis as {@code
   * dossier brief} analyses it (sentences, quotes with their speakers resolved across the corpus,
   * dated events) on {@code threads} workers, and made the summariser's input as the brief makes it.
   */
  static List<Cluster> read(Path root, Pipeline pipeline, AnalysisStage analysis, StoryStage stories, int threads) throws IOException, InterruptedException {
    Map<String, Article> byFile = new TreeMap<>();
    for (Path f : files(root.resolve("Corpus_RPM2_documents"))) {
      Matcher m = DOCUMENT.matcher(f.getFileName().toString());
      if (!m.matches()) continue;
      // One article per file: RPM2's files are plain texts.
      pipeline.process(SourceFile.of(f)).articles().forEach(a -> byFile.put(m.group(1) + "_" + m.group(2) + "_" + m.group(3), a));
    }
    AnalysisStage.Analysed analysed = analysis.analyse(List.copyOf(byFile.values()), threads);
    Map<String, List<SourceArticle>> articles = new TreeMap<>();
    byFile.forEach((id, a) -> articles.computeIfAbsent(id.substring(0, 6), k -> new ArrayList<>()).add(stories.source(a, analysed.articles().get(a.id()), analysed.result().quotes()).withId(id)));
    Map<String, List<String>> references = new TreeMap<>();
    for (Path f : files(root.resolve("Corpus_RPM2_references"))) {
      Matcher m = REFERENCE.matcher(f.getFileName().toString());
      if (m.matches()) references.computeIfAbsent(m.group(1) + "_" + m.group(2), k -> new ArrayList<>()).add(readText(f));
    }
    List<Cluster> clusters = new ArrayList<>();
    articles.forEach((id, list) -> {
      List<String> refs = references.getOrDefault(id, List.of());
      if (!refs.isEmpty()) clusters.add(new Cluster(id, id.substring(0, 3), id.substring(4), list, refs));
    });
    return clusters;
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static String readText(Path f) throws IOException {
    String t = Files.readString(f, StandardCharsets.UTF_8);
    return (t.startsWith("\uFEFF") ? t.substring(1) : t).replaceAll("\\s+", " ").strip();
  }

  static int words(String text) {
    String t = text.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  /** A reference summary's sentences, for ROUGE-L's sentence units. */
  static List<String> sentences(String text) {
    return List.of(SENTENCE_END.split(text.strip()));
  }
}
