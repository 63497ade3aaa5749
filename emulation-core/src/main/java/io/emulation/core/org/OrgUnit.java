package io.emulation.core.org;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A unit of an organisation: a factory, workshop, department or team. Units form a tree through
 * their parent ids.
 *
 * @param id unique among the organisation's units; a unit competing as a collective lends it
 *     to the collective, so it must differ from every individual's id
 * @param name display name
 * @param parentId the unit above, empty for the root
 * @since 0.1
 */
public record OrgUnit(String id, String name, Optional<String> parentId) {

  /** Checks the parts. */
  public OrgUnit {
    Individual.requireId(id, "unit id");
    requireNonNull(name, "name");
    requireNonNull(parentId, "parentId");
    parentId.ifPresent(parent -> Individual.requireId(parent, "parent of unit " + id));
  }

  /** A root unit. */
  public static OrgUnit root(String id, String name) {
    return new OrgUnit(id, name, Optional.empty());
  }

  /** A unit below {@code parentId}. */
  public static OrgUnit of(String id, String name, String parentId) {
    return new OrgUnit(id, name, Optional.of(parentId));
  }
}
