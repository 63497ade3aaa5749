package io.emulation.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.campaign.Campaign;
import io.emulation.core.criteria.Criterion;
import io.emulation.core.criteria.Measurement;
import io.emulation.core.criteria.MissingPolicy;
import io.emulation.core.org.Individual;
import io.emulation.core.org.OrgUnit;
import io.emulation.core.org.Organisation;
import io.emulation.core.period.Period;
import io.emulation.core.scoring.FormulaRegistry;
import io.emulation.core.text.Languages;
import java.math.BigDecimal;
import java.util.Map;

/**
 * What the tests comparing two ways of evaluating the same data share: the evaluator, a
 * year-over-year campaign, and the check that two results are alike in every part and word.
 */
final class EvaluationFixtures {
  /** The built-in formulas, publishing formula faults as errored lines. */
  static final CampaignEvaluator EVALUATOR = CampaignEvaluator.of(FormulaRegistry.load())
      .withFaultPolicy(FaultPolicy.PUBLISH_WITH_ERRORS);

  private EvaluationFixtures() {}

  /** Two people's revenue growth over the same half a year earlier, in {@code SmallFactory.H1}. */
  static Campaign growthCampaign() {
    return Campaign.builder("c", "Campaign")
        .period(Period.year(2021))
        .organisation(Organisation.builder().unit(OrgUnit.root("f", "Factory"))
            .individual(Individual.of("e1", "An", "f"))
            .individual(Individual.of("e2", "Bình", "f")).build())
        .criteria(growthCriterion("revenue", "Revenue growth"))
        .build();
  }

  /**
   * A year-over-year growth criterion: 10 points for 10% growth on last year, not applicable to
   * whoever lacks a value.
   */
  static Criterion growthCriterion(String id, String name) {
    return Criterion.builder(id, name)
        .formula("emulation:growth",
            SmallFactory.params(Map.of("maxPoints", 10, "targetGrowth", 10)))
        .yearOverYear(true)
        .whenMissing(MissingPolicy.NOT_APPLICABLE)
        .build();
  }

  /** Both people's revenue in 2020-H1 and 2021-H1. */
  static EvaluationData growthData() {
    return EvaluationData.builder()
        .add(Measurement.of("e1", "revenue", Period.half(2020, 1), new BigDecimal("100")),
            Measurement.of("e1", "revenue", SmallFactory.H1, new BigDecimal("107")),
            Measurement.of("e2", "revenue", Period.half(2020, 1), new BigDecimal("80")),
            Measurement.of("e2", "revenue", SmallFactory.H1, new BigDecimal("96")))
        .build();
  }

  /**
   * Checks that two results are equal, and that every participant's lines and explanation, in
   * English and Vietnamese, are too.
   */
  static void assertEvaluatedAlike(EvaluationResult actual, EvaluationResult expected,
      String what) {
    assertThat(actual).as(what).isEqualTo(expected);
    for (ParticipantResult result : expected.all()) {
      ParticipantResult other = actual.result(result.participantId()).orElseThrow();
      assertThat(other.scorecard().lines()).as(what).isEqualTo(result.scorecard().lines());
      assertThat(other.explain()).as(what).isEqualTo(result.explain());
      assertThat(other.explain(Languages.VIETNAMESE)).as(what)
          .isEqualTo(result.explain(Languages.VIETNAMESE));
    }
  }
}
