package io.emulation.core.campaign;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The scale and rounding every point value of a campaign is rounded to: each criterion's points,
 * each contribution to the total, and the aggregates. Default: 2 decimal places, half up.
 *
 * @param scale decimal places, 0 to 10
 * @param rounding how to round; not {@link RoundingMode#UNNECESSARY}
 * @since 0.1
 */
public record DecimalPolicy(int scale, RoundingMode rounding) {
  private static final DecimalPolicy DEFAULT = new DecimalPolicy(2, RoundingMode.HALF_UP);

  /** Checks the parts. */
  public DecimalPolicy {
    checkArgument(scale >= 0 && scale <= 10, "decimal scale must be 0 to 10 but was %s", scale);
    requireNonNull(rounding, "rounding");
    checkArgument(rounding != RoundingMode.UNNECESSARY,
        "rounding must say how to round; UNNECESSARY would fail on the first division");
  }

  /** Two decimal places, half up. */
  public static DecimalPolicy standard() {
    return DEFAULT;
  }

  /** A policy with the given scale and rounding. */
  public static DecimalPolicy of(int scale, RoundingMode rounding) {
    return new DecimalPolicy(scale, rounding);
  }

  /** The value rounded to this policy. */
  public BigDecimal round(BigDecimal value) {
    return value.setScale(scale, rounding);
  }

  @Override
  public String toString() {
    return scale + " places, " + rounding;
  }
}
