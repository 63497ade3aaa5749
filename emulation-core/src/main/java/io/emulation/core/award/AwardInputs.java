package io.emulation.core.award;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Collection;

/**
 * What award rules read besides the evaluation: past grants, registrations, recognised
 * initiatives and the council's votes. Immutable; start from {@link #none()} and add parts with
 * the {@code with} methods.
 *
 * @param history past grants
 * @param registrations who registered for what
 * @param initiatives recognised initiatives
 * @param councilVotes the council's votes on proposals, read by the council conditions
 * @since 0.1
 */
public record AwardInputs(AwardHistory history, Registrations registrations,
    ImmutableList<Initiative> initiatives, CouncilVotes councilVotes) {

  /** Checks the parts. */
  public AwardInputs {
    requireNonNull(history, "history");
    requireNonNull(registrations, "registrations");
    requireNonNull(initiatives, "initiatives");
    requireNonNull(councilVotes, "councilVotes");
  }

  /** History, registrations and initiatives, without council votes. */
  public AwardInputs(AwardHistory history, Registrations registrations,
      ImmutableList<Initiative> initiatives) {
    this(history, registrations, initiatives, CouncilVotes.none());
  }

  /** No history, no registrations, no initiatives, no council votes. */
  public static AwardInputs none() {
    return new AwardInputs(AwardHistory.none(), Registrations.none(), ImmutableList.of(),
        CouncilVotes.none());
  }

  /** A copy with a history. */
  public AwardInputs withHistory(AwardHistory newHistory) {
    return new AwardInputs(newHistory, registrations, initiatives, councilVotes);
  }

  /** A copy with registrations. */
  public AwardInputs withRegistrations(Registrations newRegistrations) {
    return new AwardInputs(history, newRegistrations, initiatives, councilVotes);
  }

  /** A copy with initiatives. */
  public AwardInputs withInitiatives(Collection<Initiative> newInitiatives) {
    return new AwardInputs(history, registrations, ImmutableList.copyOf(newInitiatives),
        councilVotes);
  }

  /** A copy with the council's votes. */
  public AwardInputs withCouncilVotes(CouncilVotes newCouncilVotes) {
    return new AwardInputs(history, registrations, initiatives, newCouncilVotes);
  }
}
