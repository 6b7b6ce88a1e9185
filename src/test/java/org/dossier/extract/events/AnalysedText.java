package org.dossier.extract.events;

import java.util.List;
import org.dossier.analyse.Analysis;
import org.dossier.analyse.SharedFrenchAnalyzer;
import org.dossier.extract.entities.MentionExtractor;
import org.dossier.extract.quotes.FoundQuote;
import org.dossier.extract.quotes.QuoteExtractor;
import org.dossier.extract.time.ReferenceDate;
import org.dossier.extract.time.RuleTimeTagger;
import org.dossier.extract.time.TextSpan;
import org.dossier.extract.time.Timex;
import org.dossier.lang.Countries;
import org.dossier.lang.DataFile;
import org.dossier.lang.Organisations;

/** A small French text analysed as the pipeline analyses it, with its events: the events tests' fixture. */
record AnalysedText(Analysis analysis, List<FoundEvent> events) {

  private static final MentionExtractor MENTIONS =
      new MentionExtractor(Countries.load(List.of("fr")), Organisations.load(List.of("fr")), DataFile.words("fr", "honorifics.txt"), org.dossier.lang.RoleNouns.load("fr"), DataFile.words("fr", "titled-people.txt"), DataFile.words("fr", "first-names.tsv"), MentionExtractor.Words.load("fr"));
  private static final QuoteExtractor QUOTES = new QuoteExtractor("fr", org.dossier.config.Settings.defaults());
  private static final RuleTimeTagger TIME = RuleTimeTagger.forLanguage("fr");
  private static final EventExtractor EVENTS = new ClauseEventExtractor(List.of("fr"));
  /** A Thursday. */
  static final ReferenceDate THU_2020_02_06 = ReferenceDate.parse("2020-02-06");

  /** The text analysed against {@code reference}, optionally with every sentence parsed (as quote sentences are). */
  static AnalysedText of(String text, ReferenceDate reference, boolean parsed) {
    Analysis a = SharedFrenchAnalyzer.get().analyse(text);
    if (parsed) a = SharedFrenchAnalyzer.get().parse(a, s -> true);
    List<FoundQuote> quotes = QUOTES.extract(a, MENTIONS.extract(a).mentions());
    List<Timex> times = TIME.tag(text, a.sentences().stream().map(s -> new TextSpan(s.start(), s.end())).toList(), reference);
    return new AnalysedText(a, EVENTS.extract(a, times, quotes, reference));
  }
}
