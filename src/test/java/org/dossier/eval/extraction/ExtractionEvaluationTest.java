package org.dossier.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.ingest.html.MainTextExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionEvaluationTest {

  @TempDir Path dir;

  private record Fixed(String name, String output) implements MainTextExtractor {
    @Override
    public String extract(String html, String url) {
      if (output == null) {
        throw new IllegalStateException("boom");
      }
      return output;
    }
  }

  @Test
  void scoresEachExtractorAndCountsFailuresAsEmptyOutput() throws IOException {
    Path page = Files.writeString(dir.resolve("p.html"), "<p>ignored</p>");
    DataSet set =
        new DataSet("tiny", List.of(new EvalPage("p", null, page, new SnippetMetric.Gold(List.of("good"), List.of("bad")))),
            Metric.SNIPPETS);
    DataSetResult r =
        new ExtractionEvaluation(List.of(new Fixed("right", "good text"), new Fixed("broken", null))).run(set);
    assertThat(r.extractors()).extracting(ExtractorResult::extractor).containsExactly("right", "broken");
    ExtractorResult right = r.extractors().get(0);
    assertThat(right.f1()).isEqualTo(1.0);
    assertThat(right.pagesScored()).isEqualTo(1);
    ExtractorResult broken = r.extractors().get(1);
    assertThat(broken.pagesFailed()).isEqualTo(1);
    assertThat(broken.recall()).isZero();
  }
}
