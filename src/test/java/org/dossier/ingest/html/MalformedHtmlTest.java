package org.dossier.ingest.html;

import static org.assertj.core.api.Assertions.assertThatCode;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class MalformedHtmlTest {

  private final DossierExtractor extractor = new DossierExtractor();
  private final HtmlArticleReader reader = new HtmlArticleReader(extractor);

  @Test
  void unclosedTagsAndGarbageDoNotThrow() {
    String[] pages = {
      "<html><body><div><p>Unclosed paragraph <b>bold <i>italic <article><p>more",
      "</div></div></body></html><p>stray closing tags first",
      "<<<>>><p <p>>>< &&&; &#xZZZ; <script>unterminated",
      "<html><head><meta property=og:title content=><script type=application/ld+json>{{{</script>",
      "\u0000\uFFFF\uD800 binary \u0001 junk",
      "<table><tr><td><p>cell<table><td>nested</table></p></td>",
      "<div>".repeat(5000) + "deep" + "</div>".repeat(10),
    };
    for (String page : pages) {
      assertThatCode(() -> extractor.extract(page, "not a url")).doesNotThrowAnyException();
      assertThatCode(() -> reader.read(page, null)).doesNotThrowAnyException();
    }
  }

  @Property(tries = 200)
  void randomMarkupNeverThrowsAndNeverReturnsNull(
      @ForAll @StringLength(max = 400) String noise, @ForAll("tags") String tag) {
    String page = "<" + tag + ">" + noise + "<p>" + noise + "</" + tag + ">";
    Assertions.assertThat(extractor.extract(page, null)).isNotNull();
    Assertions.assertThat(reader.read(page, null).text()).isNotNull();
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> tags() {
    return net.jqwik.api.Arbitraries.of("div", "article", "p", "script", "table", "ul", "li", "main", "form", "a");
  }
}
