package org.dossier.eval.quotes;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.brief.Article;
import org.dossier.eval.Prf;
import org.dossier.extract.quotes.Quote;
import org.dossier.ingest.SourceFile;
import org.dossier.pipeline.AnalysisStage;
import org.dossier.pipeline.Pipeline;

/**
 * Scores Dossier's quotes against a gold file: a found quote matches a gold one of the same kind
 * (direct or indirect) whose span it overlaps, one to one, largest overlap first. Precision, recall
 * and F1 per kind and overall; speaker accuracy over the matched pairs whose gold speaker is known,
 * a speaker being right when its name or a spelling of its entity is the gold name; several named
 * together, when each of them is.
 */
public final class QuoteEvaluation {

  /** Between the names of several speakers: "A, B et C". */
  private static final java.util.regex.Pattern MEMBERS = java.util.regex.Pattern.compile("\\s*,\\s*|\\s+et\\s+");

  /** A disagreement worth reading: a missed or spurious quote, or a wrong speaker. */
  public record Error(String file, String kind, String text, String expected, String found) {}

  /** The figures of one gold file. */
  public record Result(String gold, int articles, int goldQuotes, int goldNotFound, Prf direct, Prf indirect, Prf all, int speakerPairs, int speakerCorrect, List<Error> errors) {
    public double speakerAccuracy() {
      return speakerPairs == 0 ? 0 : (double) speakerCorrect / speakerPairs;
    }
  }

  private final Pipeline pipeline;
  private final AnalysisStage stage;

  public QuoteEvaluation(Pipeline pipeline, AnalysisStage stage) {
    this.pipeline = pipeline;
    this.stage = stage;
  }

