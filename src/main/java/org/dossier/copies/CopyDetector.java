package org.dossier.copies;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.brief.Article;
import org.dossier.config.Settings;
import org.dossier.metadata.SourceAttribution;
import org.dossier.resolve.UnionFind;

/**
 * Finds wire copy reused across outlets, at two levels: whole articles whose word shingles mostly
 * agree, and single paragraphs found near-identical in several articles. Articles are added one at
 * a time; each is compared only with the candidates its MinHash bands meet in the LSH buckets, so
 * adding one costs the same in a collection of any size.
 *
 * <p>Only the first of a set of near-identical texts is indexed: later copies join it. Buckets
 * then grow with the number of distinct texts, not with the number of times a dispatch is run.
 *
 * <p>Not thread-safe: one detector follows one stream of articles.
 */
public final class CopyDetector {

  private static final long SEED = 20_200_206L;

  private final int shingleWords;
  private final int paragraphMinWords;
  private final double paragraphMinSimilarity;
  private final double articleMinSimilarity;
  private final double minSharedShare;
  private final Settings settings;
  private final MinHasher hasher;
  private final LshIndex articleIndex;
  private final LshIndex paragraphIndex;

  private final List<Entry> articles = new ArrayList<>();
  private final Map<String, Integer> ordinals = new HashMap<>();
  private final List<ParagraphCopies> paragraphs = new ArrayList<>();

  /** What the detector keeps of one article. */
  private record Entry(String id, int[] signature, int words, int nearCopyOf, int[] paragraphOf, int[] paragraphWords) {}

  /** A distinct paragraph and every place it was found; the first place's signature stands for all. */
  private static final class ParagraphCopies {
    final String text;
    final int[] signature;
    final List<ParagraphRef> places = new ArrayList<>();
    double similarity = 1;

    ParagraphCopies(String text, int[] signature) {
      this.text = text;
      this.signature = signature;
    }
  }

  public CopyDetector(Settings settings) {
    this.settings = settings;
    this.shingleWords = settings.integer("copies.shingle-words");
    this.paragraphMinWords = settings.integer("copies.paragraph.min-words");
    this.paragraphMinSimilarity = settings.decimal("copies.paragraph.min-similarity");
    this.articleMinSimilarity = settings.decimal("copies.article.min-similarity");
    this.minSharedShare = settings.decimal("copies.article.min-shared-share");
    int bands = settings.integer("copies.minhash.bands");
    int rows = settings.integer("copies.minhash.rows");
    this.hasher = new MinHasher(bands * rows, SEED);
    this.articleIndex = new LshIndex(bands, rows);
    this.paragraphIndex = new LshIndex(bands, rows);
  }

  /** Adds an article; an id already added is ignored (the same file read twice is not a copy). */
  public void add(String articleId, List<String> articleParagraphs) {
    if (ordinals.containsKey(articleId)) return;
    int ordinal = articles.size();
    List<String> allWords = new ArrayList<>();
    int[] paragraphOf = new int[articleParagraphs.size()];
    int[] paragraphWords = new int[articleParagraphs.size()];
    for (int p = 0; p < articleParagraphs.size(); p++) {
      List<String> words = Shingles.words(articleParagraphs.get(p));
      allWords.addAll(words);
      paragraphWords[p] = words.size();
      // A one-paragraph article (a headline, a brief) is compared whole below; its paragraph adds nothing.
      paragraphOf[p] = words.size() >= paragraphMinWords && articleParagraphs.size() > 1 ? placeParagraph(new ParagraphRef(articleId, p), articleParagraphs.get(p), words) : -1;
    }
    int[] signature = hasher.signature(Shingles.of(allWords, shingleWords));
    int nearCopyOf = -1;
    double best = articleMinSimilarity;
    for (int candidate : articleIndex.candidates(signature)) {
      double r = MinHasher.resemblance(signature, articles.get(candidate).signature());
      if (r >= best) {
        best = r;
        nearCopyOf = candidate;
      }
    }
    if (nearCopyOf < 0 && !allWords.isEmpty()) articleIndex.add(ordinal, signature);
    articles.add(new Entry(articleId, signature, allWords.size(), nearCopyOf, paragraphOf, paragraphWords));
    ordinals.put(articleId, ordinal);
  }

  private int placeParagraph(ParagraphRef place, String text, List<String> words) {
    int[] signature = hasher.signature(Shingles.of(words, shingleWords));
    int match = -1;
    double best = paragraphMinSimilarity;
    for (int candidate : paragraphIndex.candidates(signature)) {
      double r = MinHasher.resemblance(signature, paragraphs.get(candidate).signature);
      if (r >= best) {
        best = r;
        match = candidate;
      }
    }
    if (match < 0) {
      match = paragraphs.size();
      paragraphs.add(new ParagraphCopies(text, signature));
      paragraphIndex.add(match, signature);
    } else {
      ParagraphCopies copies = paragraphs.get(match);
      copies.similarity = Math.min(copies.similarity, best);
    }
    paragraphs.get(match).places.add(place);
    return match;
  }

