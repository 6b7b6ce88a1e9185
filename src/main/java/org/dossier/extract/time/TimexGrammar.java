package org.dossier.extract.time;

import static org.dossier.extract.time.Patterns.LEFT;
import static org.dossier.extract.time.Patterns.RIGHT;
import static org.dossier.extract.time.Patterns.alternation;
import static org.dossier.extract.time.Patterns.leading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.extract.time.Meaning.Calendar;
import org.dossier.extract.time.Meaning.Clock;
import org.dossier.extract.time.Meaning.DayPart;
import org.dossier.extract.time.Meaning.Fixed;
import org.dossier.extract.time.Meaning.SameDay;
import org.dossier.extract.time.Meaning.Season;
import org.dossier.extract.time.Meaning.Shift;
import org.dossier.extract.time.Meaning.Weekday;

/**
 * The shapes of time expressions, as patterns over the words of a {@link TimeLexicon}: a day and
 * month, a weekday, "la semaine dernière", "il y a deux ans", "trois semaines", "20 h 30"... Each
 * match says what its words mean ({@link Meaning}); where matches overlap, the longest wins.
 *
 * <p>The shapes are shared by the languages; their words are data. Word order that differs (a
 * relative word before or after its unit) is written in the data, not in the shapes.
 */
final class TimexGrammar {

  /** A match: its span and meaning. Higher priority wins between two matches of the same span. */
  record Candidate(int start, int end, Meaning meaning, int priority) {

    int length() {
      return end - start;
    }
  }

  private record Rule(Pattern pattern, int priority, Function<Matcher, Optional<Candidate>> read) {}

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private final TimeLexicon lex;
  private final int bareYearMin;
  private final int bareYearMax;
  private final List<Rule> rules = new ArrayList<>();
  private final Pattern edgeBefore;
  private final Pattern ageBefore;
  private final Pattern personBefore;
  private final Pattern clockCueBefore;
  private final Pattern durationCueBefore;
  private final Pattern yearCueBefore;
  private final Pattern notDuration;
  private final Pattern ageAfter;

