package org.dossier.copies;

/** A paragraph of an article: the article id and the paragraph's index, from 0, in the paragraphs given. */
public record ParagraphRef(String article, int paragraph) {}
