package org.dossier.synthesise;

/** A sentence of an article: the article id and the sentence's index in it. */
public record SentenceRef(String article, int sentence) {}
