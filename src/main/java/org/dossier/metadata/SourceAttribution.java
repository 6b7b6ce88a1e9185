package org.dossier.metadata;

import java.util.List;

/**
 * Who published an article and whose copy it carries.
 *
 * @param source the outlet if known, else the agency; null when nothing says
 * @param agencies the news agencies credited, canonical names, strongest evidence first
 * @param evidence the text each name was read from
 */
public record SourceAttribution(String source, List<String> agencies, List<String> evidence) {

  public SourceAttribution {
    agencies = List.copyOf(agencies);
    evidence = List.copyOf(evidence);
  }
}
