package org.dossier.metadata;

/**
 * What Dossier knows about an article besides its text.
 *
 * @param title the headline, or null
 * @param language ISO 639-1 code, or "und"
 * @param published the publication date and its evidence, or null when nothing states it
 * @param source outlet and agencies
 * @param dateline the place the story was filed from, or null
 * @param url the article's address, or null
 */
public record Metadata(String title, String language, Published published, SourceAttribution source, String dateline, String url) {}
