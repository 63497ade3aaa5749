package io.emulation.core.scoring.builtin;

import io.emulation.scoring.spi.Direction;
import io.emulation.scoring.spi.ScoringException;
import io.emulation.scoring.spi.ScoringInput;
import java.math.BigDecimal;

/** Score-time checks of a {@link ScoringInput}, failing with messages that say where. */
final class Inputs {
  private Inputs() {}

  /**
   * An exception whose message starts with the formula id and, when the input carries them, the
   * criterion and participant: {@code "emulation:linear (criterion 'output', participant 'a'):
   * target must be > 0 but was 0"}.
   */
  static ScoringException fail(String formulaId, ScoringInput input, String message) {
    StringBuilder text = new StringBuilder(formulaId);
    String criterion =
        input.criterionId().isEmpty() ? "" : "criterion '" + input.criterionId() + "'";
    String participant =
        input.participantId().isEmpty() ? "" : "participant '" + input.participantId() + "'";
    if (!criterion.isEmpty() || !participant.isEmpty()) {
      text.append(" (").append(criterion)
          .append(!criterion.isEmpty() && !participant.isEmpty() ? ", " : "")
          .append(participant).append(')');
    }
    return new ScoringException(text.append(": ").append(message).toString());
  }

  /** The input's target, which must be present and greater than zero. */
  static BigDecimal positiveTarget(String formulaId, ScoringInput input, String why) {
    BigDecimal target = input.target().orElseThrow(
        () -> fail(formulaId, input, "needs a target " + why + " but the input has none"));
    if (target.signum() <= 0) {
      throw fail(formulaId, input, "target must be > 0 but was " + Numbers.plain(target));
    }
    return target;
  }

  /** The input's value as a count of occurrences: a whole number, zero or more. */
  static BigDecimal count(String formulaId, ScoringInput input) {
    BigDecimal value = input.value();
    if (value.signum() < 0 || (value.signum() != 0 && value.stripTrailingZeros().scale() > 0)) {
      throw fail(formulaId, input, "value must be a whole number of occurrences >= 0 but was "
          + value.toPlainString());
    }
    return value;
  }

  /** Checks the input's direction is {@code expected}; {@code why} completes the message. */
  static void requireDirection(String formulaId, ScoringInput input, Direction expected,
      String why) {
    if (input.direction() != expected) {
      throw fail(formulaId, input, "the criterion must be declared " + expected + " but is "
          + input.direction() + ": " + why);
    }
  }
}
