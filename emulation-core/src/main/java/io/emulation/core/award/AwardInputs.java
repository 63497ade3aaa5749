package io.emulation.core.award;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Collection;

/**
 * What award rules read besides the evaluation: past grants, registrations and recognised
 * initiatives. Immutable.
 *
 * @param history past grants
 * @param registrations who registered for what
 * @param initiatives recognised initiatives
 * @since 0.1
 */
public record AwardInputs(AwardHistory history, Registrations registrations,
    ImmutableList<Initiative> initiatives) {

  /** Checks the parts. */
  public AwardInputs {
    requireNonNull(history, "history");
    requireNonNull(registrations, "registrations");
    requireNonNull(initiatives, "initiatives");
  }

  /** No history, no registrations, no initiatives. */
  public static AwardInputs none() {
    return new AwardInputs(AwardHistory.none(), Registrations.none(), ImmutableList.of());
  }

  /** A copy with a history. */
  public AwardInputs withHistory(AwardHistory newHistory) {
    return new AwardInputs(newHistory, registrations, initiatives);
  }

  /** A copy with registrations. */
  public AwardInputs withRegistrations(Registrations newRegistrations) {
    return new AwardInputs(history, newRegistrations, initiatives);
  }

  /** A copy with initiatives. */
  public AwardInputs withInitiatives(Collection<Initiative> newInitiatives) {
    return new AwardInputs(history, registrations, ImmutableList.copyOf(newInitiatives));
  }
}
