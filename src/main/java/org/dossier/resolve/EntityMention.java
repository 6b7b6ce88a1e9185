package org.dossier.resolve;

/**
 * Where an entity is named: the article id and the span in its cleaned text.
 *
 * @param role the role an apposition or a title gives the person there ("ministre de l'Intérieur"), or null:
 *     one person holds several over a run ("président en exercice de l'UE", "président de la République")
 */
public record EntityMention(String article, int start, int end, String text, String role) {}
