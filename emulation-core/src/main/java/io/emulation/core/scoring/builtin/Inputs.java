package io.emulation.core.scoring.builtin;

import io.emulation.core.text.Message;
import io.emulation.scoring.spi.Direction;
import io.emulation.scoring.spi.ScoringException;
import io.emulation.scoring.spi.ScoringInput;
import java.math.BigDecimal;

/**
 * Score-time checks of a {@link ScoringInput}, failing with messages that say where, in the
 * reader's language ({@link ScoringException#getMessage(java.util.Locale)}; {@code getMessage()}
 * is English).
 */
final class Inputs {
  private Inputs() {}

  /**
   * An exception whose message starts with the formula id and, when the input carries them, the
   * criterion and participant: {@code "emulation:linear (criterion 'output', participant 'a'):
   * target must be > 0 but was 0"}.
   */
  static ScoringException fail(String formulaId, ScoringInput input, Message message) {
    String criterion = input.criterionId();
    String participant = input.participantId();
    Message text;
    if (criterion.isEmpty() && participant.isEmpty()) {
      text = Message.of("formula.fault", formulaId, message);
    } else if (participant.isEmpty()) {
      text = Message.of("formula.fault.criterion", formulaId, criterion, message);
    } else if (criterion.isEmpty()) {
      text = Message.of("formula.fault.participant", formulaId, participant, message);
    } else {
      text = Message.of("formula.fault.criterionAndParticipant", formulaId, criterion,
          participant, message);
    }
    return new ScoringException(text);
  }

  /** The input's target, which must be present and greater than zero; {@code why} says what for. */
  static BigDecimal positiveTarget(String formulaId, ScoringInput input, Message why) {
    BigDecimal target = input.target().orElseThrow(
        () -> fail(formulaId, input, Message.of("formula.fault.noTarget", why)));
    if (target.signum() <= 0) {
      throw fail(formulaId, input,
          Message.of("formula.fault.targetNotPositive", Numbers.exact(target)));
    }
    return target;
  }

  /** The input's value as a count of occurrences: a whole number, zero or more. */
  static BigDecimal count(String formulaId, ScoringInput input) {
    BigDecimal value = input.value();
    if (value.signum() < 0 || (value.signum() != 0 && value.stripTrailingZeros().scale() > 0)) {
      throw fail(formulaId, input, Message.of("formula.fault.notACount", value));
    }
    return value;
  }

  /** Checks the input's direction is {@code expected}; {@code why} completes the message. */
  static void requireDirection(String formulaId, ScoringInput input, Direction expected,
      Message why) {
    if (input.direction() != expected) {
      throw fail(formulaId, input, Message.of("formula.fault.direction", expected.name(),
          input.direction().name(), why));
    }
  }
}
