package org.dossier.render;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.brief.Brief;
import org.dossier.extract.entities.EntityType;
import org.dossier.resolve.Entity;
import org.dossier.resolve.EntityMention;

/** The entities of a brief as the human formats show them: grouped by type, articles numbered. */
final class EntityGroups {

  static final Map<EntityType, String> HEADINGS = Map.of(EntityType.PER, "People", EntityType.ORG, "Organisations", EntityType.LOC, "Places and states", EntityType.MISC, "Other");

  private EntityGroups() {}

  static Map<EntityType, List<Entity>> byType(Brief brief) {
    Map<EntityType, List<Entity>> groups = new EnumMap<>(EntityType.class);
    for (Entity e : brief.entities()) {
      groups.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(e);
    }
    return groups;
  }

  /** The canonical names of a brief's entities, read once for all its entries. */
  static Set<String> names(Brief brief) {
    Set<String> names = new java.util.HashSet<>();
    for (Entity e : brief.entities()) names.add(e.name());
    return names;
  }

  /** The 1-based numbers of the articles an entity appears in, in brief order. */
  static List<Integer> articleNumbers(Brief brief, Entity entity) {
    Set<String> ids = new LinkedHashSet<>();
    for (EntityMention m : entity.mentions()) ids.add(m.article());
    return Display.articleNumbers(brief, ids);
  }

  /**
   * The spellings other than the canonical name, as shown. One that is also another entry's name
   * says so: "Ankara" stands for Turkey where Ankara acts ("Ankara ne cesse de hausser le ton")
   * and is the city elsewhere, listed on its own, so the two counts do not overlap.
   *
   * @param names the names of all the brief's entries ({@link #names}); a spelling other than this
   *     entry's own name that stands among them is another entry's
   */
  static List<String> otherVariants(Set<String> names, Entity entity) {
    return entity.variants().stream().filter(v -> !v.equals(entity.name()))
        .map(v -> names.contains(v) ? v + " (where it stands for " + entity.name() + "; also listed on its own)" : v).toList();
  }
}
