package org.dossier.ingest.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders an element as paragraphs the way a browser lays it out: every block-level element
 * starts a new paragraph, inline elements run on, whitespace collapses. Each paragraph remembers
 * how much of its text sits in links and which block it came from, so that filters can judge it.
 */
public final class BlockText {

  /** One rendered paragraph. */
  public record Block(String text, int linkChars, String tag) {
    public double linkDensity() {
      return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }

    public boolean isHeading() {
      return tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
    }
  }

  static final Set<String> BLOCK_TAGS =
      Set.of(
          "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
          "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
          "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main",
          "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr",
          "ul");

  private BlockText() {}

  /** The paragraphs of {@code root}, in document order, empty ones left out. */
  public static List<Block> blocks(Element root) {
    Renderer renderer = new Renderer();
    NodeTraversor.traverse(renderer, root);
    renderer.flush();
    return renderer.blocks;
  }

  /** The paragraphs of {@code root} joined by blank lines. */
  public static String paragraphs(Element root) {
    return join(blocks(root));
  }

  public static String join(List<Block> blocks) {
    return blocks.stream().map(Block::text).collect(Collectors.joining("\n\n"));
  }

  /** Collapses every run of whitespace (no-break spaces included) to one space, and trims. */
  public static String collapse(String text) {
    StringBuilder out = new StringBuilder(text.length());
    appendCollapsed(out, text);
    return out.toString().strip();
  }

  /** Appends {@code text} with whitespace collapsed, never doubling a space already at the end. */
  static void appendCollapsed(StringBuilder out, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isInvisible(c)) {
        continue;
      }
      if (isSpace(c)) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
          out.append(' ');
        }
      } else {
        out.append(c);
      }
    }
  }

  /** Characters other than whitespace: the unit of every length threshold of the extractor. */
  static int visibleChars(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (!isSpace(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isInvisible(char c) {
    // Soft hyphens stay: they are part of the source text (and of benchmark snippets).
    return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF';
  }

  private static final class Renderer implements NodeVisitor {
    final List<Block> blocks = new ArrayList<>();
    private final StringBuilder buf = new StringBuilder();
    private final Deque<String> blockTags = new ArrayDeque<>();
    private String tag = "body";
    private int linkChars;
    private int linkDepth;
    private boolean afterBreak;
    private boolean started;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode text) {
        appendText(text.getWholeText());
      } else if (node instanceof Element el) {
        String name = el.normalName();
        if (BLOCK_TAGS.contains(name)) {
          flush();
          blockTags.push(name);
        } else if (name.equals("br")) {
          if (afterBreak) {
            flush();
          } else {
            buf.append(' ');
            afterBreak = true;
          }
        } else if (name.equals("a")) {
          linkDepth++;
        } else if (name.equals("td") || name.equals("th")) {
          buf.append(' ');
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element el) {
        String name = el.normalName();
        if (BLOCK_TAGS.contains(name)) {
          flush();
          blockTags.poll();
        } else if (name.equals("a")) {
          linkDepth--;
        }
      }
    }

    private void appendText(String text) {
      int before = buf.length();
      appendCollapsed(buf, text);
      boolean visible = false;
      for (int i = before; i < buf.length(); i++) {
        if (buf.charAt(i) != ' ') {
          visible = true;
          break;
        }
      }
      if (visible) {
        afterBreak = false;
        if (!started) {
          tag = blockTags.isEmpty() ? "body" : blockTags.peek();
          started = true;
        }
        if (linkDepth > 0) {
          linkChars += buf.length() - before;
        }
      }
    }

    void flush() {
      String text = buf.toString().strip();
      if (!text.isEmpty()) {
        blocks.add(new Block(text, Math.min(linkChars, text.length()), tag));
      }
      buf.setLength(0);
      linkChars = 0;
      afterBreak = false;
      started = false;
    }
  }
}
