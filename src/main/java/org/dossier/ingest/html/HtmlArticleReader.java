package org.dossier.ingest.html;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML page into an {@link HtmlArticle}: the main text from {@link DossierExtractor},
 * and each metadata field through a cascade of the places publishers put it, most reliable first
 * (Open Graph and Twitter cards, then schema.org JSON-LD, then plain HTML). Malformed HTML and
 * broken JSON-LD never throw; a field no source gives is null. Thread-safe.
 */
public final class HtmlArticleReader {

  /** " - Site", " | Site", " – Site", " — Site", " :: Site", " » Site" at the end of a title. */
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+(?:[-|–—»›·]|::)\\s+");
  private static final int SITE_SUFFIX_MAX_WORDS = 4;
  private static final String BYLINE =
      "[class~=(?i)(^|[\\s_-])(byline|author-?name|auteur|autor)([\\s_-]|$)], [id~=(?i)byline]";
  private static final Pattern BYLINE_LEAD = Pattern.compile("(?iu)^(par|by|von|de|from)\\s+");
  /** Where a byline goes on with its date: ", publié le 5 mars", " | 12.03.2020". */
  private static final Pattern BYLINE_DATE = Pattern.compile("\\s*[,|•–—]\\s*(?=\\D*\\d)");
  private static final int BYLINE_MAX_CHARS = 80;

  private final DossierExtractor extractor;

  public HtmlArticleReader() {
    this(new DossierExtractor());
  }

  public HtmlArticleReader(DossierExtractor extractor) {
    this.extractor = extractor;
  }

  /**
   * @param html the whole page (null reads as empty)
   * @param url the page's address, or null; used when the page names no canonical address
   */
  public HtmlArticle read(String html, String url) {
    Document doc = Jsoup.parse(html == null ? "" : html, url == null ? "" : url);
    JsonLd jsonLd = JsonLd.of(doc);
    String siteName = siteName(doc, jsonLd);
    String title = title(doc, jsonLd, siteName);
    String published = published(doc, jsonLd);
    String canonical = url(doc, url);
    String author = author(doc, jsonLd);
    String language = language(doc);
    // Extraction prunes the document, so it comes after every metadata look-up.
    String text = extractor.extract(doc);
    return new HtmlArticle(title, text, published, siteName, canonical, author, language);
  }

  static String title(Document doc, JsonLd jsonLd, String siteName) {
    String og = first(meta(doc, "og:title"), meta(doc, "twitter:title"));
    if (og != null) {
      // A tail the <title> ends with too is the site's label, whatever og:site_name says.
      String tail = lastSegment(nonBlank(doc.title()));
      boolean shared = tail != null && tail.equals(lastSegment(og));
      return withoutSiteSuffix(og, shared ? tail : siteName, false);
    }
    String headline = jsonLd.text("headline");
    if (headline != null) {
      return headline;
    }
    String titleTag = withoutSiteSuffix(nonBlank(doc.title()), siteName, true);
    return headingOrTitleTag(text(doc.selectFirst("h1")), titleTag);
  }

  /**
   * The first {@code <h1>} is often the article's own title, but on many sites it is the logo or
   * the section name ("Health Center"). So it is taken when the {@code <title>} agrees with it
   * (one contains the other), or when there is no {@code <title>}; otherwise the title tag wins.
   */
  private static String headingOrTitleTag(String h1, String titleTag) {
    if (h1 == null || titleTag == null) {
      return h1 == null ? titleTag : h1;
    }
    String h = h1.toLowerCase(Locale.ROOT);
    String t = titleTag.toLowerCase(Locale.ROOT);
    return t.contains(h) || h.contains(t) ? h1 : titleTag;
  }

  /**
   * Drops a trailing " - Site name". The suffix goes when it is the site's name; in a {@code
   * <title>}, also when the site is unknown but the suffix is a short tail behind a longer title.
   */
  static String withoutSiteSuffix(String title, String siteName, boolean guess) {
    if (title == null) {
      return null;
    }
    String[] parts = TITLE_SEPARATOR.split(title);
    if (parts.length < 2) {
      return title;
    }
    String last = parts[parts.length - 1].strip();
    int cut = title.length() - last.length();
    String head = title.substring(0, cut).replaceFirst("\\s+(?:[-|–—»›·]|::)\\s+$", "").strip();
    boolean isSite = siteName != null && last.equalsIgnoreCase(siteName.strip());
    boolean looksLikeSite =
        guess
            && siteName == null
            && last.split("\\s+").length <= SITE_SUFFIX_MAX_WORDS
            && last.length() < head.length();
    return (isSite || looksLikeSite) && !head.isEmpty() ? head : title;
  }

