package org.dossier.clean;

/**
 * A piece of text the cleaner took out of an article, and the rule that took it: the brief keeps
 * these so a reader can see what was dropped and why.
 */
public record Removal(String text, String rule) {}