  TimexGrammar(TimeLexicon lex, int bareYearMin, int bareYearMax) {
    this.lex = lex;
    this.bareYearMin = bareYearMin;
    this.bareYearMax = bareYearMax;
    String num = "(?:\\d+(?:[.,]\\d+)?|" + lex.numbers.pattern() + ")";
    String suffix = "(?:" + alternation(lex.marker("ordinal-suffix")) + ")";
    String some = alternation(lex.marker("some"));
    String unit = alternation(lex.units.keySet());
    String weekday = alternation(lex.weekdays.keySet());
    String month = alternation(lex.monthForms);
    String fullMonth = alternation(fullMonthForms());
    String dayPart = alternation(lex.dayParts.keySet());
    String article = leading(lex.marker("article"));
    String relAfter = alternation(relatives(false));
    String relBefore = alternation(relatives(true));
    String thisWords = alternation(lex.relatives.entrySet().stream().filter(e -> e.getValue().offset() == 0 && e.getValue().before()).map(Map.Entry::getKey).toList());
    String first = alternation(lex.marker("ordinal-first"));
    String approx = alternation(lex.marker("approx"));
    String edge = alternation(lex.marker("edge"));
    String twoDigitYear = "\\d{2}(?!\\s*[\\p{L}\\p{N}%])";

    // 2020-02-06
    add(LEFT + "(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})" + RIGHT, 5, m -> calendar(m, m.group("y"), m.group("m"), m.group("d"), null));
    // 06/02/2020, 06.02.2020
    add(LEFT + "(?<a>\\d{1,2})[./](?<b>\\d{1,2})[./](?<y>\\d{4})" + RIGHT, 5, m -> lex.dayFirst
        ? calendar(m, m.group("y"), m.group("b"), m.group("a"), null)
        : calendar(m, m.group("y"), m.group("a"), m.group("b"), null));
    // le mardi 1er juin 1999 dernier, 6 fév 2020, 24 décembre
    add(LEFT + "(?:" + article + ")?(?:(?<wd>" + weekday + "),?\\s+)?(?<d>" + first + "|\\d{1,2})" + suffix + "?\\s+(?<m>" + month + ")(?:\\.(?=\\s*\\d))?"
        + "(?:\\s+(?<y>\\d{4}|" + twoDigitYear + ")" + RIGHT + ")?(?:\\s+(?<rel>" + relAfter + "))?" + RIGHT, 4,
        m -> dayMonth(m));
    if (!lex.dayFirst) {
      // February 6, 2020
      add(LEFT + "(?:(?<wd>" + weekday + "),?\\s+)?(?<m>" + month + ")\\.?\\s+(?<d>\\d{1,2})" + suffix + "?(?:,?\\s+(?<y>\\d{4}))?" + RIGHT, 4, m -> dayMonth(m));
    }
    // octobre 2019, octobre 98
    add(LEFT + "(?<m>" + fullMonth + "|" + month + "(?=\\.?\\s+\\d{4}))\\.?\\s+(?<y>\\d{4}|" + twoDigitYear + ")" + RIGHT, 3,
        m -> calendar(m, m.group("y"), monthNumber(m.group("m")), null, null));
    // octobre, septembre dernier
    add(LEFT + "(?<m>" + fullMonth + ")(?:\\s+(?<rel>" + relAfter + "))?" + RIGHT, 2, m -> bareMonth(m));
    // 2018, l'année 2001
    add(LEFT + "(?:(?<yw>" + alternation(lex.marker("year")) + ")\\s*)?(?<y>\\d{4})" + RIGHT, 2, m -> year(m));
    // en 97
    add(LEFT + "(?:" + alternation(lex.marker("year-cue")) + ")\\s+(?<y>" + twoDigitYear + ")", 2,
        m -> Optional.of(new Candidate(m.start("y"), m.end("y"), new Calendar(Integer.parseInt(m.group("y")), true, null, null, null, null), 2)));
    // les années 60, les années 1990
    add(LEFT + "(?:" + alternation(lex.marker("decade")) + ")\\s+(?<d>\\d{2}|\\d{4})" + RIGHT, 3, m -> decade(m));
    // le XIXe siècle
    add(LEFT + "(?<c>[IVXL]+|\\d{1,2})" + suffix + "\\s+(?:" + alternation(lex.marker("century")) + ")" + RIGHT, 3, m -> century(m));
    // mardi, le mercredi, ce dimanche, mercredi dernier, lundi prochain, mardi soir, last Monday
    add(LEFT + "(?:(?<art>" + article + ")|(?<rb>" + relBefore + ")\\s+)?(?<wd>" + weekday + ")(?:\\s+(?<rel>" + relAfter + "))?(?:\\s+(?<dp>" + dayPart + "))?" + RIGHT, 2,
        m -> weekday(m));
    // hier, hier soir, aujourd'hui vendredi, hier en début d'après-midi, hier à 10 h; maintenant, quinquennat
    String clockWords = alternation(lex.marker("clock"));
    add(LEFT + "(?<w>" + alternation(lex.words.keySet()) + ")"
        + "(?:\\s+(?:(?<wd>" + weekday + ")|(?:(?:" + alternation(lex.marker("part-link")) + ")\\s+)?(?:(?:" + edge + ")\\s+(?:" + alternation(lex.marker("edge-link")) + ")\\s*)?(?<dp>" + dayPart + ")"
        + "))?" + RIGHT, 3,
        m -> word(m));
    // la semaine dernière, l'an prochain, cette année, last week
    add(LEFT + "(?:(?<rb>" + relBefore + ")\\s+|(?<art>" + article + "))(?<u>" + unit + ")(?:\\s+(?<rel>" + relAfter + "))?" + RIGHT, 2, m -> relativeUnit(m));
    // la fin de l'année: a period's edge names the current one
    add(LEFT + "(?:" + article + ")?(?:" + edge + ")\\s+(?:" + alternation(lex.marker("edge-link")) + ")\\s*(?:" + article + ")?(?<u>" + unit + ")" + RIGHT, 1,
        m -> lex.unit(m.group("u")).filter(u -> !isTimeUnit(u.code()) && u.multiplier() == 1 && !m.group("u").toLowerCase().endsWith("s"))
            .map(u -> new Candidate(m.start(), m.end(), new Shift(u.code(), 0, false, null), 1)));
    // il y a deux ans, dans trois jours
    add(LEFT + "(?<ago>" + alternation(lex.marker("ago")) + ")\\s+(?:(?:" + approx + ")\\s+)?(?<n>" + num + ")\\s+(?<u>" + unit + ")" + RIGHT, 3, m -> agoOrIn(m, -1));
    add(LEFT + "(?<n>" + num + ")\\s+(?<u>" + unit + ")\\s+(?:" + alternation(lex.marker("ago-after")) + ")" + RIGHT, 3, m -> agoOrIn(m, -1));
    add(LEFT + "(?:" + alternation(lex.marker("in")) + ")\\s+(?<n>" + num + ")\\s+(?<u>" + unit + ")" + RIGHT, 3, m -> agoOrIn(m, 1));
    // ces derniers jours, ces dernières 24 heures, les prochaines semaines
    add(LEFT + "(?:" + alternation(lex.marker("last-n")) + ")\\s+(?:(?<n>" + num + ")\\s+)?(?<rel>" + alternation(relatives(null)) + ")\\s+(?:(?<n2>" + num + ")\\s+)?(?<u>" + unit + ")" + RIGHT, 3,
        m -> lastN(m));
    // trois semaines, environ deux mois, plusieurs jours, 30,4 secondes
    add(LEFT + "(?:(?<ap>" + approx + ")\\s+)?(?<n>" + num + "|" + some + ")\\s+(?<u>" + unit + ")" + RIGHT, 2, m -> duration(m));
    // chaque année, tous les jeudis, tous les deux ans
    add(LEFT + "(?:" + alternation(lex.marker("each")) + ")\\s+(?:(?<n>" + num + ")\\s+)?(?:(?<u>" + unit + ")|(?<wd>" + weekday + ")s?)" + RIGHT, 3, m -> each(m));
    // par an: only the unit is the expression
    add(LEFT + "(?:" + alternation(lex.marker("per")) + ")\\s+(?<u>" + unit + ")" + RIGHT, 1,
        m -> lex.unit(m.group("u")).map(u -> new Candidate(m.start("u"), m.end("u"), new Fixed(TimexType.SET, durationValue(1, u), precisionOf(u)), 1)));
    // 20 h 30, 14 heures, 20:30
    add(LEFT + "(?<h>\\d{1,2})\\s*(?<hw>" + clockWords + ")(?:\\s*(?<mi>\\d{2}))?" + RIGHT, 3, m -> clock(m));
    add(LEFT + "(?<h>\\d{1,2}):(?<mi>\\d{2})" + RIGHT + "(?!:\\d)", 3, m -> clock(m));
    // midi, minuit
    List<String> namedClocks = lex.dayParts.entrySet().stream().filter(e -> e.getValue().contains(":")).map(Map.Entry::getKey).toList();
    add("(?<![\\p{L}\\p{N}-])(?<np>" + alternation(namedClocks) + ")" + RIGHT, 2, m -> namedClock(m));
    // la nuit, la soirée: of the day last named
    List<String> parts = lex.dayParts.entrySet().stream().filter(e -> !e.getValue().contains(":")).map(Map.Entry::getKey).toList();
    add(LEFT + "(?:" + article + ")(?<dp>" + alternation(parts) + ")" + RIGHT, 1,
        m -> Optional.of(new Candidate(m.start(), m.end(), new DayPart(lex.dayParts.get(TimeLexicon.key(m.group("dp")))), 1)));
    // la nuit de samedi à dimanche: the part of the day of the first day
    add(LEFT + "(?:" + article + ")?(?<dp>" + alternation(parts) + ")\\s+(?:" + alternation(lex.marker("edge-link")) + ")\\s*(?<wd>" + weekday + ")\\s+(?:" + alternation(lex.marker("range")) + ")\\s+(?:" + weekday + ")" + RIGHT, 3,
        m -> Optional.of(new Candidate(m.start(), m.end(), new Weekday(lex.weekday(m.group("wd")).orElseThrow(), null, false, lex.dayParts.get(TimeLexicon.key(m.group("dp")))), 3)));
    // the first of two days or amounts sharing a month or a unit: "du 19 au 23 juillet", "les 6 et 13 avril", "de 8 à 24 mois"
    String range = alternation(lex.marker("range"));
    add(LEFT + "(?:(?<les>" + alternation(lex.marker("range-article")) + ")\\s+)?(?<d>" + first + "|\\d{1,2})" + suffix + "?(?=\\s+(?:" + range + ")\\s+\\d{1,2}" + suffix + "?\\s+(?<m>" + month + ")" + RIGHT + ")", 1,
        m -> dayMonth(m).map(c -> new Candidate(m.group("les") != null ? m.start("les") : m.start("d"), m.end("d"), c.meaning(), 1)));
    add(LEFT + "(?<n>" + num + ")(?=\\s+(?:" + range + ")\\s+" + num + "\\s+(?<u>" + unit + ")" + RIGHT + ")", 1, m -> duration(m));
    // l'été, cet hiver, en automne, l'été 2003
    add(LEFT + "(?:(?<art>" + article + ")|(?<rb>" + thisWords + ")\\s+|(?<en>" + alternation(lex.marker("year-cue")) + ")\\s+)(?<s>" + alternation(lex.seasons.keySet()) + ")(?:\\s+(?<y>\\d{4}))?(?:\\s+(?<rel>" + relAfter + "))?" + RIGHT, 2,
        m -> season(m));

    String link = alternation(lex.marker("edge-link"));
    this.edgeBefore = Pattern.compile("(?:" + article + ")?(?:" + edge + ")(?:\\s*-\\s*|\\s+(?:" + link + ")\\s*|\\s+)$", FLAGS);
    this.ageBefore = Pattern.compile("(?:" + alternation(lex.marker("age-before")) + ")\\s*$", FLAGS);
    this.personBefore = Pattern.compile(LEFT + "(?:" + alternation(lex.marker("person")) + ")s?\\s+(?:de|d['’]|of)\\s*(?:\\d+\\s+(?:" + alternation(lex.marker("range")) + ")\\s+)?$", FLAGS);
    this.clockCueBefore = Pattern.compile(LEFT + "(?:" + alternation(lex.marker("clock-cue")) + ")\\s+$", FLAGS);
    this.durationCueBefore = Pattern.compile(LEFT + "(?:" + alternation(lex.marker("duration-cue")) + ")\\s+$", FLAGS);
    this.yearCueBefore = Pattern.compile(LEFT + "(?:" + alternation(lex.marker("year-cue")) + ")\\s+$", FLAGS);
    this.ageAfter = Pattern.compile("\\s*(?:" + alternation(lex.marker("age-after")) + ")" + RIGHT, FLAGS);
    this.notDuration = Pattern.compile("(?:" + alternation(lex.marker("not-duration")) + ")", FLAGS);
  }