  /** What follows the last " - " (or other separator) of a title; null when there is none. */
  private static String lastSegment(String title) {
    if (title == null) {
      return null;
    }
    String[] parts = TITLE_SEPARATOR.split(title);
    return parts.length < 2 ? null : parts[parts.length - 1].strip();
  }

  static String published(Document doc, JsonLd jsonLd) {
    String raw =
        first(
            meta(doc, "article:published_time"),
            meta(doc, "date"),
            meta(doc, "dc.date"),
            meta(doc, "dc.date.issued"),
            meta(doc, "dcterms.date"),
            meta(doc, "pubdate"),
            meta(doc, "publishdate"),
            meta(doc, "parsely-pub-date"),
            itemprop(doc, "datePublished"),
            jsonLd.text("datePublished"),
            attr(doc.selectFirst("article time[datetime]"), "datetime"),
            attr(doc.selectFirst("time[pubdate][datetime]"), "datetime"));
    return PublicationDate.normalise(raw);
  }

  static String siteName(Document doc, JsonLd jsonLd) {
    return first(meta(doc, "og:site_name"), jsonLd.names("publisher"), meta(doc, "application-name"));
  }

  static String url(Document doc, String given) {
    Element canonical = doc.selectFirst("link[rel=canonical][href]");
    String link = canonical == null ? null : nonBlank(canonical.absUrl("href"));
    if (link == null && canonical != null) {
      link = nonBlank(canonical.attr("href"));
    }
    return first(link, meta(doc, "og:url"), nonBlank(given));
  }

  static String author(Document doc, JsonLd jsonLd) {
    return first(
        meta(doc, "author"),
        jsonLd.names("author"),
        notUrl(meta(doc, "article:author")),
        meta(doc, "parsely-author"),
        meta(doc, "dc.creator"),
        itemprop(doc, "author"),
        text(doc.selectFirst("[rel=author]")),
        byline(doc));
  }

  /**
   * A visible byline ("Par Jeanne Martin", "By ...", "Von ..."), short enough to be a name and
   * not a paragraph, with its lead word dropped.
   */
  private static String byline(Document doc) {
    for (Element el : doc.select(BYLINE)) {
      String t = text(el);
      if (t != null && t.length() <= BYLINE_MAX_CHARS) {
        String name = BYLINE_DATE.split(BYLINE_LEAD.matcher(t).replaceFirst(""), 2)[0].strip();
        if (!name.isEmpty()) {
          return name;
        }
      }
    }
    return null;
  }

  static String language(Document doc) {
    Element html = doc.selectFirst("html");
    return first(
        html == null ? null : nonBlank(html.attr("lang")),
        html == null ? null : nonBlank(html.attr("xml:lang")),
        attr(doc.selectFirst("meta[http-equiv~=(?i)content-language][content]"), "content"),
        meta(doc, "language"));
  }

  /** A {@code <meta>} value by {@code property} or {@code name}, case-insensitive. */
  private static String meta(Document doc, String key) {
    for (Element m : doc.select("meta[content]")) {
      String k = m.hasAttr("property") ? m.attr("property") : m.attr("name");
      if (k.isEmpty()) {
        k = m.attr("itemprop");
      }
      if (k.toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT))) {
        String v = nonBlank(m.attr("content"));
        if (v != null) {
          return v;
        }
      }
    }
    return null;
  }

  /** A microdata property: its content or datetime attribute, or its (or its name's) text. */
  private static String itemprop(Document doc, String property) {
    for (Element el : doc.select("[itemprop=" + property + "]")) {
      String value =
          first(
              nonBlank(el.attr("content")),
              nonBlank(el.attr("datetime")),
              text(el.selectFirst("[itemprop=name]")),
              text(el));
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private static String attr(Element el, String name) {
    return el == null ? null : nonBlank(el.attr(name));
  }

  private static String text(Element el) {
    return el == null ? null : nonBlank(BlockText.collapse(el.text()));
  }

  private static String notUrl(String value) {
    return value == null || value.startsWith("http://") || value.startsWith("https://") ? null : value;
  }

  private static String nonBlank(String s) {
    return s == null || s.isBlank() ? null : BlockText.collapse(s);
  }

  private static String first(String... candidates) {
    return Arrays.stream(candidates).filter(Objects::nonNull).findFirst().orElse(null);
  }
}
