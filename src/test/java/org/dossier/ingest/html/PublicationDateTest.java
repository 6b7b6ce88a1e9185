package org.dossier.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicationDateTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2020-02-05T18:30:00+01:00 | 2020-02-05T18:30:00+01:00",
        "2020-02-05T18:30:00+0100  | 2020-02-05T18:30:00+01:00",
        "2020-02-05T17:30:00Z      | 2020-02-05T17:30:00Z",
        "2020-02-05 18:30:00       | 2020-02-05T18:30:00",
        "2020-02-05                | 2020-02-05",
        "2020/02/05                | 2020-02-05",
        "05.02.2020                | 2020-02-05",
        "Wed, 5 Feb 2020 17:30:00 GMT | 2020-02-05T17:30:00Z",
        "5 février 2020            | 2020-02-05",
        "1er mars 2020             | 2020-03-01",
        "19. Oktober 2019          | 2019-10-19",
        "February 5, 2020          | 2020-02-05",
        "le 5 février              | le 5 février",
      })
  void normalisesWhatItCanReadAndKeepsTheRest(String raw, String expected) {
    assertThat(PublicationDate.normalise(raw)).isEqualTo(expected);
  }
}
