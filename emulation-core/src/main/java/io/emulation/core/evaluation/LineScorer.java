package io.emulation.core.evaluation;

import io.emulation.core.Problem;
import io.emulation.core.campaign.DecimalPolicy;
import io.emulation.core.criteria.Criterion;
import io.emulation.core.evaluation.MeasurementIndex.Resolved;
import io.emulation.core.scoring.FormulaRegistry;
import io.emulation.core.scoring.ScoreLine;
import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.PeerValues;
import io.emulation.scoring.spi.Points;
import io.emulation.scoring.spi.PointsRange;
import io.emulation.scoring.spi.ScoringFormula;
import io.emulation.scoring.spi.ScoringInput;
import io.emulation.scoring.spi.Verdict;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Scores one criterion for one participant with its formula, turning anything a formula does
 * wrong (throws, returns null, leaves its declared range) into a problem naming formula,
 * criterion and participant. The contribution is filled in later, once all lines are known.
 */
final class LineScorer {
  private final Criterion criterion;
  private final ScoringFormula formula;
  private final Optional<PointsRange> range;
  private final DecimalPolicy decimals;

  LineScorer(Criterion criterion, ScoringFormula formula, DecimalPolicy decimals) {
    this.criterion = criterion;
    this.formula = formula;
    this.range = formula.range(criterion.formula().parameters());
    this.decimals = decimals;
  }

  Criterion criterion() {
    return criterion;
  }

  /** A line for a participant without a value, per the criterion's missing policy. */
  ScoreLine missing() {
    return switch (criterion.whenMissing()) {
      case ZERO -> line(ScoreLine.Status.MISSING_AS_ZERO, Optional.empty(), Optional.empty(),
          Optional.empty(), BigDecimal.ZERO, Verdict.NOT_JUDGED, "no value");
      case NOT_APPLICABLE, ERROR -> line(ScoreLine.Status.NOT_APPLICABLE, Optional.empty(),
          Optional.empty(), Optional.empty(), BigDecimal.ZERO, Verdict.NOT_JUDGED, "no value");
    };
  }

  /** Scores a value; empty, with a problem added, when the formula misbehaves. */
  Optional<ScoreLine> score(String participantId, Resolved resolved, Optional<BigDecimal> baseline,
      PeerValues peers, List<Problem> problems) {
    FormulaParameters parameters = criterion.formula().parameters();
    ScoringInput.Builder input = ScoringInput.builder(resolved.value())
        .direction(criterion.direction()).parameters(parameters).peers(peers)
        .criterionId(criterion.id()).participantId(participantId);
    resolved.target().ifPresent(input::target);
    baseline.ifPresent(input::baseline);
    Points points;
    try {
      points = formula.score(input.build());
    } catch (RuntimeException e) {
      problems.add(fault(participantId, "failed: " + e));
      return Optional.empty();
    }
    if (points == null) {
      problems.add(fault(participantId, "returned no points (null)"));
      return Optional.empty();
    }
    if (range.isPresent() && !range.get().contains(points.value())) {
      problems.add(fault(participantId, "returned " + points.value().toPlainString()
          + " points, outside its declared range " + range.get()));
      return Optional.empty();
    }
    String detail = resolved.detail().isEmpty() ? points.explanation()
        : points.explanation().isEmpty() ? resolved.detail()
        : resolved.detail() + "; " + points.explanation();
    return Optional.of(line(ScoreLine.Status.SCORED, Optional.of(resolved.value()),
        resolved.target(), baseline, decimals.round(points.value()), points.verdict(), detail));
  }

  private ScoreLine line(ScoreLine.Status status, Optional<BigDecimal> value,
      Optional<BigDecimal> target, Optional<BigDecimal> baseline, BigDecimal points,
      Verdict verdict, String detail) {
    return new ScoreLine(criterion.id(), criterion.name(), status, formula.id(),
        criterion.formula().parameters(), value, target, baseline, decimals.round(points),
        verdict, criterion.weight(), decimals.round(BigDecimal.ZERO), detail);
  }

  private Problem fault(String participantId, String what) {
    return Problem.at("criteria/" + criterion.id() + "/" + participantId,
        "formula '" + formula.id() + "' (" + FormulaRegistry.origin(formula) + ") scoring criterion '"
            + criterion.id() + "' for participant '" + participantId + "' " + what);
  }
}
