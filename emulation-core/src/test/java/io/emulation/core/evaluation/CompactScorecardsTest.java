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
import io.emulation.core.scoring.Scorecard;
import io.emulation.core.text.Languages;
import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.Points;
import io.emulation.scoring.spi.ScoringFormula;
import io.emulation.scoring.spi.ScoringInput;
import io.emulation.scoring.spi.SpiVersion;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scorecards kept compactly (points and contributions in columns, lines made again when read)
 * are indistinguishable from scorecards keeping every line as made: equal, explained alike, with
 * the same points per criterion.
 */
class CompactScorecardsTest {
  static final CampaignEvaluator EVALUATOR = CampaignEvaluator.of(FormulaRegistry.load())
      .withFaultPolicy(FaultPolicy.PUBLISH_WITH_ERRORS);
  private static final Period H1 = SmallFactory.H1;

  static void assertCompactEqualsKeptAsMade(Campaign campaign, EvaluationData data,
      Period period, String what) {
    CompiledCampaign compiled = EVALUATOR.compile(campaign);
    EvaluationResult compact = compiled.evaluate(data, period, 1, true);
    EvaluationResult kept = compiled.evaluate(data, period, 1, false);

    assertThat(compact).as(what).isEqualTo(kept);
    for (ParticipantResult result : kept.all()) {
      ParticipantResult other = compact.result(result.participantId()).orElseThrow();
      assertThat(other.scorecard().lines()).as(what).isEqualTo(result.scorecard().lines());
      assertThat(other.explain()).as(what).isEqualTo(result.explain());
      assertThat(other.explain(Languages.VIETNAMESE)).as(what)
          .isEqualTo(result.explain(Languages.VIETNAMESE));
    }
  }

  @Test
  void rolledUpQuartersAreMadeAgainAsScored() {
    // SmallFactory's output is measured per quarter and rolled up into the half year
    assertCompactEqualsKeptAsMade(SmallFactory.campaign(), SmallFactory.data(), H1,
        "small factory");
  }

  @Test
  void yearOverYearBaselinesAreMadeAgainAsScored() {
    Campaign campaign = Campaign.builder("c", "Campaign")
        .period(Period.year(2021))
        .organisation(Organisation.builder().unit(OrgUnit.root("f", "Factory"))
            .individual(Individual.of("e1", "An", "f"))
            .individual(Individual.of("e2", "Bình", "f")).build())
        .criteria(Criterion.builder("revenue", "Revenue growth")
            .formula("emulation:growth",
                SmallFactory.params(Map.of("maxPoints", 10, "targetGrowth", 10)))
            .yearOverYear(true)
            .whenMissing(MissingPolicy.NOT_APPLICABLE)
            .build())
        .build();
    EvaluationData data = EvaluationData.builder()
        .add(Measurement.of("e1", "revenue", Period.half(2020, 1), new BigDecimal("100")),
            Measurement.of("e1", "revenue", H1, new BigDecimal("107")))
        .build();

    assertCompactEqualsKeptAsMade(campaign, data, H1, "growth");
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
}