  /** @param roots where a gold file's paths are resolved, tried in order (project root, data folder) */
  public Result run(Path goldFile, List<Path> roots) throws IOException {
    List<GoldQuote> gold = GoldQuote.read(goldFile);
    Map<String, List<GoldQuote>> byFile = new LinkedHashMap<>();
    gold.forEach(g -> byFile.computeIfAbsent(g.file(), k -> new ArrayList<>()).add(g));
    List<Article> articles = new ArrayList<>();
    Map<String, String> fileOfArticle = new LinkedHashMap<>();
    Map<Path, List<String>> tables = new java.util.HashMap<>(); // each table read once, whatever its headlines
    for (String file : byFile.keySet()) {
      // "headlines.csv#L12": the first field of line 12 of a table of headlines, one article each.
      int hash = file.lastIndexOf("#L");
      String name = hash < 0 ? file : file.substring(0, hash);
      Path path = roots.stream().map(r -> r.resolve(name)).filter(java.nio.file.Files::isRegularFile).findFirst()
          .orElseThrow(() -> new IOException("gold file names " + name + ", found under none of " + roots));
      SourceFile source = hash < 0 ? SourceFile.of(path) : SourceFile.ofBytes(file + ".txt", firstField(path, tables.computeIfAbsent(path, QuoteEvaluation::lines), Integer.parseInt(file.substring(hash + 2))).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      for (Article a : pipeline.process(source).articles()) {
        articles.add(a);
        fileOfArticle.put(a.id(), file);
      }
    }
    AnalysisStage.Result run = stage.run(articles.stream().map(stage::mentions).toList());
    List<Quote> found = run.quotes();
    Map<String, List<String>> variants = new java.util.HashMap<>();
    // Its name too: a country's fixed name ("Turquie") need not be one of its spellings.
    run.entities().forEach(e -> variants.put(e.id(), java.util.stream.Stream.concat(java.util.stream.Stream.of(e.name()), e.variants().stream()).distinct().toList()));

    Prf direct = Prf.ZERO;
    Prf indirect = Prf.ZERO;
    int notFound = 0;
    int pairs = 0;
    int correct = 0;
    List<Error> errors = new ArrayList<>();
    for (Article a : articles) {
      String file = fileOfArticle.get(a.id());
      List<GoldQuote> rows = byFile.get(file).stream().filter(g -> g.text() != null).toList();
      List<int[]> spans = new ArrayList<>();
      int cursor = 0;
      for (GoldQuote g : rows) {
        int[] span = g.locate(a.text(), cursor);
        spans.add(span);
        if (span == null) {
          notFound++;
          errors.add(new Error(file, "gold text not in the cleaned article", g.text(), g.speaker(), null));
        } else {
          cursor = span[0];
        }
      }
      List<Quote> mine = found.stream().filter(q -> q.article().equals(a.id())).toList();
      boolean[] used = new boolean[mine.size()];
      for (int i = 0; i < rows.size(); i++) {
        GoldQuote g = rows.get(i);
        int[] span = spans.get(i);
        int best = -1;
        int bestOverlap = 0;
        for (int j = 0; span != null && j < mine.size(); j++) {
          Quote q = mine.get(j);
          int overlap = Math.min(q.end(), span[1]) - Math.max(q.start(), span[0]);
          if (!used[j] && q.direct() == g.direct() && overlap > bestOverlap) {
            best = j;
            bestOverlap = overlap;
          }
        }
        Prf tally = best >= 0 ? new Prf(1, 0, 0) : new Prf(0, 0, 1);
        if (g.direct()) direct = direct.plus(tally);
        else indirect = indirect.plus(tally);
        if (best < 0) {
          errors.add(new Error(file, g.direct() ? "missed direct" : "missed indirect", g.text(), g.speaker(), null));
          continue;
        }
        used[best] = true;
        Quote q = mine.get(best);
        if (g.speaker() != null) {
          pairs++;
          String name = q.speaker() == null ? null : q.speaker().name();
          List<String> aliases = q.speaker() == null || q.speaker().entity() == null ? List.of() : variants.getOrDefault(q.speaker().entity(), List.of());
          if (sameSpeaker(g.speaker(), name) || aliases.stream().anyMatch(v -> sameSpeaker(g.speaker(), v)) || sameMembers(g.speaker(), q.speaker(), variants)) correct++;
          else errors.add(new Error(file, "wrong speaker", g.text(), g.speaker(), name));
        }
      }
      for (int j = 0; j < mine.size(); j++) {
        if (used[j]) continue;
        Quote q = mine.get(j);
        if (q.direct()) direct = direct.plus(new Prf(0, 1, 0));
        else indirect = indirect.plus(new Prf(0, 1, 0));
        errors.add(new Error(file, q.direct() ? "spurious direct" : "spurious indirect", q.text(), null, q.speaker() == null ? null : q.speaker().name()));
      }
    }
    int goldQuotes = (int) gold.stream().filter(g -> g.text() != null).count();
    return new Result(goldFile.toString(), articles.size(), goldQuotes, notFound, direct, indirect, direct.plus(indirect), pairs, correct, errors);
  }

  private static List<String> lines(Path csv) {
    try {
      return java.nio.file.Files.readAllLines(csv);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The first field of line {@code line} (from 1) of a CSV file's {@code lines}: up to the first
   * comma, or a quoted field with its doubled quotes undone. A record spanning lines is not read.
   */
  static String firstField(Path csv, List<String> lines, int line) throws IOException {
    if (line < 1 || line > lines.size()) throw new IOException(csv + " has no line " + line);
    String text = lines.get(line - 1);
    if (!text.startsWith("\"")) return text.split(",", 2)[0];
    StringBuilder field = new StringBuilder();
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '"') field.append(c);
      else if (i + 1 < text.length() && text.charAt(i + 1) == '"') field.append(text.charAt(++i));
      else return field.toString();
    }
    throw new IOException(csv + " line " + line + ": a quoted field that does not close");
  }

  /** Same speaker: equal once accents, case and a leading article are set aside, or one ends the other ("Kalin", "Ibrahim Kalin"). */
  static boolean sameSpeaker(String gold, String found) {
    if (found == null) return false;
    String g = fold(gold);
    String f = fold(found);
    return g.equals(f) || f.endsWith(" " + g) || g.endsWith(" " + f);
  }

  /**
   * Same speakers, for several named together ("Union syndicale des magistrats et Syndicat de la
   * magistrature", "USM et SM"): as many of them, each gold one the same as a different one found,
   * by a spelling of its entity ({@code variants} by entity id), or by its name for a speaker found
   * without members.
   */
  static boolean sameMembers(String gold, Quote.Speaker found, Map<String, List<String>> variants) {
    if (found == null) return false;
    List<String> golds = List.of(MEMBERS.split(gold.strip()));
    List<List<String>> founds = new ArrayList<>();
    if (found.members().isEmpty()) List.of(MEMBERS.split(found.name().strip())).forEach(n -> founds.add(List.of(n)));
    else found.members().forEach(id -> founds.add(variants.getOrDefault(id, List.of())));
    if (golds.size() < 2 || golds.size() != founds.size()) return false;
    for (String g : golds) {
      // Each member in full, not by a surname alone: "Cécilia Sarkozy" is not "Nicolas Sarkozy".
      List<String> match = founds.stream().filter(spellings -> spellings.stream().anyMatch(v -> fold(g).equals(fold(v)))).findFirst().orElse(null);
      if (match == null) return false;
      founds.remove(match);
    }
    return true;
  }

  private static String fold(String s) {
    String n = org.dossier.lang.NameKey.unaccented(s).toLowerCase(Locale.ROOT);
    n = n.replaceAll("[^\\p{L}\\d]+", " ").strip();
    return n.replaceFirst("^(?:le|la|les|l|un|une|des|m|mme) ", "");
  }
}
