package org.dossier.analyse;

/**
 * One arc of a Universal Dependencies parse: token indexes within the sentence, 0-based; the root's
 * head is -1.
 */
public record Dependency(int head, int dependent, String relation) {}
