package org.dossier.cluster;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;

/**
 * An in-memory Lucene index of the articles seen, asked for the few articles nearest a new one
 * (BM25 over its heaviest terms, within a time window). Top-k retrieval skips postings that
 * cannot reach the top (block-max WAND), so a query does not read every article that shares a word.
 * Articles are known by their ordinal, the number {@link #add} gave them; {@link #remove} takes one
 * out for good (its story closed, or it is no longer among its story's latest).
 *
 * <p>Reopening the index flushes a segment, and many small segments make every query slow, so it
 * is reopened only every few hundred articles. The articles added since sit in a small map from
 * term to articles, asked with the same terms, whose best matches join Lucene's; an article removed
 * since is left out of both at once, though Lucene drops it only at the next reopening.
 *
 * <p>Every per-query cost that grew with the index is kept out of the query: skipping starts from
 * the first k hits rather than Lucene's default 1,000; a hit's article comes from an array read
 * once per segment, not from doc values opened per hit; and each index file is one buffer, so the
 * many clones a query makes (one per term and segment) do not copy a list of blocks that grows with
 * the file. Merges run on the caller's thread, so that their cost is part of the cost of adding.
 */
final class CandidateIndex implements Closeable {

  private static final String TERMS = "t";
  private static final String DAY = "day";
  private static final String UNDATED = "undated";
  private static final String ORDINAL = "ord";
  private static final String KEY = "key";

  // One buffer per file: a query clones each file it reads, and a clone of a many-buffer file copies the list of buffers.
  private final ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
  private final IndexWriter writer;
  private final int refreshEvery;
  private final BitSet removed = new BitSet();
  private final Map<String, List<Integer>> pending = new HashMap<>();
  private int added;
  private int pendingArticles;
  private DirectoryReader reader;
  private IndexSearcher searcher;
  /** Per segment (its core key), the ordinal of each document's article: segments never change, so it is read once. */
  private Map<Object, int[]> ordinals = new HashMap<>();

  CandidateIndex(int refreshEvery, double segmentsPerTier) {
    this.refreshEvery = refreshEvery;
    // Every query looks each term up in every segment, so fewer segments make queries cheaper than the extra merging costs.
    TieredMergePolicy merges = new TieredMergePolicy().setSegmentsPerTier(segmentsPerTier);
    try {
      writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()).setMergePolicy(merges).setMergeScheduler(new SerialMergeScheduler()));
      reader = DirectoryReader.open(writer);
      searcher = new IndexSearcher(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open an in-memory index", e);
    }
  }

  /**
   * Indexes an article under its heaviest terms only (a common word's postings then hold the few
   * articles it characterises, not every article that uses it); returns its ordinal.
   */
  int add(Collection<String> terms, LocalDate day) {
    int ordinal = added++;
    Document doc = new Document();
    doc.add(new TextField(TERMS, String.join(" ", terms), Field.Store.NO));
    doc.add(new NumericDocValuesField(ORDINAL, ordinal));
    doc.add(new StringField(KEY, Integer.toString(ordinal), Field.Store.NO));
    if (day != null) doc.add(new LongPoint(DAY, day.toEpochDay()));
    else doc.add(new StringField(UNDATED, "1", Field.Store.NO));
    try {
      writer.addDocument(doc);
      terms.forEach(term -> pending.computeIfAbsent(term, k -> new ArrayList<>()).add(ordinal));
      if (++pendingArticles >= refreshEvery) refresh();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot index in memory", e);
    }
    return ordinal;
  }

  /** Takes an article out: no search returns it from now on, and the next reopening frees its postings. */
  void remove(int ordinal) {
    if (removed.get(ordinal)) return;
    removed.set(ordinal);
    try {
      writer.deleteDocuments(new Term(KEY, Integer.toString(ordinal)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete from an in-memory index", e);
    }
  }

  /** The ordinals of the best-scoring articles for these weighted terms, best first. */
  List<Integer> search(Map<String, Double> weightedTerms, LocalDate day, int maxDays, int hits) {
    Set<Integer> found = new LinkedHashSet<>(searchIndex(weightedTerms, day, maxDays, hits));
    found.addAll(searchPending(weightedTerms, hits));
    return List.copyOf(found);
  }

  /** Articles not yet in the index, by the summed weight of the query terms they hold (time is not checked: they are the latest). */
  private List<Integer> searchPending(Map<String, Double> weightedTerms, int hits) {
    Map<Integer, Double> scores = new HashMap<>();
    weightedTerms.forEach((term, weight) -> pending.getOrDefault(term, List.of()).forEach(ordinal -> {
      if (!removed.get(ordinal)) scores.merge(ordinal, weight, Double::sum);
    }));
    return scores.entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.reverseOrder())).limit(hits).map(Map.Entry::getKey).toList();
  }

  private List<Integer> searchIndex(Map<String, Double> weightedTerms, LocalDate day, int maxDays, int hits) {
    if (weightedTerms.isEmpty() || reader.numDocs() == 0) return List.of();
    BooleanQuery.Builder terms = new BooleanQuery.Builder();
    weightedTerms.forEach((term, weight) -> terms.add(new BoostQuery(new TermQuery(new Term(TERMS, term)), weight.floatValue()), Occur.SHOULD));
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(terms.build(), Occur.MUST);
    if (day != null) {
      BooleanQuery near =
          new BooleanQuery.Builder()
              .add(LongPoint.newRangeQuery(DAY, day.toEpochDay() - maxDays, day.toEpochDay() + maxDays), Occur.SHOULD)
              .add(new TermQuery(new Term(UNDATED, "1")), Occur.SHOULD)
              .build();
      query.add(near, Occur.FILTER);
    }
    try {
      List<Integer> found = new ArrayList<>();
      List<LeafReaderContext> leaves = reader.leaves();
      // Total hits counted only up to k: past them, block-max WAND skips what cannot enter the top k.
      for (ScoreDoc hit : searcher.search(query.build(), new TopScoreDocCollectorManager(hits, hits)).scoreDocs) {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
        int ordinal = ordinals.get(leaf.reader().getCoreCacheHelper().getKey())[hit.doc - leaf.docBase];
        if (!removed.get(ordinal)) found.add(ordinal);
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search an in-memory index", e);
    }
  }

  private void refresh() throws IOException {
    DirectoryReader newer = DirectoryReader.openIfChanged(reader, writer);
    if (newer != null) {
      reader.close();
      reader = newer;
      searcher = new IndexSearcher(reader);
      Map<Object, int[]> current = new HashMap<>();
      for (LeafReaderContext leaf : reader.leaves()) {
        Object key = leaf.reader().getCoreCacheHelper().getKey();
        int[] known = ordinals.get(key);
        current.put(key, known != null ? known : ordinals(leaf));
      }
      ordinals = current;
    }
    pending.clear();
    pendingArticles = 0;
  }

  private static int[] ordinals(LeafReaderContext leaf) throws IOException {
    int[] ordinals = new int[leaf.reader().maxDoc()];
    NumericDocValues values = leaf.reader().getNumericDocValues(ORDINAL);
    for (int doc = values.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = values.nextDoc()) ordinals[doc] = (int) values.longValue();
    return ordinals;
  }

  @Override
  public void close() {
    try {
      reader.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close an in-memory index", e);
    }
  }
}
