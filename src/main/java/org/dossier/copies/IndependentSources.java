package org.dossier.copies;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.dossier.config.Settings;
import org.dossier.metadata.SourceAttribution;
import org.dossier.resolve.UnionFind;

/**
 * How many independent sources a set of articles is. Wire copy is one source however many outlets
 * run it: articles of one copy group count once, articles of one outlet count once, and articles
 * carrying the same agency count once when their texts overlap (RTS and RT both running the same
 * AFP paragraphs). Agencies alone do not merge: two outlets crediting AFP may each have written
 * their own story.
 */
public final class IndependentSources {

  private final Map<String, String> copyGroupOf;
  private final Map<String, List<Integer>> sharedParagraphsOf;
  private final Map<String, SourceAttribution> attributions;
  private final int shingleWords;
  private final double statementMinSimilarity;
  private final double agencyMinContainment;

  IndependentSources(Map<String, String> copyGroupOf, Map<String, List<Integer>> sharedParagraphsOf, Map<String, SourceAttribution> attributions, Settings settings) {
    this.copyGroupOf = Map.copyOf(copyGroupOf);
    this.sharedParagraphsOf = Map.copyOf(sharedParagraphsOf);
    this.attributions = Map.copyOf(attributions);
    this.shingleWords = settings.integer("copies.shingle-words");
    this.statementMinSimilarity = settings.decimal("copies.statement.min-similarity");
    this.agencyMinContainment = settings.decimal("copies.agency.min-containment");
  }

  public int count(Collection<String> articles) {
    return sources(articles).size();
  }

  /** The articles grouped by independent source, in the order given. */
  public List<List<String>> sources(Collection<String> articles) {
    UnionFind sets = new UnionFind();
    Map<String, String> firstWithKey = new HashMap<>();
    for (String a : new LinkedHashSet<>(articles)) {
      sets.find(a);
      for (String key : keys(a)) {
        String first = firstWithKey.putIfAbsent(key, a);
        if (first != null) sets.union(first, a);
      }
    }
    return grouped(articles, sets);
  }

  /**
   * The same count for one fact, given the sentence each article states it in. Beyond the article
   * rules, two statements in nearly the same words are one source, and so are two statements whose
   * words overlap less when their articles carry the same agency.
   */
  public int count(Map<String, String> statementByArticle) {
    List<String> ids = new ArrayList<>(statementByArticle.keySet());
    UnionFind sets = new UnionFind();
    Map<String, String> firstWithKey = new HashMap<>();
    Map<String, long[]> shingles = new HashMap<>();
    for (String a : ids) {
      sets.find(a);
      for (String key : articleKeys(a)) {
        String first = firstWithKey.putIfAbsent(key, a);
        if (first != null) sets.union(first, a);
      }
      shingles.put(a, Shingles.of(Shingles.words(statementByArticle.get(a)), shingleWords));
    }
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        long[] x = shingles.get(ids.get(i));
        long[] y = shingles.get(ids.get(j));
        boolean sameWords = Shingles.jaccard(x, y) >= statementMinSimilarity;
        boolean sameAgencyCopy = shareAgency(ids.get(i), ids.get(j)) && Shingles.containment(x, y) >= agencyMinContainment;
        if (sameWords || sameAgencyCopy) sets.union(ids.get(i), ids.get(j));
      }
    }
    return grouped(ids, sets).size();
  }

  /** Keys two articles share exactly when they are one source: copy group, outlet, agency with a shared paragraph. */
  private List<String> keys(String article) {
    List<String> keys = new ArrayList<>(articleKeys(article));
    for (String agency : agencies(article)) {
      for (int paragraph : sharedParagraphsOf.getOrDefault(article, List.of())) keys.add("agency-copy:" + agency + ":" + paragraph);
    }
    return keys;
  }

  private List<String> articleKeys(String article) {
    List<String> keys = new ArrayList<>();
    String group = copyGroupOf.get(article);
    if (group != null) keys.add("group:" + group);
    SourceAttribution s = attributions.get(article);
    if (s != null && s.source() != null) keys.add("outlet:" + s.source());
    return keys;
  }

  private List<String> agencies(String article) {
    SourceAttribution s = attributions.get(article);
    return s == null ? List.of() : s.agencies();
  }

  private boolean shareAgency(String a, String b) {
    return agencies(a).stream().anyMatch(agencies(b)::contains);
  }

  private static List<List<String>> grouped(Collection<String> articles, UnionFind sets) {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (String a : new LinkedHashSet<>(articles)) groups.computeIfAbsent(sets.find(a), k -> new ArrayList<>()).add(a);
    return groups.values().stream().map(List::copyOf).toList();
  }
}
