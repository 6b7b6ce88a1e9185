package org.dossier.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.config.Settings;
import org.dossier.extract.time.Meaning.Clock;
import org.dossier.extract.time.Meaning.SameDay;
import org.dossier.extract.time.TimexGrammar.Candidate;

/**
 * Dossier's time tagger: the shapes of {@link TimexGrammar} over the words of a language's data,
 * values from {@link Normaliser}, tense from the cues of the expression's sentence. Works on raw
 * text; stateless once built, so one instance serves every worker.
 */
public final class RuleTimeTagger implements TimeTagger {

  private final TimexGrammar grammar;
  private final TenseCues tense;
  private final Normaliser normaliser;

  public RuleTimeTagger(List<String> languages, Settings settings) {
    TimeLexicon lexicon = TimeLexicon.load(languages);
    this.grammar = new TimexGrammar(lexicon, settings.integer("time.bare-year.min"), settings.integer("time.bare-year.max"));
    this.tense = new TenseCues(languages);
    String fallback = settings.string("time.default-tense").toUpperCase(Locale.ROOT);
    this.normaliser = new Normaliser(fallback.equals("NEAREST") ? Tense.UNKNOWN : Tense.valueOf(fallback));
  }

  /** The tagger for one language ("fr", "en") with the default settings. */
  public static RuleTimeTagger forLanguage(String language) {
    return new RuleTimeTagger(List.of(language), Settings.defaults());
  }

  @Override
  public List<Timex> tag(String text, List<TextSpan> sentences, ReferenceDate reference) {
    List<TextSpan> spans = sentences.isEmpty() ? Sentences.split(text) : sentences;
    List<Candidate> found = grammar.find(text);
    Normaliser.Value[] values = new Normaliser.Value[found.size()];
    // Dates first: a clock time or "le même jour" takes its day from the dates around it.
    for (int i = 0; i < found.size(); i++) {
      Candidate c = found.get(i);
      if (anchoredToText(c.meaning())) continue;
      Normaliser.Context context = new Normaliser.Context(tenseAt(text, spans, c), null, yearBefore(found, values, i, spans));
      values[i] = normaliser.value(c.meaning(), reference, context);
    }
    for (int i = 0; i < found.size(); i++) {
      Candidate c = found.get(i);
      if (values[i] == null) values[i] = normaliser.value(c.meaning(), reference, new Normaliser.Context(Tense.UNKNOWN, dayAround(found, values, i, spans), null));
    }
    List<Timex> out = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      Candidate c = found.get(i);
      Normaliser.Value v = values[i];
      out.add(new Timex(c.start(), c.end(), text.substring(c.start(), c.end()), v.type(), v.value(), v.precision(), v.resolved()));
    }
    return List.copyOf(out);
  }

  private static boolean anchoredToText(Meaning m) {
    return m instanceof Clock || m instanceof SameDay || m instanceof Meaning.DayPart;
  }

  /** The year named last before candidate i in its sentence ("en 97", "cette année"), if any. */
  private static Integer yearBefore(List<Candidate> found, Normaliser.Value[] values, int i, List<TextSpan> sentences) {
    TextSpan own = sentenceOf(sentences, found.get(i).start(), Integer.MAX_VALUE);
    for (int j = i - 1; j >= 0 && own.contains(found.get(j).start()); j--) {
      Meaning m = found.get(j).meaning();
      boolean namesYear = m instanceof Meaning.Calendar c && c.year() != null || m instanceof Meaning.Shift s && s.unit().equals("Y");
      if (namesYear && values[j] != null && values[j].value().matches("\\d{4}.*")) return Integer.valueOf(values[j].value().substring(0, 4));
    }
    return null;
  }

  private Tense tenseAt(String text, List<TextSpan> sentences, Candidate c) {
    TextSpan s = sentenceOf(sentences, c.start(), text.length());
    return tense.at(text, s, c.start(), c.end());
  }

  /**
   * The day of a clock time or "le même jour": the nearest day in its own sentence, else the last
   * day named before it; null when none is (the reference date then stands).
   */
  private static String dayAround(List<Candidate> found, Normaliser.Value[] values, int i, List<TextSpan> sentences) {
    TextSpan own = sentenceOf(sentences, found.get(i).start(), Integer.MAX_VALUE);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int j = 0; j < found.size(); j++) {
      if (j == i || values[j] == null || !isDay(values[j]) || !own.contains(found.get(j).start())) continue;
      int distance = Math.abs(found.get(j).start() - found.get(i).start());
      if (distance < bestDistance) {
        bestDistance = distance;
        best = values[j].value().substring(0, 10);
      }
    }
    if (best != null) return best;
    for (int j = i - 1; j >= 0; j--) {
      if (values[j] != null && isDay(values[j])) return values[j].value().substring(0, 10);
    }
    return null;
  }

  private static boolean isDay(Normaliser.Value v) {
    return v.value().length() >= 10 && v.value().charAt(4) == '-' && v.value().charAt(7) == '-'
        && (v.type() == TimexType.DATE || v.type() == TimexType.TIME) && !v.value().startsWith("XXXX-W");
  }

  private static TextSpan sentenceOf(List<TextSpan> sentences, int offset, int textLength) {
    for (TextSpan s : sentences) if (s.contains(offset)) return s;
    return new TextSpan(0, Math.min(textLength, Math.max(offset, 0) + 1));
  }
}
