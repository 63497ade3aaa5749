package io.emulation.core.criteria;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.emulation.core.period.Period;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One measured value: what a participant achieved on a criterion in a period, optionally with a
 * target of its own (overriding the criterion's) and the source it came from.
 *
 * @param participantId who was measured
 * @param criterionId what was measured
 * @param period when
 * @param value the value
 * @param target a target for this participant and period, overriding the criterion's
 * @param source where the value came from (a file and line, a system); may be empty
 * @since 0.1
 */
public record Measurement(String participantId, String criterionId, Period period,
    BigDecimal value, Optional<BigDecimal> target, String source) {

  /** Checks the parts. */
  public Measurement {
    requireNonNull(participantId, "participantId");
    requireNonNull(criterionId, "criterionId");
    requireNonNull(period, "period");
    requireNonNull(value, () -> "value of " + criterionId + " for " + participantId);
    requireNonNull(target, "target");
    requireNonNull(source, "source");
  }

  /** A value without its own target or source. */
  public static Measurement of(String participantId, String criterionId, Period period,
      BigDecimal value) {
    return new Measurement(participantId, criterionId, period, value, Optional.empty(), "");
  }

  /**
   * A value given as a {@code double}, converted through its shortest decimal text (so {@code
   * 0.1} stays {@code 0.1}).
   *
   * @throws IllegalArgumentException for NaN or infinite values, naming participant and criterion
   */
  public static Measurement of(String participantId, String criterionId, Period period,
      double value) {
    checkArgument(Double.isFinite(value), "value of criterion '%s' for participant '%s' in %s "
        + "must be a finite number but was %s", criterionId, participantId, period, value);
    return of(participantId, criterionId, period, BigDecimal.valueOf(value));
  }

  /** A copy with its own target. */
  public Measurement withTarget(BigDecimal newTarget) {
    return new Measurement(participantId, criterionId, period, value,
        Optional.of(newTarget), source);
  }

  /** A copy naming its source. */
  public Measurement withSource(String newSource) {
    return new Measurement(participantId, criterionId, period, value, target, newSource);
  }
}
