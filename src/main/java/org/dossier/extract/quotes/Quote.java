package org.dossier.extract.quotes;

import java.util.List;

/**
 * A quote of the brief: who said what, where.
 *
 * @param id stable for the same article and span
 * @param speaker the speaker, linked to an entity of the run where one names them; null if unknown
 * @param cue the reporting words as written, or null
 * @param direct true for words in quotation marks, false for reported speech
 * @param article the article id; {@code start}/{@code end} are offsets into its text
 * @param date when it was said, where known (ISO date), else null
 */
public record Quote(String id, String text, Speaker speaker, String cue, boolean direct, String article, int start, int end, String date) {

  /**
   * A speaker: the entity id where resolution found one, and the name to show.
   *
   * @param members for several speaking together ("l'USM et le SM", "les deux hommes"), the entity
   *     id of each, in the order of the name; empty for one speaker
   */
  public record Speaker(String entity, String name, List<String> members) {

    public Speaker {
      members = members == null ? List.of() : List.copyOf(members);
    }

    public Speaker(String entity, String name) {
      this(entity, name, List.of());
    }
  }
}
