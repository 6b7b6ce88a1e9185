package org.dossier.cluster;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * An in-memory Lucene index of the articles seen, asked for the few articles nearest a new one
 * (BM25 over its heaviest terms, within a time window). Top-k retrieval skips postings that
 * cannot reach the top (block-max WAND), so a query does not read every article that shares a word.
 *
 * <p>Reopening the index flushes a segment, and many small segments make every query slow, so it
 * is reopened only every few hundred articles. The articles added since sit in a small map from
 * term to articles, asked with the same terms, whose best matches join Lucene's.
 */
final class CandidateIndex implements Closeable {

  private static final String TERMS = "t";
  private static final String DAY = "day";
  private static final String UNDATED = "undated";
  private static final String ORDINAL = "ord";

  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final IndexWriter writer;
  private final int refreshEvery;
  private final List<String> ids = new ArrayList<>();
  private final Map<String, List<String>> pending = new HashMap<>();
  private int pendingArticles;
  private DirectoryReader reader;
  private IndexSearcher searcher;

  CandidateIndex(int refreshEvery, double segmentsPerTier) {
    this.refreshEvery = refreshEvery;
    // Every query looks each term up in every segment, so fewer segments make queries cheaper than the extra merging costs.
    TieredMergePolicy merges = new TieredMergePolicy().setSegmentsPerTier(segmentsPerTier);
    try {
      writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()).setMergePolicy(merges));
      reader = DirectoryReader.open(writer);
      searcher = new IndexSearcher(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open an in-memory index", e);
    }
  }

  /** Indexes an article under its heaviest terms only: a common word's postings then hold the few articles it characterises, not every article that uses it. */
  void add(String id, Collection<String> terms, LocalDate day) {
    Document doc = new Document();
    doc.add(new TextField(TERMS, String.join(" ", terms), Field.Store.NO));
    doc.add(new NumericDocValuesField(ORDINAL, ids.size()));
    if (day != null) doc.add(new LongPoint(DAY, day.toEpochDay()));
    else doc.add(new StringField(UNDATED, "1", Field.Store.NO));
    try {
      writer.addDocument(doc);
      ids.add(id);
      terms.forEach(term -> pending.computeIfAbsent(term, k -> new ArrayList<>()).add(id));
      if (++pendingArticles >= refreshEvery) refresh();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot index in memory", e);
    }
  }

  /** The ids of the best-scoring articles for these weighted terms, best first. */
  List<String> search(Map<String, Double> weightedTerms, LocalDate day, int maxDays, int hits) {
    Set<String> found = new LinkedHashSet<>(searchIndex(weightedTerms, day, maxDays, hits));
    found.addAll(searchPending(weightedTerms, hits));
    return List.copyOf(found);
  }

  /** Articles not yet in the index, by the summed weight of the query terms they hold (time is not checked: they are the latest). */
  private List<String> searchPending(Map<String, Double> weightedTerms, int hits) {
    Map<String, Double> scores = new HashMap<>();
    weightedTerms.forEach((term, weight) -> pending.getOrDefault(term, List.of()).forEach(id -> scores.merge(id, weight, Double::sum)));
    return scores.entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.reverseOrder())).limit(hits).map(Map.Entry::getKey).toList();
  }

  private List<String> searchIndex(Map<String, Double> weightedTerms, LocalDate day, int maxDays, int hits) {
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
      List<String> found = new ArrayList<>();
      List<LeafReaderContext> leaves = reader.leaves();
      for (ScoreDoc hit : searcher.search(query.build(), hits).scoreDocs) {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
        NumericDocValues ordinals = leaf.reader().getNumericDocValues(ORDINAL);
        if (ordinals != null && ordinals.advanceExact(hit.doc - leaf.docBase)) found.add(ids.get((int) ordinals.longValue()));
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
    }
    pending.clear();
    pendingArticles = 0;
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