  /** Every paragraph carried by more than one article. */
  public List<SharedParagraph> sharedParagraphs() {
    List<SharedParagraph> shared = new ArrayList<>();
    for (ParagraphCopies p : paragraphs) {
      if (p.places.stream().map(ParagraphRef::article).distinct().count() > 1) shared.add(new SharedParagraph(p.text, p.places, p.similarity));
    }
    return shared;
  }

  /**
   * The copy groups so far: articles joined when their whole texts resemble each other, or when the
   * paragraphs they share make up a large enough share of either one's words.
   */
  public List<CopyGroup> groups() {
    UnionFind sets = new UnionFind();
    for (Entry e : articles) {
      if (e.nearCopyOf() >= 0) sets.union(e.id(), articles.get(e.nearCopyOf()).id());
    }
    for (Map.Entry<Long, int[]> pair : sharedWords().entrySet()) {
      Entry a = articles.get((int) (pair.getKey() >>> 32));
      Entry b = articles.get((int) (long) pair.getKey());
      int[] words = pair.getValue();
      if (words[0] >= minSharedShare * a.words() || words[1] >= minSharedShare * b.words()) sets.union(a.id(), b.id());
    }
    Map<String, List<Entry>> members = new LinkedHashMap<>();
    for (Entry e : articles) members.computeIfAbsent(sets.find(e.id()), k -> new ArrayList<>()).add(e);
    Map<String, List<SharedParagraph>> sharedByGroup = new HashMap<>();
    for (ParagraphCopies p : paragraphs) {
      if (p.places.size() < 2) continue;
      Map<String, List<ParagraphRef>> byGroup = new LinkedHashMap<>();
      for (ParagraphRef r : p.places) byGroup.computeIfAbsent(sets.find(r.article()), k -> new ArrayList<>()).add(r);
      byGroup.forEach(
          (root, places) -> {
            if (places.stream().map(ParagraphRef::article).distinct().count() > 1) sharedByGroup.computeIfAbsent(root, k -> new ArrayList<>()).add(new SharedParagraph(p.text, places, p.similarity));
          });
    }
    List<CopyGroup> groups = new ArrayList<>();
    members.forEach(
        (root, group) -> {
          if (group.size() > 1) groups.add(group(group, sharedByGroup.getOrDefault(root, List.of())));
        });
    return groups;
  }

  /** For each pair of articles sharing paragraphs, the words those paragraphs hold on each side. */
  private Map<Long, int[]> sharedWords() {
    Map<Long, int[]> shared = new HashMap<>();
    for (ParagraphCopies p : paragraphs) {
      if (p.places.size() < 2) continue;
      for (int i = 0; i < p.places.size(); i++) {
        for (int j = i + 1; j < p.places.size(); j++) {
          int a = ordinals.get(p.places.get(i).article());
          int b = ordinals.get(p.places.get(j).article());
          if (a == b) continue;
          int[] words = shared.computeIfAbsent(((long) a << 32) | b, k -> new int[2]);
          words[0] += articles.get(a).paragraphWords()[p.places.get(i).paragraph()];
          words[1] += articles.get(b).paragraphWords()[p.places.get(j).paragraph()];
        }
      }
    }
    return shared;
  }

  private CopyGroup group(List<Entry> group, List<SharedParagraph> shared) {
    List<String> ids = group.stream().map(Entry::id).toList();
    double sum = 0;
    int pairs = 0;
    for (int i = 0; i < group.size(); i++) {
      for (int j = i + 1; j < group.size(); j++) {
        sum += MinHasher.resemblance(group.get(i).signature(), group.get(j).signature());
        pairs++;
      }
    }
    return new CopyGroup("copy-" + ids.get(0), ids, shared, sum / pairs);
  }

  /** The same, with each article's outlet and agencies as the pipeline found them. */
  public IndependentSources independentSources(Collection<Article> articles) {
    Map<String, SourceAttribution> attributions = new HashMap<>();
    for (Article a : articles) attributions.put(a.id(), new SourceAttribution(a.source(), a.agencies(), a.sourceEvidence()));
    return independentSources(attributions);
  }

  /**
   * Counts independent sources among these articles: copies count once, and so do articles carrying
   * the same agency whose texts overlap. {@code attributions} gives each article's outlet and
   * agencies; an article missing from it is its own source unless its text is a copy.
   */
  public IndependentSources independentSources(Map<String, SourceAttribution> attributions) {
    Map<String, String> groupOf = new HashMap<>();
    for (CopyGroup g : groups()) g.articles().forEach(a -> groupOf.put(a, g.id()));
    Map<String, List<Integer>> sharedOf = new HashMap<>();
    for (int c = 0; c < paragraphs.size(); c++) {
      ParagraphCopies p = paragraphs.get(c);
      if (p.places.size() < 2) continue;
      for (ParagraphRef r : p.places) sharedOf.computeIfAbsent(r.article(), k -> new ArrayList<>()).add(c);
    }
    return new IndependentSources(groupOf, sharedOf, attributions, settings);
  }
}