  /** Every expression of {@code text}, longest first where they overlap, in text order. */
  List<Candidate> find(String text) {
    List<Candidate> all = new ArrayList<>();
    INPUT.set(text);
    try {
      for (Rule rule : rules) {
        Matcher m = rule.pattern.matcher(text);
        while (m.find()) {
          Optional<Candidate> c = rule.read.apply(m);
          c.map(x -> new Candidate(x.start(), x.end(), x.meaning(), rule.priority)).map(x -> withEdge(text, x)).ifPresent(all::add);
        }
      }
    } finally {
      INPUT.remove();
    }
    all.sort(Comparator.comparingInt(Candidate::length).reversed().thenComparing(Comparator.comparingInt(Candidate::priority).reversed()).thenComparingInt(Candidate::start));
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : all) {
      if (kept.stream().noneMatch(k -> k.start() < c.end() && c.start() < k.end())) kept.add(c);
    }
    kept.sort(Comparator.comparingInt(Candidate::start));
    return kept;
  }

  private void add(String regex, int priority, Function<Matcher, Optional<Candidate>> read) {
    rules.add(new Rule(Pattern.compile(regex, FLAGS), priority, read));
  }

  /** "début octobre", "la fin de l'année dernière": the edge word joins the span, the value stays. */
  private Candidate withEdge(String text, Candidate c) {
    boolean period = c.meaning() instanceof Calendar cal && cal.day() == null
        || c.meaning() instanceof Shift s && !s.unit().equals("D") && s.suffix() == null
        || c.meaning() instanceof Season
        || c.meaning() instanceof Fixed f && f.type() == TimexType.DATE;
    if (!period) return c;
    Matcher m = edgeBefore.matcher(text).region(Math.max(0, c.start() - 30), c.start());
    if (m.find() && m.end() == c.start() && (m.start() == 0 || !Character.isLetter(text.charAt(m.start() - 1)))) {
      return new Candidate(m.start(), c.end(), c.meaning(), c.priority());
    }
    return c;
  }

  private Optional<Candidate> calendar(Matcher m, String y, String mo, String d, Integer rel) {
    return calendar(m, y, mo, d, rel, null);
  }

  private Optional<Candidate> calendar(Matcher m, String y, String mo, String d, Integer rel, Integer weekday) {
    if (mo == null) return Optional.empty();
    int month = Integer.parseInt(mo);
    Integer day = d == null ? null : Integer.valueOf(d);
    if (month < 1 || month > 12 || day != null && !validDay(month, day)) return Optional.empty();
    Integer year = y == null ? null : Integer.valueOf(y.replace("'", ""));
    boolean twoDigits = y != null && y.length() == 2;
    return Optional.of(new Candidate(m.start(), m.end(), new Calendar(year, twoDigits, month, day, rel, weekday), 0));
  }

  private Optional<Candidate> dayMonth(Matcher m) {
    String d = m.group("d");
    String day = lex.marker("ordinal-first").stream().anyMatch(f -> f.equalsIgnoreCase(d)) ? "1" : d;
    String relWord = groupOrNull(m, "rel");
    Integer rel = relWord == null ? null : lex.relative(relWord).map(TimeLexicon.Relative::offset).orElse(null);
    String y = groupOrNull(m, "y");
    String wd = groupOrNull(m, "wd");
    Integer weekday = wd == null ? null : lex.weekday(wd).orElse(null);
    return calendar(m, y, monthNumber(m.group("m")), day, rel, weekday);
  }

  private Optional<Candidate> bareMonth(Matcher m) {
    String name = m.group("m");
    if (lex.lowerCaseMonths && Character.isUpperCase(name.charAt(0)) && !startsSentence(m)) return Optional.empty();
    Integer rel = m.group("rel") == null ? null : lex.relative(m.group("rel")).map(TimeLexicon.Relative::offset).filter(o -> o != 0).orElse(null);
    int month = Integer.parseInt(monthNumber(name));
    int end = rel == null && m.group("rel") != null ? m.end("m") : m.end();
    return Optional.of(new Candidate(m.start(), end, new Calendar(null, false, month, null, rel, null), 0));
  }

  private Optional<Candidate> year(Matcher m) {
    int y = Integer.parseInt(m.group("y"));
    String before = textBefore(m, 20);
    boolean cued = m.group("yw") != null || yearCueBefore.matcher(before).find();
    if (y < 1000 || y > bareYearMax || y < bareYearMin && !cued) return Optional.empty();
    // "2 000 habitants", "2018,5", "1999 %": a quantity, not a year
    String after = textAfter(m, 6);
    if (before.matches("(?s).*\\d[\\s.]?$") || after.matches("(?s)^(?:[.,]\\d|\\s?\\d{3}|\\s*[%€$£]).*")) return Optional.empty();
    return Optional.of(new Candidate(m.start(), m.end(), new Calendar(y, false, null, null, null, null), 0));
  }

  private Optional<Candidate> decade(Matcher m) {
    String d = m.group("d");
    if (!d.endsWith("0")) return Optional.empty();
    String value = d.length() == 2 ? "19" + d.charAt(0) + "X" : d.substring(0, 3) + "X";
    return Optional.of(new Candidate(m.start(), m.end(), new Fixed(TimexType.DATE, value, Precision.DECADE), 0));
  }

  private Optional<Candidate> century(Matcher m) {
    String c = m.group("c");
    int n = c.chars().allMatch(Character::isDigit) ? Integer.parseInt(c) : roman(c);
    if (n < 1 || n > 30) return Optional.empty();
    return Optional.of(new Candidate(m.start(), m.end(), new Fixed(TimexType.DATE, String.format("%02dXX", n - 1), Precision.CENTURY), 0));
  }

  private Optional<Candidate> weekday(Matcher m) {
    int day = lex.weekday(m.group("wd")).orElseThrow();
    String name = m.group("wd");
    if (Character.isUpperCase(name.charAt(0)) && Character.isLowerCase(name.charAt(name.length() - 1)) && !startsSentence(m) && textAfter(m, 3).matches("\\s+\\p{Lu}.*")) {
      // "le Vendredi Saint": a name, not a day
      return Optional.empty();
    }
    Integer rel = null;
    boolean nearest = false;
    if (m.group("rb") != null) {
      int offset = lex.relative(m.group("rb")).map(TimeLexicon.Relative::offset).orElse(0);
      if (offset == 0) nearest = true;
      else rel = offset;
    }
    if (m.group("rel") != null) rel = lex.relative(m.group("rel")).map(TimeLexicon.Relative::offset).filter(o -> o != 0).orElse(rel);
    String part = m.group("dp") == null ? null : lex.dayParts.get(TimeLexicon.key(m.group("dp")));
    if (m.group("art") != null && rel == null && !nearest && part == null) {
      // "le mercredi" without a date: every Wednesday
      return Optional.of(new Candidate(m.start(), m.end(), new Fixed(TimexType.SET, "XXXX-WXX-" + day, Precision.DAY), 0));
    }
    int start = m.group("art") != null ? m.start("wd") : m.start();
    return Optional.of(new Candidate(start, m.end(), new Weekday(day, rel, nearest, part), 0));
  }

  private Optional<Candidate> word(Matcher m) {
    TimeLexicon.Word w = lex.words.get(TimeLexicon.key(m.group("w")));
    String meaning = w.meaning();
    Matcher shift = Pattern.compile("(day|week)([+-]\\d+)(?::(\\w+))?").matcher(meaning);
    boolean dayWord = shift.matches() && shift.group(1).equals("day");
    int end = dayWord ? m.end() : m.end("w");
    if (meaning.startsWith("same-day")) {
      int offset = meaning.length() > 8 ? Integer.parseInt(meaning.substring(8)) : 0;
      return Optional.of(new Candidate(m.start(), m.end("w"), new SameDay(offset), 0));
    }
    if (!shift.matches()) {
      Precision p = meaning.endsWith("_REF") ? Precision.NONE : meaning.startsWith("P") ? durationPrecision(meaning) : Precision.DAY;
      return Optional.of(new Candidate(m.start(), end, new Fixed(w.type(), meaning, p), 0));
    }
    int amount = Integer.parseInt(shift.group(2));
    if (shift.group(1).equals("week")) return Optional.of(new Candidate(m.start(), end, new Shift("W", amount, false, shift.group(3)), 0));
    if (m.group("wd") != null && dayWord) {
      // "aujourd'hui vendredi": the weekday only confirms the day
      return Optional.of(new Candidate(m.start(), end, new Shift("D", amount, true, shift.group(3)), 0));
    }
    String suffix = shift.group(3);
    if (m.group("dp") != null) suffix = lex.dayParts.get(TimeLexicon.key(m.group("dp")));
    return Optional.of(new Candidate(m.start(), end, new Shift("D", amount, true, suffix), 0));
  }

  private Optional<Candidate> relativeUnit(Matcher m) {
    Optional<TimeLexicon.Unit> unit = lex.unit(m.group("u"));
    if (unit.isEmpty() || isTimeUnit(unit.get().code())) return Optional.empty();
    Integer offset = null;
    if (m.group("rb") != null) offset = lex.relative(m.group("rb")).map(TimeLexicon.Relative::offset).orElse(null);
    if (m.group("rel") != null) offset = lex.relative(m.group("rel")).map(TimeLexicon.Relative::offset).orElse(offset);
    if (offset == null) return Optional.empty();
    TimeLexicon.Unit u = unit.get();
    if (u.code().equals("D")) return Optional.empty();
    return Optional.of(new Candidate(m.start(), m.end(), new Shift(u.code(), offset * u.multiplier(), false, null), 0));
  }

  private Optional<Candidate> agoOrIn(Matcher m, int sign) {
    OptionalLong n = count(m.group("n"));
    Optional<TimeLexicon.Unit> unit = lex.unit(m.group("u"));
    if (notDuration.matcher(m.group("n") + " " + m.group("u")).matches()) return Optional.empty();
    if (n.isEmpty() || unit.isEmpty() || isTimeUnit(unit.get().code()) || n.getAsLong() > 10_000) return Optional.empty();
    TimeLexicon.Unit u = unit.get();
    int amount = (int) (sign * n.getAsLong() * u.multiplier());
    boolean toDay = u.code().equals("D") || u.code().equals("W");
    return Optional.of(new Candidate(m.start(), m.end(), new Shift(u.code(), amount, toDay, null), 0));
  }

  private Optional<Candidate> lastN(Matcher m) {
    Optional<TimeLexicon.Relative> rel = lex.relative(m.group("rel"));
    Optional<TimeLexicon.Unit> unit = lex.unit(m.group("u"));
    if (rel.isEmpty() || rel.get().offset() == 0 || unit.isEmpty()) return Optional.empty();
    String n = m.group("n") != null ? m.group("n") : m.group("n2");
    OptionalLong count = n == null ? OptionalLong.empty() : count(n);
    if (n == null && !isPlural(m.group("u"))) return Optional.empty();
    String amount = count.isPresent() ? Long.toString(count.getAsLong() * unit.get().multiplier()) : "X";
    return Optional.of(new Candidate(m.start(), m.end(), new Fixed(TimexType.DURATION, durationValue(amount, unit.get()), precisionOf(unit.get())), 0));
  }

  private Optional<Candidate> duration(Matcher m) {
    Optional<TimeLexicon.Unit> unit = lex.unit(m.group("u"));
    if (unit.isEmpty()) return Optional.empty();
    String n = m.group("n");
    String ap = groupOrNull(m, "ap");
    int start = ap != null ? m.start("ap") : m.start("n");
    if (notDuration.matcher(n + " " + m.group("u")).matches()) return Optional.empty();
    String before = textBefore(m, 40);
    String beforeNumber = INPUT.get().subSequence(Math.max(0, m.start("n") - 40), m.start("n")).toString();
    if (unit.get().code().equals("Y") && isAge(beforeNumber, textAfter(m, 12))) return Optional.empty();
    if (unit.get().code().equals("H") && clockCueBefore.matcher(before).find() && count(n).orElse(99) <= 24 && ap == null) {
      return Optional.empty();
    }
    String amount;
    if (lex.marker("some").stream().anyMatch(s -> TimeLexicon.key(s).equals(TimeLexicon.key(n)))) {
      amount = "X";
    } else if (n.matches("\\d+[.,]\\d+")) {
      amount = n.replace(',', '.');
    } else {
      OptionalLong c = count(n);
      if (c.isEmpty()) return Optional.empty();
      amount = Long.toString(c.getAsLong() * unit.get().multiplier());
    }
    return Optional.of(new Candidate(start, m.end(), new Fixed(TimexType.DURATION, durationValue(amount, unit.get()), precisionOf(unit.get())), 0));
  }

  private Optional<Candidate> each(Matcher m) {
    if (m.group("wd") != null) {
      int day = lex.weekday(m.group("wd")).orElseThrow();
      return Optional.of(new Candidate(m.start(), m.end(), new Fixed(TimexType.SET, "XXXX-WXX-" + day, Precision.DAY), 0));
    }
    Optional<TimeLexicon.Unit> unit = lex.unit(m.group("u"));
    if (unit.isEmpty()) return Optional.empty();
    long n = m.group("n") == null ? 1 : count(m.group("n")).orElse(1);
    return Optional.of(new Candidate(m.start(), m.end(), new Fixed(TimexType.SET, durationValue(Long.toString(n * unit.get().multiplier()), unit.get()), precisionOf(unit.get())), 0));
  }

  private Optional<Candidate> clock(Matcher m) {
    int h = Integer.parseInt(m.group("h"));
    int mi = m.group("mi") == null ? 0 : Integer.parseInt(m.group("mi"));
    if (h > 24 || mi > 59) return Optional.empty();
    String before = textBefore(m, 20);
    String hw = groupOrNull(m, "hw");
    boolean abbreviation = hw != null && lex.unit(hw).isEmpty();
    if (hw != null && !abbreviation && !clockCueBefore.matcher(before).find()) return Optional.empty();
    if (abbreviation && m.group("mi") == null && durationCueBefore.matcher(before).find()) {
      return Optional.of(new Candidate(m.start(), m.end(), new Fixed(TimexType.DURATION, "PT" + h + "H", Precision.HOUR), 0));
    }
    return Optional.of(new Candidate(m.start(), m.end(), new Clock(h % 24, mi), 0));
  }

  private Optional<Candidate> namedClock(Matcher m) {
    String value = lex.dayParts.get(TimeLexicon.key(m.group("np")));
    if (Character.isUpperCase(m.group("np").charAt(0)) && !startsSentence(m)) return Optional.empty();
    String[] hm = value.split(":");
    return Optional.of(new Candidate(m.start(), m.end(), new Clock(Integer.parseInt(hm[0]), Integer.parseInt(hm[1])), 0));
  }

  private Optional<Candidate> season(Matcher m) {
    String code = lex.seasons.get(TimeLexicon.key(m.group("s")));
    Integer year = m.group("y") == null ? null : Integer.valueOf(m.group("y"));
    Integer rel = m.group("rel") == null ? null : lex.relative(m.group("rel")).map(TimeLexicon.Relative::offset).orElse(null);
    if (m.group("rb") != null && rel == null) rel = 0;
    int start = m.group("en") != null ? m.start("s") : m.start();
    return Optional.of(new Candidate(start, m.end(), new Season(code, year, rel), 0));
  }

  private boolean isAge(String before, String after) {
    if (ageBefore.matcher(before).find() || personBefore.matcher(before).find()) return true;
    // "un jeune Britannique de 15 ans", "les 0-6 ans"
    if (before.matches("(?s).*\\p{Lu}\\p{Ll}+\\s+(?:de|d['’])\\s*$") || before.matches("(?s).*\\d\\s*-\\s*$")) return true;
    // "Elvis Weiss, 20 ans, ..." : an apposition after a name
    if (before.matches("(?s).*\\p{Lu}[\\p{L}-]*\\s*,\\s*$") && after.matches("(?s)^\\s*[,).;].*")) return true;
    // "un chauffeur de bus de 38 ans a été..." : "de N ans" then the verb of its noun
    return before.matches("(?s).*(?:de|d['’])\\s*$") && ageAfter.matcher(after).lookingAt();
  }

  private OptionalLong count(String n) {
    if (n == null) return OptionalLong.empty();
    if (n.matches("\\d+")) return OptionalLong.of(Long.parseLong(n));
    if (n.matches("\\d+[.,]\\d+")) return OptionalLong.empty();
    return lex.numbers.value(n);
  }

  private String monthNumber(String name) {
    return Integer.toString(lex.months.month(name).orElseThrow());
  }

  /** Month forms safe on their own: each row's first form and the longer spellings, not "sept" or "mar". */
  private List<String> fullMonthForms() {
    List<String> out = new ArrayList<>();
    for (String f : lex.monthForms) {
      if (f.length() > 4 || f.equalsIgnoreCase(monthNameOf(f))) out.add(f);
    }
    return out;
  }

  private String monthNameOf(String form) {
    int n = lex.months.month(form).orElse(0);
    return lex.monthForms.stream().filter(f -> lex.months.month(f).orElse(-1) == n).findFirst().orElse("");
  }

  private List<String> relatives(Boolean before) {
    return lex.relatives.entrySet().stream()
        .filter(e -> before == null ? e.getValue().offset() != 0 : before ? e.getValue().before() : e.getValue().after())
        .map(Map.Entry::getKey).toList();
  }

  private boolean isPlural(String unitForm) {
    String k = TimeLexicon.key(unitForm);
    return k.endsWith("s") || k.endsWith("x");
  }

  private static boolean isTimeUnit(String code) {
    return code.equals("H") || code.equals("MIN") || code.equals("S");
  }

  static String durationValue(long n, TimeLexicon.Unit u) {
    return durationValue(Long.toString(n * u.multiplier()), u);
  }

  static String durationValue(String amount, TimeLexicon.Unit u) {
    return switch (u.code()) {
      case "H" -> "PT" + amount + "H";
      case "MIN" -> "PT" + amount + "M";
      case "S" -> "PT" + amount + "S";
      default -> "P" + amount + u.code();
    };
  }

  static Precision precisionOf(TimeLexicon.Unit u) {
    return switch (u.code()) {
      case "H" -> Precision.HOUR;
      case "MIN" -> Precision.MINUTE;
      case "S" -> Precision.SECOND;
      case "D" -> Precision.DAY;
      case "W" -> Precision.WEEK;
      case "M" -> u.multiplier() == 3 ? Precision.QUARTER : Precision.MONTH;
      default -> u.multiplier() >= 100 ? Precision.CENTURY : u.multiplier() >= 10 ? Precision.DECADE : Precision.YEAR;
    };
  }

  private static Precision durationPrecision(String value) {
    char last = value.charAt(value.length() - 1);
    boolean time = value.startsWith("PT");
    return switch (last) {
      case 'Y' -> Precision.YEAR;
      case 'W' -> Precision.WEEK;
      case 'D' -> Precision.DAY;
      case 'H' -> Precision.HOUR;
      case 'S' -> Precision.SECOND;
      case 'M' -> time ? Precision.MINUTE : Precision.MONTH;
      default -> Precision.NONE;
    };
  }

  private static boolean validDay(int month, int day) {
    return day >= 1 && day <= java.time.Month.of(month).maxLength();
  }

  private static int roman(String s) {
    int total = 0;
    int prev = 0;
    for (int i = s.length() - 1; i >= 0; i--) {
      int v = switch (Character.toUpperCase(s.charAt(i))) {
        case 'I' -> 1;
        case 'V' -> 5;
        case 'X' -> 10;
        case 'L' -> 50;
        default -> 0;
      };
      total += v < prev ? -v : v;
      prev = Math.max(prev, v);
    }
    return total;
  }

  private static String groupOrNull(Matcher m, String name) {
    try {
      return m.group(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean startsSentence(Matcher m) {
    String before = textBefore(m, 3).strip();
    return before.isEmpty() || before.endsWith(".") || before.endsWith("!") || before.endsWith("?") || before.endsWith("»") || before.endsWith("\"");
  }

  private static String textBefore(Matcher m, int n) {
    CharSequence s = textOf(m);
    return s.subSequence(Math.max(0, m.start() - n), m.start()).toString();
  }

  private static String textAfter(Matcher m, int n) {
    CharSequence s = textOf(m);
    return s.subSequence(m.end(), Math.min(s.length(), m.end() + n)).toString();
  }

  private static CharSequence textOf(Matcher m) {
    return INPUT.get();
  }

  /** The text being scanned: a Matcher does not give its input back, and the rules look around it. */
  private static final ThreadLocal<CharSequence> INPUT = new ThreadLocal<>();
}
