package io.emulation.core.scoring;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.Verdict;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One line of a scorecard: how a participant scored on one criterion (or, for a collective, on
 * its members' results), with every input that produced the number.
 *
 * @param criterionId the criterion, or {@link #MEMBERS} for a collective's members line
 * @param criterionName its display name
 * @param status whether it was scored, defaulted to zero, or does not apply
 * @param formulaId the formula used; empty for lines not scored by a formula
 * @param parameters the formula's parameters
 * @param value the value scored, after roll-up of sub-periods; empty when missing
 * @param target the target used, if any
 * @param baseline last year's value, for year-over-year criteria
 * @param points the formula's points rounded to the campaign's scale ({@code 0} when missing or
 *     not applicable)
 * @param verdict the formula's pass/fail verdict
 * @param weight the criterion's weight
 * @param contribution what this line adds to the total, rounded to the campaign's scale
 * @param detail how the value and points came about, in words
 * @param error the formula's fault, present exactly when the status is {@link Status#ERRORED}
 * @since 0.1
 */
public record ScoreLine(String criterionId, String criterionName, Status status,
    String formulaId, FormulaParameters parameters, Optional<BigDecimal> value,
    Optional<BigDecimal> target, Optional<BigDecimal> baseline, BigDecimal points,
    Verdict verdict, BigDecimal weight, BigDecimal contribution, String detail,
    Optional<ScoringError> error) {

  /** The id of the line holding a collective's aggregate of its members' totals. */
  public static final String MEMBERS = "@members";

  /** Checks that no part is {@code null}. */
  public ScoreLine {
    requireNonNull(criterionId, "criterionId");
    requireNonNull(criterionName, "criterionName");
    requireNonNull(status, "status");
    requireNonNull(formulaId, "formulaId");
    requireNonNull(parameters, "parameters");
    requireNonNull(value, "value");
    requireNonNull(target, "target");
    requireNonNull(baseline, "baseline");
    requireNonNull(points, "points");
    requireNonNull(verdict, "verdict");
    requireNonNull(weight, "weight");
    requireNonNull(contribution, "contribution");
    requireNonNull(detail, "detail");
    requireNonNull(error, "error");
    checkArgument(error.isPresent() == (status == Status.ERRORED),
        "line %s has status %s but %s", criterionId, status,
        error.isPresent() ? "an error" : "no error");
  }

  /** A line without an error: every status but {@link Status#ERRORED}. */
  public ScoreLine(String criterionId, String criterionName, Status status, String formulaId,
      FormulaParameters parameters, Optional<BigDecimal> value, Optional<BigDecimal> target,
      Optional<BigDecimal> baseline, BigDecimal points, Verdict verdict, BigDecimal weight,
      BigDecimal contribution, String detail) {
    this(criterionId, criterionName, status, formulaId, parameters, value, target, baseline,
        points, verdict, weight, contribution, detail, Optional.empty());
  }

  /** A copy with another contribution to the total. */
  public ScoreLine withContribution(BigDecimal contribution) {
    return new ScoreLine(criterionId, criterionName, status, formulaId, parameters, value, target,
        baseline, points, verdict, weight, contribution, detail, error);
  }

  /** Whether the formula failed on this line (see {@link Status#ERRORED}). */
  public boolean isErrored() {
    return status == Status.ERRORED;
  }

  /** Whether this line counts toward the total (and, under a weighted mean, its weight). */
  public boolean isApplicable() {
    return status != Status.NOT_APPLICABLE;
  }

  /** The line in words, e.g. {@code output: 112 vs target 100 -> emulation:linear ... = 50.00}. */
  public String explain() {
    StringBuilder text = new StringBuilder(criterionId);
    if (!criterionName.isEmpty() && !criterionName.equals(criterionId)) {
      text.append(" (").append(criterionName).append(')');
    }
    text.append(": ");
    switch (status) {
      case NOT_APPLICABLE -> {
        return text.append("not applicable (").append(detail).append(')').toString();
      }
      case MISSING_AS_ZERO -> text.append("no value, counted as 0 points");
      case ERRORED -> text.append("value ")
          .append(value.map(BigDecimal::toPlainString).orElse("-"))
          .append(" -> ERRORED, counted as 0 points: ").append(error.orElseThrow().message());
      case SCORED -> {
        text.append("value ").append(value.map(BigDecimal::toPlainString).orElse("-"));
        target.ifPresent(t -> text.append(", target ").append(t.toPlainString()));
        baseline.ifPresent(b -> text.append(", last year ").append(b.toPlainString()));
        if (!formulaId.isEmpty()) {
          text.append(" -> ").append(formulaId);
          if (!parameters.isEmpty()) {
            text.append(' ').append(parameters);
          }
        }
        text.append(" -> ").append(points.toPlainString()).append(" points");
        if (verdict != Verdict.NOT_JUDGED) {
          text.append(", ").append(verdict == Verdict.PASSED ? "passed" : "FAILED");
        }
        if (!detail.isEmpty()) {
          text.append(" (").append(detail).append(')');
        }
      }
    }
    return text.append("; weight ").append(weight.toPlainString()).append(" -> contributes ")
        .append(contribution.toPlainString()).toString();
  }

  /**
   * How a line got its points.
   *
   * @since 0.1
   */
  public enum Status {
    /** A value was scored by the criterion's formula. */
    SCORED,
    /** No value; the criterion's policy counts it as zero points. */
    MISSING_AS_ZERO,
    /** No value; the criterion's policy says it does not apply to this participant. */
    NOT_APPLICABLE,
    /**
     * The formula failed on this value ({@link #error()} says how); the line counts as 0
     * points, keeps its weight and gives no verdict. Only evaluators whose fault policy is
     * {@code PUBLISH_WITH_ERRORS} publish such lines.
     */
    ERRORED
  }
}
