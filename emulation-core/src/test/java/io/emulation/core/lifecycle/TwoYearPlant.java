package io.emulation.core.lifecycle;

import io.emulation.core.campaign.Campaign;
import io.emulation.core.criteria.Criterion;
import io.emulation.core.criteria.Measurement;
import io.emulation.core.criteria.RollUp;
import io.emulation.core.evaluation.CampaignEvaluator;
import io.emulation.core.evaluation.CompiledCampaign;
import io.emulation.core.org.Individual;
import io.emulation.core.org.OrgUnit;
import io.emulation.core.org.Organisation;
import io.emulation.core.period.Period;
import io.emulation.core.scoring.FormulaRegistry;
import io.emulation.scoring.spi.FormulaParameters;
import java.math.BigDecimal;

/**
 * A plant of two people, {@code a} and {@code b}, over 2020 and 2021 (so a period can be
 * compared with the same period a year earlier), scored on one criterion {@code output}: linear
 * points up to 50 at the target 100, rolled up from quarters as the test says.
 */
final class TwoYearPlant {
  static final Period TWO_YEARS = Period.of(Period.year(2020).start(), Period.year(2021).end());

  private TwoYearPlant() {}

  static Campaign campaign(RollUp rollUp) {
    return Campaign.builder("plant", "Thi đua 2020-2021")
        .period(TWO_YEARS)
        .organisation(Organisation.builder()
            .unit(OrgUnit.root("f", "Nhà máy"))
            .individual(Individual.of("a", "Nguyễn Văn An", "f"))
            .individual(Individual.of("b", "Trần Thị Bình", "f"))
            .build())
        .criteria(Criterion.builder("output", "Production value")
            .formula("emulation:linear", FormulaParameters.builder().put("maxPoints", 50).build())
            .target(new BigDecimal("100"))
            .rollUp(rollUp)
            .build())
        .build();
  }

  static CompiledCampaign compiled(RollUp rollUp) {
    return CampaignEvaluator.of(FormulaRegistry.load()).compile(campaign(rollUp));
  }

  static Measurement output(String participantId, Period period, String value) {
    return Measurement.of(participantId, "output", period, new BigDecimal(value));
  }
}
