package org.dossier.resolve;

import java.util.List;
import org.dossier.extract.entities.EntityType;

/**
 * An actor of the run under one canonical name, with every spelling and every place it is named.
 *
 * @param id stable across runs for the same canonical name and type
 * @param variants the distinct surface forms, most frequent first
 * @param role the role appositions and titles give it most often over the run ("porte-parole du président
 *     Recep Tayyip Erdogan"), or null; each mention has the one given there
 */
public record Entity(String id, String name, EntityType type, List<String> variants, List<EntityMention> mentions, String role) {

  public Entity {
    variants = List.copyOf(variants);
    mentions = List.copyOf(mentions);
  }
}
