package org.dossier.render;

import org.dossier.brief.Article;
import org.dossier.brief.Brief;
import org.dossier.brief.Conflict;
import org.dossier.brief.Story;
import org.dossier.clean.Removal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.ingest.Skip;
import org.dossier.extract.quotes.Quote;
import org.dossier.resolve.Entity;
import org.dossier.timeline.TimelineEntry;

/**
 * The brief as one self-contained HTML file: inline style, no script, no external resource, so it
 * opens offline and can be mailed. Every piece of article text passes through {@link #escape}.
 */
public final class HtmlRenderer {

  private static final String STYLE =
      """
      body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
      h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2.5rem;border-top:1px solid #ddd;padding-top:1rem}
      table.meta{border-collapse:collapse;font-size:.9rem;margin-bottom:1rem}
      table.meta th{text-align:left;color:#555;padding:.1rem 1rem .1rem 0;font-weight:600;vertical-align:top}
      .summary{color:#444}.removed{font-size:.85rem;color:#555}.removed li{margin:.2rem 0}
      .rule{display:inline-block;background:#eee;border-radius:3px;padding:0 .3rem;margin-right:.3rem;font-family:monospace}
      code{font-size:.85rem}h3{font-size:1.05rem}
      .entities li,.quotes li{margin:.25rem 0}.quotes .indirect{color:#444}.cue{color:#777;font-style:italic;font-size:.85rem}.role{color:#444;font-style:italic}.count,.variants{color:#666;font-size:.85rem}
      .story li{margin:.4rem 0}.story time{font-weight:600;color:#333;margin-right:.2rem}.speaker{color:#1a4d8f;font-size:.85rem;font-style:italic}.sources{color:#666;font-size:.8rem}.claim{color:#8a5a00;font-size:.8rem}.conflicts{background:#fff6e5;padding:.5rem 1rem;border-radius:4px}
      .chip{display:inline-block;min-width:1.2rem;text-align:center;background:#e8eef7;border-radius:9px;padding:0 .35rem;font-size:.8rem;text-decoration:none;color:#1a4d8f}
      ol.timeline{list-style:none;margin:1rem 0 0 .6rem;padding:0 0 .2rem 1.5rem;border-left:3px solid #c9d6ea}
      ol.timeline li{position:relative;margin:0 0 1rem}
      ol.timeline li.year{margin:1.4rem 0 .6rem -2.35rem;font-weight:700;color:#1a4d8f}
      ol.timeline li.year span{background:#fff;border:2px solid #1a4d8f;border-radius:4px;padding:.05rem .45rem}
      ol.timeline li.event::before{content:"";position:absolute;left:-1.5rem;top:.3rem;margin-left:-8.5px;width:10px;height:10px;border-radius:50%;background:#1a4d8f;border:2px solid #fff;box-shadow:0 0 0 1px #1a4d8f}
      ol.timeline li.month::before,ol.timeline li.year-only::before{background:#fff}
      ol.timeline li.several::before{width:14px;height:14px;margin-left:-10.5px;top:.15rem;background:#b8480f;box-shadow:0 0 0 1px #b8480f}
      ol.timeline time{display:block;font-weight:600;font-size:.9rem;color:#333}
      ol.timeline .what{margin:.1rem 0 0}ol.timeline.unknown-year{border-left-style:dashed;margin-top:2rem}
      .legend{font-size:.8rem;color:#666}
      mark{background:none;color:inherit}mark.quoted{background:#fff4cc}mark.quoted mark.quoted{background:#ffe38a}
      mark.cited{text-decoration:underline dotted #1a4d8f}mark:target{outline:2px solid #1a4d8f}
      """;

  private HtmlRenderer() {}

