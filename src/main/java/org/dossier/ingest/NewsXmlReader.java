package org.dossier.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The XML of news corpora: ISO-TimeML documents (a {@code TEXT} element, the creation date in
 * {@code DCT/TIMEX3/@value}) and TREC/Gigaword files (one {@code DOC} per article, with
 * {@code HEADLINE}, {@code DATE_TIME} or {@code DATE}, and {@code P} paragraphs inside
 * {@code TEXT}). Inline annotations (events, time expressions) are dropped; their words are kept.
 */
final class NewsXmlReader {

  private NewsXmlReader() {}

  static FileResult read(String file, String xml) {
    Document parsed = Jsoup.parse(xml, "", Parser.xmlParser());
    List<Element> units = parsed.getElementsByTag("DOC");
    boolean several = units.size() > 1;
    if (units.isEmpty()) {
      units = List.of(parsed);
    }
    List<RawArticle> articles = new ArrayList<>();
    List<Skip> skipped = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      Element unit = units.get(i);
      int item = several ? i + 1 : 0;
      String where = several ? file + "#" + item : file;
      Element body = unit.getElementsByTag("TEXT").first();
      String text = body == null ? "" : text(body);
      if (text.isBlank()) {
        skipped.add(new Skip(where, body == null ? "XML document without a TEXT element" : "XML document with an empty TEXT element"));
        continue;
      }
      Hints hints = new Hints(firstText(unit, "HEADLINE"), null, published(unit), null, null, null);
      articles.add(new RawArticle(file, item, Format.NEWS_XML, text, hints));
    }
    return new FileResult(articles, skipped);
  }

  /** Paragraph elements where there are some (their lines are hard-wrapped), else the lines as given. */
  private static String text(Element body) {
    List<Element> paragraphs = body.getElementsByTag("P");
    if (paragraphs.isEmpty()) {
      return body.wholeText().strip();
    }
    return paragraphs.stream().map(Element::text).filter(p -> !p.isBlank()).collect(Collectors.joining("\n\n"));
  }

  private static String published(Element unit) {
    Element dct = unit.selectFirst("DCT > TIMEX3[value]");
    if (dct != null) {
      return dct.attr("value");
    }
    String stated = firstText(unit, "DATE_TIME");
    return stated != null ? stated : firstText(unit, "DATE");
  }

  private static String firstText(Element unit, String tag) {
    Element e = unit.getElementsByTag(tag).first();
    return e == null || e.text().isBlank() ? null : e.text();
  }
}
