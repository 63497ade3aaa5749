package io.emulation.core.evaluation;

import static io.emulation.core.evaluation.EvaluationFixtures.EVALUATOR;
import static io.emulation.core.evaluation.EvaluationFixtures.assertEvaluatedAlike;
import static io.emulation.core.evaluation.EvaluationFixtures.growthCampaign;
import static io.emulation.core.evaluation.EvaluationFixtures.growthData;
import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.campaign.Campaign;
import io.emulation.core.campaign.TotalMethod;
import io.emulation.core.criteria.Criterion;
import io.emulation.core.criteria.Measurement;
import io.emulation.core.org.Individual;
import io.emulation.core.org.OrgUnit;
import io.emulation.core.org.Organisation;
import io.emulation.core.period.Period;
import io.emulation.core.scoring.FormulaRegistry;
import io.emulation.core.scoring.Scorecard;
import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.Points;
import io.emulation.scoring.spi.ScoringFormula;
import io.emulation.scoring.spi.ScoringInput;
import io.emulation.scoring.spi.SpiVersion;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Scorecards kept compactly (points and contributions in columns, lines made again when read)
 * are indistinguishable from scorecards keeping every line as made: equal, explained alike, with
 * the same points per criterion.
 */
class CompactScorecardsTest {
  private static final Period H1 = SmallFactory.H1;

  static void assertCompactEqualsKeptAsMade(Campaign campaign, EvaluationData data,
      Period period, String what) {
    CompiledCampaign compiled = EVALUATOR.compile(campaign);

    assertEvaluatedAlike(compiled.evaluate(data, period, 1, true),
        compiled.evaluate(data, period, 1, false), what);
  }

  @Test
  void rolledUpQuartersAreMadeAgainAsScored() {
    // SmallFactory's output is measured per quarter and rolled up into the half year
    assertCompactEqualsKeptAsMade(SmallFactory.campaign(), SmallFactory.data(), H1,
        "small factory");
  }

  @Test
  void yearOverYearBaselinesAreMadeAgainAsScored() {
    assertCompactEqualsKeptAsMade(growthCampaign(), growthData(), H1, "growth");
  }

  @Test
  void linesOfBuiltInFormulasAreMadeAgainOnEachRead() {
    Scorecard card = EVALUATOR.evaluate(SmallFactory.campaign(), SmallFactory.data(), H1)
        .result("a1").orElseThrow().scorecard();

    assertThat(card.lines()).isNotSameAs(card.lines()).isEqualTo(card.lines());
  }

  @Test
  void linesOfAPluginFormulaAreKeptAsMade() {
    ScoringFormula doubling = new ScoringFormula() {
      @Override
      public String id() {
        return "test:doubling";
      }

      @Override
      public String spiVersion() {
        return SpiVersion.CURRENT;
      }

      @Override
      public Points score(ScoringInput input) {
        return Points.of(input.value().multiply(BigDecimal.valueOf(2)), "twice the value");
      }
    };
    Campaign campaign = Campaign.builder("c", "Campaign")
        .period(H1)
        .organisation(Organisation.builder().unit(OrgUnit.root("f", "Factory"))
            .individual(Individual.of("e1", "An", "f")).build())
        .criteria(Criterion.builder("quality", "Quality")
            .formula(doubling.id(), FormulaParameters.empty()).build())
        .build();
    EvaluationData data = EvaluationData.builder()
        .add(Measurement.of("e1", "quality", H1, BigDecimal.TEN)).build();

    Scorecard card = CampaignEvaluator.of(FormulaRegistry.builder().add(doubling).build())
        .evaluate(campaign, data, H1).result("e1").orElseThrow().scorecard();

    assertThat(card.lines()).isSameAs(card.lines());
    assertThat(card.points("quality")).contains(new BigDecimal("20.00"));
  }

  /** One person scored on one linear criterion of the given weight and maximum points. */
  private static Campaign linear(String weight, String maxPoints, TotalMethod method) {
    return Campaign.builder("c", "Campaign")
        .period(H1)
        .totalMethod(method)
        .organisation(Organisation.builder().unit(OrgUnit.root("f", "Factory"))
            .individual(Individual.of("e1", "An", "f")).build())
        .criteria(Criterion.builder("output", "Output").weight(new BigDecimal(weight))
            .formula("emulation:linear", FormulaParameters.builder()
                .put("maxPoints", new BigDecimal(maxPoints)).build())
            .target(BigDecimal.TEN).build())
        .build();
  }

  private static final EvaluationData TARGET_MET = EvaluationData.builder()
      .add(Measurement.of("e1", "output", H1, BigDecimal.TEN)).build();

  @Test
  void aValueTooLargeToRoundForItsExplanationIsScoredAlikeWithAndWithoutText() {
    // points are kept without their text and the line is made with it when read: showing
    // 1E+1000000000 % of the target must not fail where scoring it does not
    EvaluationData huge = EvaluationData.builder()
        .add(Measurement.of("e1", "output", H1, new BigDecimal("1E+1000000000"))).build();

    CompiledCampaign compiled = EVALUATOR.compile(linear("1", "10", TotalMethod.SUM));
    Scorecard compact = compiled.evaluate(huge, H1, 1, true).result("e1").orElseThrow()
        .scorecard();
    Scorecard asMade = compiled.evaluate(huge, H1, 1, false).result("e1").orElseThrow()
        .scorecard();

    // compared without rendering: the explanation would spell out a billion digits
    assertThat(compact.lines()).isEqualTo(asMade.lines());
    assertThat(compact.total()).isEqualTo(asMade.total()).isEqualTo(new BigDecimal("10.00"));
  }

  @Test
  void pointsOfMoreThanNineDigitsKeepTheLinesAsMade() {
    Campaign campaign = linear("1", "10000000", TotalMethod.SUM);

    Scorecard card = EVALUATOR.evaluate(campaign, TARGET_MET, H1).result("e1").orElseThrow()
        .scorecard();

    assertThat(card.lines()).isSameAs(card.lines());
    assertThat(card.points("output")).contains(new BigDecimal("10000000.00"));
  }

  @Test
  void pointsOfNineDigitsAreMadeAgainWhenRead() {
    Campaign campaign = linear("1", "9999999", TotalMethod.SUM);

    Scorecard card = EVALUATOR.evaluate(campaign, TARGET_MET, H1).result("e1").orElseThrow()
        .scorecard();

    assertThat(card.lines()).isNotSameAs(card.lines()).isEqualTo(card.lines());
    assertThat(card.line("output").orElseThrow().contribution())
        .isEqualTo(new BigDecimal("9999999.00"));
  }

  @Test
  void contributionsOtherThanThePointsAreKeptBesideThem() {
    Campaign campaign = linear("2.5", "6", TotalMethod.SUM);

    Scorecard card = EVALUATOR.evaluate(campaign, TARGET_MET, H1).result("e1").orElseThrow()
        .scorecard();

    assertThat(card.lines()).isNotSameAs(card.lines());
    assertThat(card.line("output").orElseThrow().contribution())
        .isEqualTo(new BigDecimal("15.00"));
    assertCompactEqualsKeptAsMade(campaign, TARGET_MET, H1, "weight 2.5");
  }

  @Test
  void weightedMeanContributionsAreKeptBesideThePoints() {
    Campaign campaign = linear("1", "6", TotalMethod.WEIGHTED_MEAN);

    assertCompactEqualsKeptAsMade(campaign, TARGET_MET, H1, "weighted mean");
  }
}
