package io.emulation.core.grading;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.emulation.core.scoring.Scorecard;
import io.emulation.core.text.Message;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * An extra condition a grade band demands besides its minimum total, such as "no veto failed" or
 * "deductions no more than half the bonus points". Implementations are immutable values; the
 * built-in ones are the records nested here. Their text is a {@link Message}, rendered in the
 * reader's language only when read.
 *
 * @since 0.1
 */
public interface GradeRequirement {

  /**
   * Why the scorecard does not meet this requirement, or empty when it does.
   *
   * @return a reason a person can read, naming the quantities compared
   */
  Optional<Message> unmetReason(Scorecard scorecard);

  /**
   * The requirement in words, e.g. {@code "no veto failed"}, to render in any language.
   *
   * @since 0.2
   */
  Message description();

  /** The requirement in English words, e.g. {@code "no veto failed"}. */
  default String describe() {
    return description().in(Locale.ENGLISH);
  }

  /**
   * The requirement in words in the given language.
   *
   * @since 0.2
   */
  default String describe(Locale locale) {
    return description().in(locale);
  }

  /** No veto criterion failed. */
  static GradeRequirement noVetoFailure() {
    return new NoVetoFailure();
  }

  /** A criterion scored at least {@code min} points (a missing line counts as zero). */
  static GradeRequirement minCriterionPoints(String criterionId, BigDecimal min) {
    return new MinCriterionPoints(criterionId, min);
  }

  /** Penalty points are at most {@code share} (e.g. 0.5) of the bonus points. */
  static GradeRequirement penaltyAtMostShareOfBonus(BigDecimal share) {
    return new PenaltyAtMostShareOfBonus(share);
  }

  /** No veto criterion failed. */
  record NoVetoFailure() implements GradeRequirement {
    @Override
    public Optional<Message> unmetReason(Scorecard scorecard) {
      return scorecard.hasVetoFailure()
          ? Optional.of(Message.of("grade.requirement.noVetoFailure.unmet",
              scorecard.vetoFailures()))
          : Optional.empty();
    }

    @Override
    public Message description() {
      return Message.of("grade.requirement.noVetoFailure");
    }
  }

  /**
   * A criterion scored at least {@code min} points.
   *
   * @param criterionId the criterion
   * @param min the least points
   */
  record MinCriterionPoints(String criterionId, BigDecimal min) implements GradeRequirement {
    /** Checks the parts. */
    public MinCriterionPoints {
      requireNonNull(criterionId, "criterionId");
      requireNonNull(min, "min");
    }

    @Override
    public Optional<Message> unmetReason(Scorecard scorecard) {
      BigDecimal points = scorecard.points(criterionId).orElse(BigDecimal.ZERO);
      return points.compareTo(min) >= 0 ? Optional.empty()
          : Optional.of(Message.of("grade.requirement.minCriterionPoints.unmet", criterionId,
              points, min));
    }

    @Override
    public Message description() {
      return Message.of("grade.requirement.minCriterionPoints", criterionId, min);
    }
  }

  /**
   * Penalty points are at most a share of the bonus points.
   *
   * @param share the share, {@code >= 0}, e.g. {@code 0.5}
   */
  record PenaltyAtMostShareOfBonus(BigDecimal share) implements GradeRequirement {
    /** Checks the share. */
    public PenaltyAtMostShareOfBonus {
      requireNonNull(share, "share");
      checkArgument(share.signum() >= 0, "share of bonus must be >= 0 but was %s", share);
    }

    @Override
    public Optional<Message> unmetReason(Scorecard scorecard) {
      BigDecimal allowed = scorecard.bonus().multiply(share);
      return scorecard.penalty().compareTo(allowed) <= 0 ? Optional.empty()
          : Optional.of(Message.of("grade.requirement.penaltyAtMostShareOfBonus.unmet",
              scorecard.penalty(), share, scorecard.bonus()));
    }

    @Override
    public Message description() {
      return Message.of("grade.requirement.penaltyAtMostShareOfBonus", share);
    }
  }
}
