package org.dossier.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.dossier.config.Settings;
import org.dossier.ingest.html.BlockText.Block;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Dossier's own main-text extractor.
 *
 * <p>Three passes, after trafilatura and Readability: remove what is never text (scripts, media,
 * navigation, hidden parts); find the article, by the markup publishers use for it or else by
 * scoring paragraphs, and put back its lead paragraph when the CMS keeps it outside; inside it,
 * remove the widgets publishers interleave (share bars, related boxes, captions, bylines) and
 * drop furniture lines ("Lire aussi", credits) and short lines at its edges. When the result is
 * too short to be an article, the scoring pass and then a paragraph-by-paragraph pass over the
 * whole page are tried, and the longest result wins. Immutable and thread-safe.
 */
public final class DossierExtractor implements MainTextExtractor {

  private static final String DATA = "/org/dossier/html/";

  private final ExtractorSettings settings;
  private final KnownContainers containers;
  private final CandidateScorer scorer;
  private final ContentPruner pruner;
  private final BlockFilter filter;
  private final LeadFinder leads;

  public DossierExtractor() {
    this(Settings.defaults());
  }

  public DossierExtractor(Settings settings) {
    this.settings = ExtractorSettings.from(settings);
    ClassIdPattern boilerplate = ClassIdPattern.load(DATA + "boilerplate-class-id.txt");
    this.containers =
        new KnownContainers(
            ResourceLines.read(DATA + "content-selectors.txt"),
            ClassIdPattern.load(DATA + "not-content-class-id.txt"),
            this.settings);
    this.scorer =
        new CandidateScorer(ClassIdPattern.load(DATA + "content-class-id.txt"), boilerplate, this.settings);
    ClassIdPattern lead = ClassIdPattern.load(DATA + "lead-class-id.txt");
    this.pruner = new ContentPruner(boilerplate, lead, this.settings);
    this.filter = BlockFilter.load(this.settings);
    this.leads = new LeadFinder(lead, this.settings);
  }

  @Override
  public String name() {
    return "dossier";
  }

  @Override
  public String extract(String html, String url) {
    Document doc = Jsoup.parse(html == null ? "" : html, url == null ? "" : url);
    return extract(doc);
  }

  /** Extracts from a parsed page. The document is modified: read its metadata first. */
  String extract(Document doc) {
    PageCleaner.clean(doc);
    Element body = doc.body();
    List<Block> plausible = plausibleParagraphs(body);
    int minChars =
        Math.max(settings.contentMinChars(), (int) (settings.contentMinShare() * chars(plausible)));
    List<Block> best = List.of();
    List<Element> known = containers.find(doc, minChars);
    if (!known.isEmpty()) {
      best = render(known, body);
    }
    if (chars(best) < settings.fallbackMinChars()) {
      best = longer(best, render(scorer.find(body), body));
    }
    if (chars(best) < settings.fallbackMinChars()) {
      best = longer(best, plausible);
    }
    if (best.isEmpty()) {
      // A page this small is all text or nothing: keep what is not links or furniture.
      best = filter.keep(BlockText.blocks(body)).stream()
          .filter(b -> b.linkDensity() <= settings.blockMaxLinkDensity())
          .toList();
    }
    return BlockText.join(best);
  }

  private List<Block> render(List<Element> roots, Element body) {
    List<Block> blocks = new ArrayList<>();
    if (!roots.isEmpty()) {
      leads.find(body, roots.get(0)).ifPresent(lead -> blocks.addAll(BlockText.blocks(lead)));
    }
    for (Element root : roots) {
      pruner.prune(root);
      blocks.addAll(BlockText.blocks(root));
    }
    return filter.keep(blocks);
  }

  /** Every block of the page that reads like a paragraph of text, not a link or a label. */
  private List<Block> plausibleParagraphs(Element body) {
    List<Block> kept = new ArrayList<>();
    for (Block b : filter.keep(BlockText.blocks(body))) {
      if (b.text().length() >= settings.fallbackParagraphMinChars()
          && b.linkDensity() <= settings.blockMaxLinkDensity()) {
        kept.add(b);
      }
    }
    return kept;
  }

  private static List<Block> longer(List<Block> a, List<Block> b) {
    return chars(b) > chars(a) ? b : a;
  }

  private static int chars(List<Block> blocks) {
    int n = 0;
    for (Block b : blocks) {
      n += BlockText.visibleChars(b.text());
    }
    return n;
  }
}
