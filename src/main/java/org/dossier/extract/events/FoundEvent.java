package org.dossier.extract.events;

import org.dossier.extract.time.Precision;

/**
 * Something an article says happened (or is scheduled) at a date it gives, before its actors are
 * linked to the run's entities.
 *
 * @param date a calendar value: "2020-02-05", "2020-02", "2018", or "XXXX-12-23" when the article
 *     gives the day and month but nothing gives the year
 * @param precision day, month or year
 * @param sentence the index of the sentence in the article's analysis
 * @param start offset of the clause in the article text; {@code text} is text[start:end]
 * @param timexStart offset of the date expression it was dated by ({@code timexEnd} after it)
 */
public record FoundEvent(String date, Precision precision, String text, int sentence, int start, int end, int timexStart, int timexEnd) {}
