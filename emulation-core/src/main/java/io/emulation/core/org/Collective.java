package io.emulation.core.org;

import static java.util.Objects.requireNonNull;

/**
 * A unit competing as a whole (tập thể). Its id is its unit's id; its members are the
 * individuals in that unit and the units below it.
 *
 * @param id the unit's id
 * @param name the unit's name
 * @param rankingUnitId the unit above (or the unit itself at the root), ranked within
 * @since 0.1
 */
public record Collective(String id, String name, String rankingUnitId) implements Participant {

  /** Checks the parts. */
  public Collective {
    Individual.requireId(id, "collective id");
    requireNonNull(name, "name");
    Individual.requireId(rankingUnitId, "ranking unit of collective " + id);
  }

  @Override
  public ParticipantKind kind() {
    return ParticipantKind.COLLECTIVE;
  }
}
