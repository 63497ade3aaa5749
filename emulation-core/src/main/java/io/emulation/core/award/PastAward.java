package io.emulation.core.award;

import static java.util.Objects.requireNonNull;

import io.emulation.core.period.Period;

/**
 * An award granted before the evaluation at hand, as kept by the host's records.
 *
 * @param participantId who received it
 * @param awardId which award
 * @param period the period it was granted for
 * @param kind its kind when granted; ad-hoc and themed grants never count as history
 * @since 0.1
 */
public record PastAward(String participantId, String awardId, Period period, AwardKind kind) {

  /** Checks the parts. */
  public PastAward {
    requireNonNull(participantId, "participantId");
    requireNonNull(awardId, "awardId");
    requireNonNull(period, "period");
    requireNonNull(kind, "kind");
  }
}
