package io.emulation.core.evaluation;

import com.google.common.collect.ImmutableList;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.campaign.DecimalPolicy;
import io.emulation.core.campaign.TotalMethod;
import io.emulation.core.criteria.Adjustment;
import io.emulation.core.internal.Decimal128;
import io.emulation.core.period.Period;
import io.emulation.core.scoring.ScoreLine;
import io.emulation.core.scoring.Scorecard;
import io.emulation.scoring.spi.Verdict;
import java.math.BigDecimal;
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
  /** Zero at the campaign's scale. */
  private final BigDecimal zero;

  ScorecardAssembler(Campaign campaign, Period period) {
    this.method = campaign.totalMethod();
    this.decimals = campaign.decimals();
    this.period = period;
    this.zero = decimals.round(BigDecimal.ZERO);
  }

  Scorecard assemble(String participantId, List<ScoreLine> lines, List<Adjustment> adjustments,
      List<String> vetoCriteria) {
    // loops, not streams: this runs once per participant
    BigDecimal applicableWeight = BigDecimal.ZERO;
    for (ScoreLine line : lines) {
      if (line.isApplicable()) {
        applicableWeight = applicableWeight.add(line.weight());
      }
    }
    ScoreLine[] weighted = new ScoreLine[lines.size()];
    BigDecimal criteriaTotal = zero;
    ImmutableList.Builder<String> vetoFailures = null;
    for (int i = 0; i < weighted.length; i++) {
      ScoreLine line = lines.get(i);
      BigDecimal contribution = decimals.round(contribution(line, applicableWeight));
      weighted[i] = line.withContribution(contribution);
      criteriaTotal = criteriaTotal.add(contribution);
      if (line.verdict() == Verdict.FAILED && vetoCriteria.contains(line.criterionId())) {
        if (vetoFailures == null) {
          vetoFailures = ImmutableList.builder();
        }
        vetoFailures.add(line.criterionId());
      }
    }
    BigDecimal bonus = adjustments.isEmpty() ? zero : sum(adjustments, Adjustment.Kind.BONUS);
    BigDecimal penalty =
        adjustments.isEmpty() ? zero : sum(adjustments, Adjustment.Kind.PENALTY);
    // without adjustments the total is the criteria total itself, one number kept per
    // participant instead of two (all three are at the campaign's scale, so adding zeros would
    // change neither value nor scale)
    BigDecimal total = bonus.signum() == 0 && penalty.signum() == 0
        ? criteriaTotal : criteriaTotal.add(bonus).subtract(penalty);
    return new Scorecard(participantId, period, ImmutableList.copyOf(weighted),
        ImmutableList.copyOf(adjustments), criteriaTotal, bonus, penalty, total,
        vetoFailures == null ? ImmutableList.of() : vetoFailures.build());
  }

  private BigDecimal contribution(ScoreLine line, BigDecimal applicableWeight) {
    if (!line.isApplicable()) {
      return BigDecimal.ZERO;
    }
    BigDecimal weighted = line.weight().multiply(line.points());
    return method == TotalMethod.SUM || applicableWeight.signum() == 0
        ? (method == TotalMethod.SUM ? weighted : BigDecimal.ZERO)
        : Decimal128.divide(weighted, applicableWeight);
  }

  private BigDecimal sum(List<Adjustment> adjustments, Adjustment.Kind kind) {
    return decimals.round(adjustments.stream().filter(a -> a.kind() == kind)
        .map(Adjustment::points).reduce(BigDecimal.ZERO, BigDecimal::add));
  }
}
