package org.dossier.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads the two public extraction data sets from their folders, as their authors lay them out. */
public final class DataSets {

  public static final String SCRAPINGHUB = "scrapinghub_aeb";
  public static final String TRAFILATURA = "trafilatura_eval";

  private static final ObjectMapper JSON = new ObjectMapper();

  private DataSets() {}

  /** Which data set a folder holds, by its marker file; null when neither. */
  public static String kindOf(Path dir) {
    if (Files.isRegularFile(dir.resolve("ground-truth.json"))) {
      return SCRAPINGHUB;
    }
    if (Files.isRegularFile(dir.resolve("tests/evaldata.json"))) {
      return TRAFILATURA;
    }
    return null;
  }

  public static DataSet load(String kind, Path dir) throws IOException {
    return switch (kind) {
      case SCRAPINGHUB -> scrapinghub(dir);
      case TRAFILATURA -> trafilatura(dir);
      default -> throw new IllegalArgumentException("unknown data set " + kind);
    };
  }

  /** {@code ground-truth.json}: id -> {articleBody, url}; pages in {@code html/ID.html.gz}. */
  public static DataSet scrapinghub(Path dir) throws IOException {
    JsonNode root = JSON.readTree(dir.resolve("ground-truth.json").toFile());
    Map<String, JsonNode> sorted = new TreeMap<>();
    root.fields().forEachRemaining(e -> sorted.put(e.getKey(), e.getValue()));
    List<EvalPage> pages = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : sorted.entrySet()) {
      Path file = dir.resolve("html").resolve(e.getKey() + ".html.gz");
      if (Files.isRegularFile(file)) {
        String body = e.getValue().path("articleBody").asText("");
        String url = e.getValue().path("url").asText(null);
        pages.add(new EvalPage(e.getKey(), url, file, new ShingleMetric.Gold(body)));
      }
    }
    return new DataSet(SCRAPINGHUB, pages, Metric.SHINGLES);
  }

  /**
   * {@code tests/evaldata.json}: url -> {file, with, without}; the page is {@code tests/eval/FILE}
   * or else {@code tests/cache/FILE}. Pages whose file is in neither are left out.
   */
  public static DataSet trafilatura(Path dir) throws IOException {
    Path tests = dir.resolve("tests");
    JsonNode root = JSON.readTree(tests.resolve("evaldata.json").toFile());
    List<EvalPage> pages = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String name = e.getValue().path("file").asText();
      Path file = tests.resolve("eval").resolve(name);
      if (!Files.isRegularFile(file)) {
        file = tests.resolve("cache").resolve(name);
      }
      if (!name.isEmpty() && Files.isRegularFile(file)) {
        SnippetMetric.Gold gold =
            new SnippetMetric.Gold(strings(e.getValue().path("with")), strings(e.getValue().path("without")));
        pages.add(new EvalPage(name, e.getKey(), file, gold));
      }
    }
    return new DataSet(TRAFILATURA, pages, Metric.SNIPPETS);
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