  public static String render(Brief brief) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Dossier brief</title>\n<style>")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<h1>Dossier brief</h1>\n<p class=\"summary\">")
        .append(escape(Summary.line(brief)))
        .append("</p>\n");
    Highlights highlights = Highlights.of(brief);
    stories(brief, highlights, h);
    timeline(brief, highlights, h);
    quotes(brief, highlights, h);
    entities(brief, h);
    h.append("<h2>Articles</h2>\n");
    int number = 0;
    for (Article a : brief.articles()) {
      h.append("<article id=\"a").append(++number).append("\">\n<h3>[").append(number).append("] ").append(escape(Display.title(a))).append("</h3>\n");
      h.append("<table class=\"meta\">\n");
      row(h, "id", "<code>" + escape(a.id()) + "</code>");
      row(h, "file", escape(a.file()));
      row(h, "published", escape(Display.published(a)));
      row(h, "source", escape(Display.source(a)));
      row(h, "dateline", escape(Display.orUnknown(a.dateline())));
      row(h, "language", escape(a.language()));
      h.append("</table>\n");
      paragraphs(a.text(), highlights.byArticle().getOrDefault(a.id(), List.of()), h);
      if (!a.removed().isEmpty()) {
        h.append("<details class=\"removed\"><summary>Removed by cleaning (").append(a.removed().size()).append(")</summary>\n<ul>\n");
        for (Removal r : a.removed()) {
          h.append("<li><span class=\"rule\">").append(escape(r.rule())).append("</span>").append(escape(Display.shorten(r.text()))).append("</li>\n");
        }
        h.append("</ul></details>\n");
      }
      h.append("</article>\n");
    }
    if (!brief.skipped().isEmpty()) {
      h.append("<h2>Skipped</h2>\n<ul>\n");
      for (Skip s : brief.skipped()) {
        h.append("<li><code>").append(escape(s.file())).append("</code>: ").append(escape(s.reason())).append("</li>\n");
      }
      h.append("</ul>\n");
    }
    return h.append("</body>\n</html>\n").toString();
  }

  /**
   * A vertical rail, pure CSS: a dot per entry (filled for a day, hollow for a month or a year,
   * larger and orange when several articles tell it), the years as marks on the rail.
   */
  private static void timeline(Brief brief, Highlights highlights, StringBuilder h) {
    if (brief.timeline().isEmpty()) {
      return;
    }
    h.append("<h2 id=\"timeline\">Timeline</h2>\n")
        .append("<p class=\"legend\">Filled dot: a day; hollow: a month or a year; orange: told by several articles. Numbers are articles.</p>\n")
        .append("<ol class=\"timeline\">\n");
    String year = null;
    for (TimelineEntry e : brief.timeline()) {
      if (!TimelineView.year(e).equals(year)) {
        year = TimelineView.year(e);
        // Days of an unknown year hang on a dashed rail of their own: their place among the dated ones is not known.
        if (e.yearUnknown()) h.append("</ol>\n<ol class=\"timeline unknown-year\">\n");
        h.append("<li class=\"year\"><span>").append(escape(year)).append("</span></li>\n");
      }
      List<Integer> articles = TimelineView.articleNumbers(brief, e);
      // Each article's chip goes to the first clause it dates this by.
      java.util.Map<Integer, String> hrefs = new java.util.HashMap<>();
      for (TimelineEntry.Source s : e.sources()) {
        int n = QuoteGroups.articleNumber(brief, s.article());
        hrefs.putIfAbsent(n, highlights.href(Highlights.anchor(s), n));
      }
      String precision = switch (e.precision()) {
        case DAY -> "day";
        case MONTH -> "month";
        default -> "year-only";
      };
      h.append("<li class=\"event ").append(precision).append(articles.size() > 1 ? " several" : "").append("\">");
      h.append(e.yearUnknown() ? "<time>" : "<time datetime=\"" + escape(e.date()) + "\">").append(escape(TimelineView.date(e))).append("</time>");
      h.append("<p class=\"what\">").append(escape(e.text()));
      for (int n : articles) {
        h.append(' ');
        chip(n, hrefs.getOrDefault(n, "#a" + n), h);
      }
      h.append("</p></li>\n");
    }
    h.append("</ol>\n");
  }

  private static void stories(Brief brief, Highlights highlights, StringBuilder h) {
    for (Story story : brief.stories()) {
      h.append("<section class=\"story\" id=\"").append(escape(story.id())).append("\">\n<h2>").append(escape(story.title() == null ? story.id() : story.title())).append("</h2>\n");
      h.append("<p class=\"sources\">").append(story.articles().size()).append(" article(s) ");
      story.articles().forEach(a -> chip(brief, a, h));
      h.append("</p>\n<ul>\n");
      for (Story.Line line : story.summary()) {
        h.append("<li>");
        if (line.date() != null) h.append("<time datetime=\"").append(escape(line.date())).append("\">").append(escape(Display.date(line))).append("</time> ");
        h.append(escape(line.text())).append(' ');
        // A chip per article, to the first of its sentences that state the line.
        java.util.Map<String, Story.Source> first = new java.util.LinkedHashMap<>();
        line.sources().forEach(s -> first.putIfAbsent(s.article(), s));
        first.values().forEach(s -> {
          int n = QuoteGroups.articleNumber(brief, s.article());
          chip(n, highlights.href(Highlights.anchor(s), n), h);
        });
        h.append(" <span class=\"sources\">").append(line.independentSources()).append(line.independentSources() == 1 ? " source" : " independent sources").append("</span>");
        if (line.hedged()) h.append(" <span class=\"claim\">claim").append(line.attribution() == null ? "" : " of " + escape(line.attribution())).append("</span>");
        if (!line.speakers().isEmpty()) h.append(" <span class=\"speaker\">").append(escape(Display.saidBy(line))).append("</span>");
        h.append("</li>\n");
      }
      h.append("</ul>\n");
      List<Conflict> conflicts = brief.conflicts().stream().filter(c -> c.story().equals(story.id())).toList();
      if (!conflicts.isEmpty()) {
        h.append("<div class=\"conflicts\"><strong>Sources disagree</strong><ul>\n");
        for (Conflict c : conflicts) {
          h.append("<li>").append(escape(c.what())).append(": ");
          for (Conflict.Value v : c.values()) {
            h.append(escape(v.value())).append(' ');
            chip(brief, v.article(), h);
            h.append(' ');
          }
          h.append("</li>\n");
        }
        h.append("</ul></div>\n");
      }
      h.append("</section>\n");
    }
    if (!brief.copies().isEmpty()) {
      h.append("<p class=\"sources\">Wire copy, counted once: ");
      for (org.dossier.copies.CopyGroup g : brief.copies()) {
        g.articles().forEach(a -> chip(brief, a, h));
        h.append("; ");
      }
      h.append("</p>\n");
    }
  }

  private static void chip(Brief brief, String article, StringBuilder h) {
    chip(QuoteGroups.articleNumber(brief, article), h);
  }

  /** A link to article {@code n} of the list, as every section shows its sources. */
  private static void chip(int n, StringBuilder h) {
    chip(n, "#a" + n, h);
  }

  /** Article {@code n}'s chip, linking to the words it stands for there. */
  private static void chip(int n, String href, StringBuilder h) {
    h.append("<a class=\"chip\" href=\"").append(escape(href)).append("\">").append(n).append("</a>");
  }

  private static void quotes(Brief brief, Highlights highlights, StringBuilder h) {
    if (brief.quotes().isEmpty()) {
      return;
    }
    h.append("<h2>Who said what</h2>\n");
    Map<String, Entity> byId = new HashMap<>();
    brief.entities().forEach(e -> byId.put(e.id(), e));
    QuoteGroups.bySpeaker(brief).forEach((speaker, quotes) -> {
      h.append("<h3>").append(speakerHeading(speaker, quotes.get(0).speaker(), byId)).append("</h3>\n<ul class=\"quotes\">\n");
      for (Quote q : quotes) {
        h.append("<li class=\"").append(q.direct() ? "direct" : "indirect").append("\">").append(escape(QuoteGroups.shown(q)));
        if (q.cue() != null) h.append(" <span class=\"cue\">").append(escape(q.cue())).append("</span>");
        if (q.date() != null) h.append(" <span class=\"cue\">").append(escape(TimelineView.date(q.date(), false))).append("</span>");
        int n = QuoteGroups.articleNumber(brief, q);
        h.append(' ');
        chip(n, highlights.href(Highlights.anchor(q), n), h);
        h.append("</li>\n");
      }
      h.append("</ul>\n");
    });
  }

  private static void entities(Brief brief, StringBuilder h) {
    if (brief.entities().isEmpty()) {
      return;
    }
    h.append("<h2>Who's who</h2>\n");
    java.util.Set<String> names = EntityGroups.names(brief);
    EntityGroups.byType(brief).forEach((type, entities) -> {
      h.append("<h3>").append(EntityGroups.HEADINGS.get(type)).append("</h3>\n<ul class=\"entities\">\n");
      for (Entity e : entities) {
        h.append("<li id=\"").append(escape(e.id())).append("\"><strong>").append(escape(e.name())).append("</strong>");
        if (e.role() != null) h.append(", <span class=\"role\">").append(escape(e.role())).append("</span>");
        h.append(" <span class=\"count\">").append(e.mentions().size()).append(" mention(s)</span>");
        for (int n : EntityGroups.articleNumbers(brief, e)) {
          h.append(' ');
        chip(n, h);
        }
        List<String> others = EntityGroups.otherVariants(names, e);
        if (!others.isEmpty()) h.append(" <span class=\"variants\">also: ").append(escape(String.join(", ", others))).append("</span>");
        h.append("</li>\n");
      }
      h.append("</ul>\n");
    });
  }

  /**
   * A speaker linked to their entry in "Who's who"; several speaking together ("USM et SM"), each
   * member's name in the heading linked to theirs, the words between kept as the language wrote them.
   */
  private static String speakerHeading(String heading, Quote.Speaker speaker, Map<String, Entity> byId) {
    if (speaker == null) return escape(heading);
    if (speaker.members().isEmpty()) return byId.containsKey(speaker.entity()) ? link(speaker.entity(), heading) : escape(heading);
    StringBuilder h = new StringBuilder();
    int cursor = 0;
    for (String id : speaker.members()) {
      Entity e = byId.get(id);
      int at = e == null ? -1 : heading.indexOf(e.name(), cursor);
      if (at < 0) return escape(heading);
      h.append(escape(heading.substring(cursor, at))).append(link(id, e.name()));
      cursor = at + e.name().length();
    }
    return h.append(escape(heading.substring(cursor))).toString();
  }

  private static String link(String id, String text) {
    return "<a href=\"#" + escape(id) + "\">" + escape(text) + "</a>";
  }

  /**
   * An article's text, a paragraph per blank line, what the brief cites marked ({@link Highlights}):
   * the pieces nest, so a stack of their ends says when to close.
   */
  private static void paragraphs(String text, List<Highlights.Piece> pieces, StringBuilder h) {
    int next = 0;
    int from = 0;
    while (from <= text.length()) {
      int cut = text.indexOf(Highlights.PARAGRAPH_BREAK, from);
      int end = cut < 0 ? text.length() : cut;
      if (cut < 0 && from == end && from > 0) break; // no empty paragraph after a final break
      h.append("<p>");
      java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
      int cursor = from;
      for (; next < pieces.size() && pieces.get(next).start() < end; next++) {
        Highlights.Piece p = pieces.get(next);
        while (!open.isEmpty() && open.peek() <= p.start()) cursor = close(text, cursor, open.pop(), h);
        h.append(escape(text.substring(cursor, p.start())));
        cursor = p.start();
        if (p.start() == p.end()) {
          h.append("<span class=\"anchor\" id=\"").append(escape(p.anchor())).append("\"></span>");
          continue;
        }
        h.append("<mark class=\"").append(p.kind().css).append('"');
        if (p.anchor() != null) h.append(" id=\"").append(escape(p.anchor())).append('"');
        h.append('>');
        open.push(p.end());
      }
      while (!open.isEmpty()) cursor = close(text, cursor, open.pop(), h);
      h.append(escape(text.substring(cursor, end))).append("</p>\n");
      if (cut < 0) break;
      from = cut + Highlights.PARAGRAPH_BREAK.length();
    }
  }

  private static int close(String text, int cursor, int end, StringBuilder h) {
    h.append(escape(text.substring(cursor, end))).append("</mark>");
    return end;
  }

  private static void row(StringBuilder h, String key, String html) {
    h.append("<tr><th>").append(key).append("</th><td>").append(html).append("</td></tr>\n");
  }

  /** Escapes text for HTML element content and quoted attribute values. */
  public static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
