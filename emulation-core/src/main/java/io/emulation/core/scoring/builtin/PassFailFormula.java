package io.emulation.core.scoring.builtin;

import io.emulation.core.scoring.builtin.ParameterCheck.Bound;
import io.emulation.core.text.Message;
import io.emulation.scoring.spi.Api;
import io.emulation.scoring.spi.Direction;
import io.emulation.scoring.spi.Explanation;
import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.ParameterProblem;
import io.emulation.scoring.spi.Points;
import io.emulation.scoring.spi.PointsRange;
import io.emulation.scoring.spi.ScoringInput;
import io.emulation.scoring.spi.SpiVersion;
import io.emulation.scoring.spi.Verdict;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * {@code emulation:pass-fail}: a requirement that is met or not, returning a {@link Verdict}
 * besides the points. "Absolute safety" is the typical use: serious incidents, declared {@link
 * Direction#LOWER_IS_BETTER}, threshold 0, on a criterion marked as a veto.
 *
 * <p>Parameters:
 * <ul>
 *   <li>{@code threshold} (required, any number): the value passes when it is {@code >=
 *       threshold} (higher is better) or {@code <= threshold} (lower is better); exactly at the
 *       threshold passes.
 *   <li>{@code passPoints} (optional, default 0): the points on passing.
 *   <li>{@code failPoints} (optional, default 0): the points on failing; must not exceed {@code
 *       passPoints}.
 * </ul>
 *
 * @since 0.1
 */
@Api(status = Api.Status.MAINTAINED, since = "0.1")
public final class PassFailFormula extends BuiltInFormula {
  /** This formula's id. */
  public static final String ID = "emulation:pass-fail";

  private static final String THRESHOLD = "threshold";
  private static final String PASS_POINTS = "passPoints";
  private static final String FAIL_POINTS = "failPoints";

  private record Settings(BigDecimal threshold, BigDecimal passPoints, BigDecimal failPoints) {}

  /** Creates the formula; it holds no state. */
  public PassFailFormula() {}

  /** Returns {@value #ID}. */
  @Override
  public String id() {
    return ID;
  }

  /** One line saying what the formula computes. */
  @Override
  public String description() {
    return "Passed or failed against a threshold, with points for each outcome";
  }

  /** Returns {@link SpiVersion#CURRENT}. */
  @Override
  public String spiVersion() {
    return SpiVersion.CURRENT;
  }

  /**
   * Reports a missing or non-numeric {@code threshold}, non-numeric {@code passPoints} or {@code
   * failPoints}, {@code failPoints} above {@code passPoints}, and unknown parameter names.
   */
  @Override
  public List<ParameterProblem> validate(FormulaParameters parameters) {
    return ParameterCheck.problems(parameters, PassFailFormula::read);
  }

  /** {@code [failPoints, passPoints]}, or empty for invalid parameters. */
  @Override
  public Optional<PointsRange> range(FormulaParameters parameters) {
    return ParameterCheck.readIfValid(parameters, PassFailFormula::read)
        .map(s -> PointsRange.closed(s.failPoints(), s.passPoints()));
  }

  /** True for valid parameters: passing needs a value at least as good as the threshold. */
  @Override
  public boolean isMonotone(FormulaParameters parameters) {
    return ParameterCheck.readIfValid(parameters, PassFailFormula::read).isPresent();
  }

  /**
   * {@link Points#passed} with {@code passPoints} when the value meets the threshold in the
   * input's direction, else {@link Points#failed} with {@code failPoints}.
   *
   * @throws io.emulation.scoring.spi.ScoringException when the parameters are invalid
   */
  @Override
  public Points score(ScoringInput input) {
    return score(input, true);
  }

  @Override
  Points score(ScoringInput input, boolean explain) {
    Settings settings = ParameterCheck.readValid(ID, input, PassFailFormula::read);
    boolean higherIsBetter = input.direction() == Direction.HIGHER_IS_BETTER;
    int comparison = input.value().compareTo(settings.threshold());
    boolean passed = higherIsBetter ? comparison >= 0 : comparison <= 0;
    if (!explain) {
      return passed ? Points.passed(settings.passPoints(), Explanation.EMPTY)
          : Points.failed(settings.failPoints(), Explanation.EMPTY);
    }
    String relation = comparison == 0 ? "=" : comparison < 0 ? "<" : ">";
    BigDecimal value = Numbers.exact(input.value());
    BigDecimal threshold = Numbers.exact(settings.threshold());
    Message outcome = passed
        ? Message.of("formula.passFail.passed", Numbers.points(settings.passPoints()))
        : Message.of("formula.passFail.failed", Numbers.points(settings.failPoints()));
    Message text = higherIsBetter
        ? Message.of("formula.passFail.atLeast", value, relation, threshold, outcome)
        : Message.of("formula.passFail.atMost", value, relation, threshold, outcome);
    return passed ? Points.passed(settings.passPoints(), text)
        : Points.failed(settings.failPoints(), text);
  }

  private static Settings read(ParameterCheck check) {
    check.allowOnly(THRESHOLD, PASS_POINTS, FAIL_POINTS);
    BigDecimal threshold = check.required(THRESHOLD, Bound.ANY).orElse(BigDecimal.ZERO);
    Optional<BigDecimal> passPoints = check.optional(PASS_POINTS, Bound.ANY, BigDecimal.ZERO);
    Optional<BigDecimal> failPoints = check.optional(FAIL_POINTS, Bound.ANY, BigDecimal.ZERO);
    if (passPoints.isPresent() && failPoints.isPresent()
        && failPoints.get().compareTo(passPoints.get()) > 0) {
      check.problem(FAIL_POINTS, Message.of("formula.parameter.passFail.failAbovePass",
          Numbers.exact(passPoints.get()), Numbers.exact(failPoints.get())));
    }
    return new Settings(threshold, passPoints.orElse(BigDecimal.ZERO),
        failPoints.orElse(BigDecimal.ZERO));
  }
}
