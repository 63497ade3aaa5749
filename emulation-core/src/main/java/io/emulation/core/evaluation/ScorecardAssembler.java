package io.emulation.core.evaluation;

import com.google.common.collect.ImmutableList;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.campaign.DecimalPolicy;
import io.emulation.core.campaign.TotalMethod;
import io.emulation.core.criteria.Adjustment;
import io.emulation.core.period.Period;
import io.emulation.core.scoring.ScoreLine;
import io.emulation.core.scoring.Scorecard;
import io.emulation.scoring.spi.Verdict;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * Makes a scorecard from scored lines and adjustments: each line's contribution (weighted, and
 * under a weighted mean divided by the applicable weights), rounded, then summed, so the total is
 * exactly the sum of its parts.
 */
final class ScorecardAssembler {
  private final TotalMethod method;
  private final DecimalPolicy decimals;
  private final Period period;

  ScorecardAssembler(Campaign campaign, Period period) {
    this.method = campaign.totalMethod();
    this.decimals = campaign.decimals();
    this.period = period;
  }

  Scorecard assemble(String participantId, List<ScoreLine> lines, List<Adjustment> adjustments,
      List<String> vetoCriteria) {
    BigDecimal applicableWeight = lines.stream().filter(ScoreLine::isApplicable)
        .map(ScoreLine::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    ImmutableList.Builder<ScoreLine> weighted = ImmutableList.builderWithExpectedSize(lines.size());
    BigDecimal criteriaTotal = decimals.round(BigDecimal.ZERO);
    ImmutableList.Builder<String> vetoFailures = ImmutableList.builder();
    for (ScoreLine line : lines) {
      BigDecimal contribution = decimals.round(contribution(line, applicableWeight));
      weighted.add(line.withContribution(contribution));
      criteriaTotal = criteriaTotal.add(contribution);
      if (line.verdict() == Verdict.FAILED && vetoCriteria.contains(line.criterionId())) {
        vetoFailures.add(line.criterionId());
      }
    }
    BigDecimal bonus = sum(adjustments, Adjustment.Kind.BONUS);
    BigDecimal penalty = sum(adjustments, Adjustment.Kind.PENALTY);
    return new Scorecard(participantId, period, weighted.build(),
        ImmutableList.copyOf(adjustments), criteriaTotal, bonus, penalty,
        criteriaTotal.add(bonus).subtract(penalty), vetoFailures.build());
  }

  private BigDecimal contribution(ScoreLine line, BigDecimal applicableWeight) {
    if (!line.isApplicable()) {
      return BigDecimal.ZERO;
    }
    BigDecimal weighted = line.weight().multiply(line.points());
    return method == TotalMethod.SUM || applicableWeight.signum() == 0
        ? (method == TotalMethod.SUM ? weighted : BigDecimal.ZERO)
        : weighted.divide(applicableWeight, MathContext.DECIMAL128);
  }

  private BigDecimal sum(List<Adjustment> adjustments, Adjustment.Kind kind) {
    return decimals.round(adjustments.stream().filter(a -> a.kind() == kind)
        .map(Adjustment::points).reduce(BigDecimal.ZERO, BigDecimal::add));
  }
}
