package io.emulation.core.evaluation;

import io.emulation.core.campaign.Campaign;
import io.emulation.core.campaign.MemberAggregation;
import io.emulation.core.internal.Decimal128;
import io.emulation.core.scoring.ScoreLine;
import io.emulation.core.scoring.Scorecard;
import io.emulation.core.text.Message;
import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/** The line of a collective's scorecard that aggregates its members' totals, when declared. */
final class MemberLine {
  private final Campaign campaign;

  MemberLine(Campaign campaign) {
    this.campaign = campaign;
  }

  /**
   * The members line for a collective, or empty when the campaign declares none.
   *
   * @param members the collective's members in scope, by their places among the individuals
   * @param totalAt an individual's total, by place
   * @param errored whether the scorecard of the individual at a place {@linkplain
   *     Scorecard#hasErrors() has errors}, known from scoring it
   */
  Optional<ScoreLine> of(int[] members, IntFunction<BigDecimal> totalAt,
      IntPredicate errored) {
    MemberAggregation how = campaign.memberAggregation();
    if (how == MemberAggregation.NONE) {
      return Optional.empty();
    }
    // the members' totals alone: scorecards kept as columns are not made for them
    List<BigDecimal> totals = new ArrayList<>(members.length);
    long provisional = 0;
    for (int member : members) {
      totals.add(totalAt.apply(member));
      provisional += errored.test(member) ? 1 : 0;
    }
    String name = how.name().toLowerCase(Locale.ROOT) + " of members' totals";
    if (totals.isEmpty()) {
      return Optional.of(new ScoreLine(ScoreLine.MEMBERS, name, ScoreLine.Status.NOT_APPLICABLE,
          "", FormulaParameters.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
          zero(), Verdict.NOT_JUDGED, campaign.memberWeight(), zero(),
          Message.of("evaluation.members.none")));
    }
    BigDecimal sum = totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal value = switch (how) {
      case SUM -> sum;
      case MEAN -> Decimal128.divide(sum, BigDecimal.valueOf(totals.size()));
      case MIN -> totals.stream().min(BigDecimal::compareTo).orElseThrow();
      case NONE -> throw new AssertionError("handled above");
    };
    BigDecimal points = campaign.decimals().round(value);
    return Optional.of(new ScoreLine(ScoreLine.MEMBERS, name, ScoreLine.Status.SCORED, "",
        FormulaParameters.empty(), Optional.of(points), Optional.empty(), Optional.empty(),
        points, Verdict.NOT_JUDGED, campaign.memberWeight(), zero(),
        provisional == 0 ? Message.of("evaluation.members.inScope", totals.size())
            : Message.of("evaluation.members.provisional", totals.size(), provisional)));
  }

  private BigDecimal zero() {
    return campaign.decimals().round(BigDecimal.ZERO);
  }
}
