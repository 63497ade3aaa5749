package io.emulation.core.campaign;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import io.emulation.core.org.Individual;
import io.emulation.core.org.Organisation;
import io.emulation.core.org.Participant;
import java.util.Arrays;

/**
 * Who takes part in a campaign: everyone, or the people and collectives within some units,
 * less named exclusions.
 *
 * @param units the units whose subtrees take part; empty means the whole organisation
 * @param excluded participant ids left out
 * @since 0.1
 */
public record Scope(ImmutableSortedSet<String> units, ImmutableSortedSet<String> excluded) {
  private static final Scope EVERYONE = new Scope(ImmutableSortedSet.of(), ImmutableSortedSet.of());

  /** Checks the parts. */
  public Scope {
    requireNonNull(units, "units");
    requireNonNull(excluded, "excluded");
  }

  /** The whole organisation ("100% of units and staff"). */
  public static Scope everyone() {
    return EVERYONE;
  }

  /** The given units and everything below them. */
  public static Scope units(String... unitIds) {
    return new Scope(ImmutableSortedSet.copyOf(Arrays.asList(unitIds)), ImmutableSortedSet.of());
  }

  /** A copy that also leaves out the given participants. */
  public Scope excluding(String... participantIds) {
    return new Scope(units, ImmutableSortedSet.<String>naturalOrder().addAll(excluded)
        .addAll(Arrays.asList(participantIds)).build());
  }

  /** Whether the participant takes part. */
  public boolean includes(Participant participant, Organisation organisation) {
    if (excluded.contains(participant.id())) {
      return false;
    }
    if (units.isEmpty()) {
      return true;
    }
    String unitId = participant instanceof Individual person ? person.unitId() : participant.id();
    return units.stream().anyMatch(u -> organisation.isWithin(unitId, u));
  }
}
