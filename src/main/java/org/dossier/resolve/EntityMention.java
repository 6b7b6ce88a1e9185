package org.dossier.resolve;

/** Where an entity is named: the article id and the span in its cleaned text. */
public record EntityMention(String article, int start, int end, String text) {}
