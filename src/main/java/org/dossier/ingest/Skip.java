package org.dossier.ingest;

/** Why an input yielded no article: the thrown-away case is a value, never a null or a lost file. */
public record Skip(String file, String reason) {}
