package org.dossier.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** RSS and Atom feeds (Rome): one article per item, with the feed's title as the site. */
final class FeedReader {

  private FeedReader() {}

  static FileResult read(String file, String content) {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(new StringReader(content));
    } catch (FeedException | IllegalArgumentException e) {
      return FileResult.skip(file, "malformed feed: " + e.getMessage());
    }
    List<RawArticle> articles = new ArrayList<>();
    List<Skip> skipped = new ArrayList<>();
    int item = 0;
    for (SyndEntry entry : feed.getEntries()) {
      item++;
      String html = body(entry);
      String text = html == null ? "" : HtmlFragment.text(html);
      if (text.isBlank()) {
        skipped.add(new Skip(file + "#" + item, "feed item " + item + " has no text (only a title or a link)"));
        continue;
      }
      Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
      String published = date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).toString();
      Hints hints = new Hints(entry.getTitle(), entry.getLink(), published, feed.getTitle(), feed.getLanguage(), entry.getAuthor());
      articles.add(new RawArticle(file, item, Format.FEED, text, hints));
    }
    if (articles.isEmpty() && skipped.isEmpty()) {
      skipped.add(new Skip(file, "feed has no items"));
    }
    return new FileResult(articles, skipped);
  }

  /** The fullest body an item offers: content:encoded / Atom content, else the description. */
  private static String body(SyndEntry entry) {
    String best = null;
    for (SyndContent c : entry.getContents()) {
      if (c.getValue() != null && (best == null || c.getValue().length() > best.length())) {
        best = c.getValue();
      }
    }
    if (best == null && entry.getDescription() != null) {
      best = entry.getDescription().getValue();
    }
    return best;
  }
}
