package org.dossier.ingest.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org objects of a page's JSON-LD blocks, flattened ({@code @graph} and arrays
 * unwrapped), with the article object first. A block that is not valid JSON is skipped: one bad
 * block must not cost the page its other metadata.
 */
final class JsonLd {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern WRAPPER =
      Pattern.compile("^\\s*(?://\\s*)?(?:<!\\[CDATA\\[|<!--)|(?://\\s*)?(?:\\]\\]>|-->)\\s*$");
  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
          "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "LiveBlogPosting",
          "ScholarlyArticle", "TechArticle", "SocialMediaPosting", "Report");

  private final List<JsonNode> objects;

  private JsonLd(List<JsonNode> objects) {
    this.objects = objects;
  }

  static JsonLd of(Document doc) {
    List<JsonNode> articles = new ArrayList<>();
    List<JsonNode> others = new ArrayList<>();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      JsonNode root;
      try {
        root = JSON.readTree(unwrapped(script.data()));
      } catch (JsonProcessingException | RuntimeException malformed) {
        continue;
      }
      List<JsonNode> flat = new ArrayList<>();
      flatten(root, flat);
      for (JsonNode node : flat) {
        (isArticle(node) ? articles : others).add(node);
      }
    }
    articles.addAll(others);
    return new JsonLd(articles);
  }

  /** Drops the CDATA or comment wrapper that some CMSes still put around the JSON. */
  private static String unwrapped(String data) {
    return WRAPPER.matcher(data).replaceAll("");
  }

  /** The first non-blank text value of {@code field} on an object, article objects first. */
  String text(String field) {
    for (JsonNode node : objects) {
      String value = textOf(node.get(field));
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /** The names under {@code field} (a string, an object with a name, or an array of either). */
  String names(String field) {
    for (JsonNode node : objects) {
      List<String> names = new ArrayList<>();
      JsonNode value = node.get(field);
      if (value != null && value.isArray()) {
        value.forEach(v -> addName(v, names));
      } else {
        addName(value, names);
      }
      if (!names.isEmpty()) {
        return String.join(", ", names);
      }
    }
    return null;
  }

  private static void addName(JsonNode value, List<String> names) {
    String name = value != null && value.isObject() ? textOf(value.get("name")) : textOf(value);
    if (name != null && !names.contains(name)) {
      names.add(name);
    }
  }

  private static String textOf(JsonNode value) {
    if (value == null) {
      return null;
    }
    if (value.isArray() && !value.isEmpty()) {
      return textOf(value.get(0));
    }
    if (value.isValueNode()) {
      String text = BlockText.collapse(value.asText());
      return text.isEmpty() ? null : text;
    }
    return null;
  }

  private static void flatten(JsonNode node, List<JsonNode> out) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> flatten(n, out));
    } else if (node.isObject()) {
      out.add(node);
      flatten(node.get("@graph"), out);
    }
  }

  private static boolean isArticle(JsonNode node) {
    JsonNode type = node.get("@type");
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (ARTICLE_TYPES.contains(t.asText())) {
          return true;
        }
      }
      return false;
    }
    return ARTICLE_TYPES.contains(type.asText());
  }
}
