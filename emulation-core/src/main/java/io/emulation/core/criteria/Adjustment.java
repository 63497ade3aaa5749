package io.emulation.core.criteria;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.emulation.core.period.Period;
import java.math.BigDecimal;

/**
 * Bonus or penalty points (điểm cộng / điểm trừ) given to a participant for a period, outside
 * the criteria, with the reason.
 *
 * @param participantId who receives them
 * @param period the period they count in
 * @param kind bonus or penalty
 * @param points how many, {@code > 0}; a penalty is subtracted
 * @param reason why, shown in explanations; never blank
 * @since 0.1
 */
public record Adjustment(String participantId, Period period, Kind kind, BigDecimal points,
    String reason) {

  /** Checks the parts. */
  public Adjustment {
    requireNonNull(participantId, "participantId");
    requireNonNull(period, "period");
    requireNonNull(kind, "kind");
    requireNonNull(points, "points");
    requireNonNull(reason, "reason");
    checkArgument(points.signum() > 0,
        "%s points for participant '%s' must be > 0 but were %s", kind, participantId, points);
    checkArgument(!reason.isBlank(), "%s for participant '%s' needs a reason", kind, participantId);
  }

  /** Bonus points. */
  public static Adjustment bonus(String participantId, Period period, BigDecimal points,
      String reason) {
    return new Adjustment(participantId, period, Kind.BONUS, points, reason);
  }

  /** Penalty points. */
  public static Adjustment penalty(String participantId, Period period, BigDecimal points,
      String reason) {
    return new Adjustment(participantId, period, Kind.PENALTY, points, reason);
  }

  /** The points with their sign: positive for a bonus, negative for a penalty. */
  public BigDecimal signedPoints() {
    return kind == Kind.BONUS ? points : points.negate();
  }

  /** Bonus or penalty. */
  public enum Kind {
    /** Điểm cộng: added. */
    BONUS,
    /** Điểm trừ: subtracted. */
    PENALTY
  }
}
