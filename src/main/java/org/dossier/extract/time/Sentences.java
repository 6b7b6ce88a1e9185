package org.dossier.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A light sentence split for raw text, used when the caller has no analysis: tense cues only need
 * to stay inside roughly the right sentence, so a missed abbreviation costs little.
 */
final class Sentences {

  /** An end mark followed by space and a capital, a digit or an opening quote; or a line break. */
  private static final Pattern END = Pattern.compile("(?<![\\s.][\\p{Lu}])[.!?…]+[»\"”]?(?=\\s+[\\p{Lu}\\d«\"“(])|\\n+");

  private Sentences() {}

  static List<TextSpan> split(String text) {
    List<TextSpan> out = new ArrayList<>();
    Matcher m = END.matcher(text);
    int start = 0;
    while (m.find()) {
      if (m.end() > start) out.add(new TextSpan(start, m.end()));
      start = m.end();
    }
    if (start < text.length()) out.add(new TextSpan(start, text.length()));
    return out;
  }
}
