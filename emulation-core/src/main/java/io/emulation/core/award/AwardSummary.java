package io.emulation.core.award;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;

/**
 * Counts of grants: per award, per unit and in total, and how many distinct individuals and
 * collectives were commended ("19 collectives and 73 individuals").
 *
 * @param perAward grants per award id, in the rule set's declared order
 * @param perUnit grants per unit id (an individual's unit; a collective's own unit), first-seen
 *     order
 * @param individualsCommended distinct individuals granted at least one award
 * @param collectivesCommended distinct collectives granted at least one award
 * @param totalGrants all grants
 * @since 0.1
 */
public record AwardSummary(ImmutableMap<String, Integer> perAward,
    ImmutableMap<String, Integer> perUnit, int individualsCommended, int collectivesCommended,
    int totalGrants) {

  /** Checks the parts. */
  public AwardSummary {
    requireNonNull(perAward, "perAward");
    requireNonNull(perUnit, "perUnit");
  }

  /** E.g. {@code "19 collectives and 73 individuals commended (104 awards)"}. */
  public String describe() {
    return collectivesCommended + (collectivesCommended == 1 ? " collective" : " collectives")
        + " and " + individualsCommended
        + (individualsCommended == 1 ? " individual" : " individuals") + " commended ("
        + totalGrants + (totalGrants == 1 ? " award)" : " awards)");
  }
}
