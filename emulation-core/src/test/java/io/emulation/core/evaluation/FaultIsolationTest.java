package io.emulation.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.emulation.core.InvalidDefinitionException;
import io.emulation.core.ScoringFailedException;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.criteria.Criterion;
import io.emulation.core.criteria.Measurement;
import io.emulation.core.org.Individual;
import io.emulation.core.org.OrgUnit;
import io.emulation.core.org.Organisation;
import io.emulation.core.period.Period;
import io.emulation.core.scoring.FormulaRegistry;
import io.emulation.core.scoring.TestFormula;
import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.ParameterProblem;
import io.emulation.scoring.spi.Points;
import io.emulation.scoring.spi.ScoringException;
import io.emulation.scoring.spi.ScoringFormula;
import io.emulation.scoring.spi.ScoringInput;
import io.emulation.scoring.spi.SpiVersion;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A misbehaving formula yields an error naming formula, criterion and participant. */
class FaultIsolationTest {
  private static final Period Q1 = Period.quarter(2021, 1);

  private static EvaluationResult evaluate(ScoringFormula formula) {
    Campaign campaign = Campaign.builder("c", "Campaign")
        .period(Q1)
        .organisation(Organisation.builder().unit(OrgUnit.root("f", "Factory"))
            .individual(Individual.of("e1", "An", "f"))
            .individual(Individual.of("e2", "Bình", "f")).build())
        .criteria(Criterion.builder("quality", "Quality")
            .formula(formula.id(), FormulaParameters.empty()).build())
        .build();
    EvaluationData data = EvaluationData.builder()
        .add(Measurement.of("e1", "quality", Q1, BigDecimal.ONE),
            Measurement.of("e2", "quality", Q1, BigDecimal.TEN))
        .build();
    return CampaignEvaluator.of(FormulaRegistry.builder().add(formula).build())
        .evaluate(campaign, data, Q1);
  }

  @Test
  void throwingFormulaIsReportedForEveryParticipant() {
    assertThatThrownBy(() -> evaluate(TestFormula.of("acme:boom", input -> {
      throw new ScoringException("cannot score " + input.value());
    })))
        .isInstanceOfSatisfying(ScoringFailedException.class, e -> {
          assertThat(e.problems()).hasSize(2);
          assertThat(e.getMessage())
              .contains("formula 'acme:boom'")
              .contains("scoring criterion 'quality' for participant 'e1' failed")
              .contains("for participant 'e2' failed")
              .contains("cannot score 10");
        });
  }

  @Test
  void nullPointsAreReported() {
    assertThatThrownBy(() -> evaluate(TestFormula.of("acme:null", input -> null)))
        .isInstanceOf(ScoringFailedException.class)
        .hasMessageContaining("returned no points (null)");
  }

  @Test
  void pointsOutsideTheDeclaredRangeAreReported() {
    assertThatThrownBy(() -> evaluate(TestFormula.identity("acme:small").withRange(0, 5)))
        .isInstanceOf(ScoringFailedException.class)
        .hasMessageContaining("participant 'e2' returned 10 points, outside its declared range [0, 5]")
        .hasMessageNotContaining("participant 'e1'");
  }

  @Test
  void formulaThatThrowsDuringValidationIsADefinitionProblem() {
    ScoringFormula broken = new ScoringFormula() {
      @Override
      public String id() {
        return "acme:broken-validate";
      }

      @Override
      public String spiVersion() {
        return SpiVersion.CURRENT;
      }

      @Override
      public List<ParameterProblem> validate(FormulaParameters parameters) {
        throw new IllegalStateException("oops");
      }

      @Override
      public Points score(ScoringInput input) {
        return Points.of(BigDecimal.ONE, "");
      }
    };
    assertThatThrownBy(() -> evaluate(broken))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("formula 'acme:broken-validate' failed to validate the parameters "
            + "of criterion 'quality'");
  }
}
