package io.emulation.examples.safety;

import io.emulation.core.campaign.Campaign;
import io.emulation.core.criteria.Criterion;
import io.emulation.core.criteria.Measurement;
import io.emulation.core.evaluation.CampaignEvaluator;
import io.emulation.core.evaluation.EvaluationData;
import io.emulation.core.evaluation.EvaluationResult;
import io.emulation.core.org.Individual;
import io.emulation.core.org.OrgUnit;
import io.emulation.core.org.Organisation;
import io.emulation.core.period.Period;
import io.emulation.core.scoring.FormulaRegistry;
import io.emulation.scoring.spi.Direction;
import io.emulation.scoring.spi.FormulaParameters;
import java.math.BigDecimal;
import java.util.List;

/**
 * A workshop's half-year campaign that uses the plugin by id only, as a host's campaign file
 * would: output against plan (built-in {@code emulation:linear}, 90 points) and safety ({@code
 * acme.safety:incident-severity}, 10 points, a veto). An: output 95, no incident (95 points).
 * Bình: output 100, a lost-time injury (92). Cường: output 100, a serious incident (90, veto).
 */
final class SafetyCampaign {
  static final Period H1 = Period.half(2021, 1);

  private SafetyCampaign() {}

  static EvaluationResult evaluate(FormulaRegistry formulas) {
    Campaign campaign = Campaign.builder("safety-h1-2021", "An toàn - quyết thắng 6 tháng")
        .period(H1)
        .organisation(Organisation.builder().unit(OrgUnit.root("px1", "Phân xưởng 1"))
            .individual(Individual.of("an", "An", "px1"))
            .individual(Individual.of("binh", "Bình", "px1"))
            .individual(Individual.of("cuong", "Cường", "px1")).build())
        .criteria(
            Criterion.builder("output", "Output vs plan")
                .formula("emulation:linear",
                    FormulaParameters.builder().put("maxPoints", 90).build())
                .target(new BigDecimal("100")).build(),
            Criterion.builder("safety", "Absolute safety")
                .formula("acme.safety:incident-severity", FormulaParameters.builder()
                    .put("pointsByLevel", List.of(10, 6, 2)).build())
                .direction(Direction.LOWER_IS_BETTER).veto(true).build())
        .build();
    EvaluationData data = EvaluationData.builder()
        .add(Measurement.of("an", "output", H1, new BigDecimal("95")),
            Measurement.of("binh", "output", H1, new BigDecimal("100")),
            Measurement.of("cuong", "output", H1, new BigDecimal("100")),
            Measurement.of("an", "safety", H1, BigDecimal.ZERO),
            Measurement.of("binh", "safety", H1, new BigDecimal("2")),
            Measurement.of("cuong", "safety", H1, new BigDecimal("3")))
        .build();
    return CampaignEvaluator.of(formulas).evaluate(campaign, data, H1);
  }
}
