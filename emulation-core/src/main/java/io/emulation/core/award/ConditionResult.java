package io.emulation.core.award;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * Whether a condition holds for one participant, and why, with the actual and required values:
 * {@code "grade COMPLETED, needs GOOD or better"}.
 *
 * @param met whether the condition holds
 * @param reason the values compared, in words; never blank
 * @since 0.1
 */
public record ConditionResult(boolean met, String reason) {

  /** Checks the reason. */
  public ConditionResult {
    requireNonNull(reason, "reason");
    checkArgument(!reason.isBlank(), "a condition result needs a reason");
  }

  /** The condition holds. */
  public static ConditionResult met(String reason) {
    return new ConditionResult(true, reason);
  }

  /** The condition does not hold. */
  public static ConditionResult unmet(String reason) {
    return new ConditionResult(false, reason);
  }

  /** Met or unmet as {@code met} says. */
  public static ConditionResult of(boolean met, String reason) {
    return new ConditionResult(met, reason);
  }
}
