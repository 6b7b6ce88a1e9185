package org.dossier.render;

import java.util.stream.Collectors;
import org.dossier.brief.Article;
import org.dossier.brief.Brief;
import org.dossier.brief.Conflict;
import org.dossier.brief.Story;
import org.dossier.clean.Removal;
import java.util.List;
import org.dossier.ingest.Skip;
import org.dossier.extract.quotes.Quote;
import org.dossier.resolve.Entity;
import org.dossier.timeline.TimelineEntry;

/**
 * The brief as Markdown: the timeline, who said what, who's who, then per article its metadata and
 * cleaned text, then what was skipped.
 */
public final class MarkdownRenderer {

  private MarkdownRenderer() {}

  public static String render(Brief brief) {
    StringBuilder md = new StringBuilder("# Dossier brief\n\n");
    md.append(Summary.line(brief)).append("\n\n");
    stories(brief, md);
    timeline(brief, md);
    quotes(brief, md);
    entities(brief, md);
    md.append("## Articles\n\n");
    int number = 0;
    for (Article a : brief.articles()) {
      md.append("### [").append(++number).append("] ").append(inline(Display.title(a))).append("\n\n");
      md.append("| | |\n|---|---|\n");
      row(md, "id", "`" + a.id() + "`");
      row(md, "file", inline(a.file()));
      row(md, "published", inline(Display.published(a)));
      row(md, "source", inline(Display.source(a)));
      row(md, "dateline", inline(Display.orUnknown(a.dateline())));
      row(md, "language", a.language());
      md.append('\n');
      for (String paragraph : a.text().split("\n\n")) {
        md.append(block(paragraph)).append("\n\n");
      }
      if (!a.removed().isEmpty()) {
        md.append("<details><summary>Removed by cleaning (").append(a.removed().size()).append(")</summary>\n\n");
        for (Removal r : a.removed()) {
          md.append("- **").append(r.rule()).append("**: ").append(inline(Display.shorten(r.text()))).append('\n');
        }
        md.append("\n</details>\n\n");
      }
    }
    if (!brief.skipped().isEmpty()) {
      md.append("## Skipped\n\n");
      for (Skip s : brief.skipped()) {
        md.append("- ").append(inline(s.file())).append(": ").append(inline(s.reason())).append('\n');
      }
    }
    return md.toString();
  }

  private static void timeline(Brief brief, StringBuilder md) {
    if (brief.timeline().isEmpty()) {
      return;
    }
    md.append("## Timeline\n\n");
    String year = null;
    for (TimelineEntry e : brief.timeline()) {
      if (!TimelineView.year(e).equals(year)) {
        if (year != null) md.append('\n');
        year = TimelineView.year(e);
        md.append("### ").append(year).append("\n\n");
      }
      md.append("- **").append(inline(TimelineView.date(e))).append("** — ").append(inline(e.text()));
      md.append(' ').append(TimelineView.articleNumbers(brief, e).stream().map(n -> "[" + n + "]").collect(Collectors.joining(" "))).append('\n');
    }
    md.append('\n');
  }

  private static void stories(Brief brief, StringBuilder md) {
    for (Story story : brief.stories()) {
      md.append("## Story: ").append(inline(story.title() == null ? story.id() : story.title())).append("\n\n");
      md.append(story.articles().size()).append(" article(s): ");
      md.append(String.join(" ", story.articles().stream().map(a -> "[" + QuoteGroups.articleNumber(brief, a) + "]").toList())).append("\n\n");
      for (Story.Line line : story.summary()) {
        md.append("- ");
        if (line.date() != null) md.append("**").append(inline(Display.date(line))).append("** — ");
        md.append(inline(line.text()));
        md.append(" ").append(String.join("", line.sources().stream().map(r -> "[" + QuoteGroups.articleNumber(brief, r.article()) + "]").distinct().toList()));
        md.append(" *").append(line.independentSources()).append(line.independentSources() == 1 ? " source" : " independent sources");
        if (line.hedged()) md.append(", claim").append(line.attribution() == null ? "" : " of " + inline(line.attribution()));
        md.append("*");
        if (!line.speakers().isEmpty()) md.append(" — ").append(inline(Display.saidBy(line)));
        md.append("\n");
      }
      md.append('\n');
      List<Conflict> conflicts = brief.conflicts().stream().filter(c -> c.story().equals(story.id())).toList();
      if (!conflicts.isEmpty()) {
        md.append("**Sources disagree**\n\n");
        for (Conflict c : conflicts) {
          md.append("- ").append(inline(c.what())).append(": ");
          md.append(String.join("; ", c.values().stream().map(v -> v.value() + " [" + QuoteGroups.articleNumber(brief, v.article()) + "]").toList())).append('\n');
        }
        md.append('\n');
      }
    }
    if (!brief.copies().isEmpty()) {
      md.append("**Wire copy** (counted once): ");
      md.append(String.join("; ", brief.copies().stream().map(g -> String.join(" ", g.articles().stream().map(a -> "[" + QuoteGroups.articleNumber(brief, a) + "]").toList())).toList())).append("\n\n");
    }
  }

  private static void quotes(Brief brief, StringBuilder md) {
    if (brief.quotes().isEmpty()) {
      return;
    }
    md.append("## Who said what\n\n");
    QuoteGroups.bySpeaker(brief).forEach((speaker, quotes) -> {
      md.append("### ").append(inline(speaker)).append("\n\n");
      for (Quote q : quotes) {
        md.append("- ").append(inline(QuoteGroups.shown(q)));
        if (q.cue() != null) md.append(" — *").append(inline(q.cue())).append("*");
        if (q.date() != null) md.append(", ").append(inline(TimelineView.date(q.date(), false)));
        md.append(" [").append(QuoteGroups.articleNumber(brief, q)).append("]\n");
      }
      md.append('\n');
    });
  }

  private static void entities(Brief brief, StringBuilder md) {
    if (brief.entities().isEmpty()) {
      return;
    }
    md.append("## Who's who\n\n");
    java.util.Set<String> names = EntityGroups.names(brief);
    EntityGroups.byType(brief).forEach((type, entities) -> {
      md.append("### ").append(EntityGroups.HEADINGS.get(type)).append("\n\n");
      for (Entity e : entities) {
        md.append("- **").append(inline(e.name())).append("**");
        if (e.role() != null) md.append(", ").append(inline(e.role()));
        md.append(" — ").append(e.mentions().size()).append(" mention(s) in articles ");
        md.append(EntityGroups.articleNumbers(brief, e).stream().map(n -> "[" + n + "]").collect(Collectors.joining(" ")));
        List<String> others = EntityGroups.otherVariants(names, e);
        if (!others.isEmpty()) md.append("; also: ").append(inline(String.join(", ", others)));
        md.append('\n');
      }
      md.append('\n');
    });
  }

  private static void row(StringBuilder md, String key, String value) {
    md.append("| ").append(key).append(" | ").append(value).append(" |\n");
  }

  /** Article text is untrusted: neutralise Markdown and HTML so that it renders as written. */
  static String inline(String s) {
    return s.codePoints()
        .mapToObj(c -> switch (c) {
          case '\\', '`', '*', '_', '[', ']', '#', '|', '<', '>', '!' -> "\\" + Character.toString(c);
          case '\n' -> " ";
          default -> Character.toString(c);
        })
        .collect(Collectors.joining());
  }

  private static String block(String paragraph) {
    String s = inline(paragraph);
    // A paragraph starting "1." or "- " would become a list item.
    return s.replaceFirst("^(\\d+)\\.", "$1\\\\.").replaceFirst("^([-+])", "\\\\$1");
  }
}
