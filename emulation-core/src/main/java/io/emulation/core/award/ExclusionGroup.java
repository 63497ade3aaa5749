package io.emulation.core.award;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;

/**
 * Awards of which a participant may receive at most one for one achievement ("one achievement,
 * one form"), listed from the highest precedence down: a participant who gets an award of the
 * group is denied the ones after it, and the denial names the award that took their place.
 *
 * @param id the group's name, for messages
 * @param awardIds the awards, highest precedence first; at least two, no repeats
 * @since 0.1
 */
public record ExclusionGroup(String id, ImmutableList<String> awardIds) {

  /** Checks the parts. */
  public ExclusionGroup {
    requireNonNull(id, "id");
    requireNonNull(awardIds, "awardIds");
    checkArgument(awardIds.size() >= 2, "exclusion group '%s' needs at least two awards", id);
    checkArgument(awardIds.stream().distinct().count() == awardIds.size(),
        "exclusion group '%s' lists an award twice: %s", id, awardIds);
  }

  /** A group of awards, highest precedence first. */
  public static ExclusionGroup of(String id, String... awardIdsByPrecedence) {
    return new ExclusionGroup(id, ImmutableList.copyOf(Arrays.asList(awardIdsByPrecedence)));
  }
}
