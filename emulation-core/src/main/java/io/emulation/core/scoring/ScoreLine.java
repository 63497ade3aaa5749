package io.emulation.core.scoring;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.emulation.core.text.Message;
import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.Verdict;
import java.math.BigDecimal;
import java.util.Locale;
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
 * @param detail how the value and points came about, in words: where the value came from (its
 *     source, or the roll-up of sub-periods) and the formula's explanation, rendered in the
 *     reader's language only when read; empty ({@code Message.literal("")}) when there is
 *     neither
 * @param error the formula's fault, present exactly when the status is {@link Status#ERRORED}
 * @since 0.1
 */
public record ScoreLine(String criterionId, String criterionName, Status status,
    String formulaId, FormulaParameters parameters, Optional<BigDecimal> value,
    Optional<BigDecimal> target, Optional<BigDecimal> baseline, BigDecimal points,
    Verdict verdict, BigDecimal weight, BigDecimal contribution, Message detail,
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
      BigDecimal contribution, Message detail) {
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

  /**
   * The line in English words, e.g. {@code output: value 112, target 100 -> emulation:linear ...
   * -> 50.00 points (...); weight 1 -> contributes 50.00}.
   */
  public String explain() {
    return explain(Locale.ENGLISH);
  }

  /**
   * The line in words in the given language; criterion ids and names, formula ids and
   * parameters are kept as written.
   *
   * @since 0.2
   */
  public String explain(Locale locale) {
    return words().in(locale);
  }

  private Message words() {
    Message body = switch (status) {
      case NOT_APPLICABLE -> Message.of("evaluation.line.notApplicable", detail);
      case MISSING_AS_ZERO -> Message.of("evaluation.line.missingAsZero");
      case ERRORED -> Message.of("evaluation.line.errored", valueText(),
          error.orElseThrow().message());
      case SCORED -> scored();
    };
    if (status != Status.NOT_APPLICABLE) {
      body = Message.of("evaluation.line.weighted", body, weight, contribution);
    }
    return !criterionName.isEmpty() && !criterionName.equals(criterionId)
        ? Message.of("evaluation.line.named", criterionId, nameText(), body)
        : Message.of("evaluation.line", criterionId, body);
  }

  /**
   * The display name to put in words: the name the library gives a members line ({@code "mean
   * of members' totals"}) in the reader's language, any other name as written.
   */
  private Message nameText() {
    if (criterionId.equals(MEMBERS)) {
      switch (criterionName) {
        case "sum of members' totals":
          return Message.of("evaluation.members.name.sum");
        case "mean of members' totals":
          return Message.of("evaluation.members.name.mean");
        case "min of members' totals":
          return Message.of("evaluation.members.name.min");
        default:
          break;
      }
    }
    return Message.literal(criterionName);
  }

  private Message scored() {
    Message text = Message.of("evaluation.line.value", valueText());
    if (target.isPresent()) {
      text = Message.of("evaluation.line.target", text, target.get());
    }
    if (baseline.isPresent()) {
      text = Message.of("evaluation.line.lastYear", text, baseline.get());
    }
    if (!formulaId.isEmpty()) {
      String formula = parameters.isEmpty() ? formulaId : formulaId + " " + parameters;
      text = Message.of("evaluation.line.formula", text, formula);
    }
    text = Message.of("evaluation.line.points", text, points);
    if (verdict == Verdict.PASSED) {
      text = Message.of("evaluation.line.passed", text);
    } else if (verdict == Verdict.FAILED) {
      text = Message.of("evaluation.line.failed", text);
    }
    boolean noDetail = detail.isLiteral() && detail.in(Locale.ENGLISH).isEmpty();
    return noDetail ? text : Message.of("evaluation.line.detail", text, detail);
  }

  private Object valueText() {
    return value.<Object>map(v -> v).orElse("-");
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
