package io.emulation.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.emulation.core.ScoringFailedException;
import io.emulation.core.award.Award;
import io.emulation.core.award.AwardDecision;
import io.emulation.core.award.AwardEvaluator;
import io.emulation.core.award.AwardInputs;
import io.emulation.core.award.AwardKind;
import io.emulation.core.award.AwardLevel;
import io.emulation.core.award.AwardResult;
import io.emulation.core.award.AwardRule;
import io.emulation.core.award.AwardRuleSet;
import io.emulation.core.award.Conditions;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.campaign.MemberAggregation;
import io.emulation.core.campaign.TotalMethod;
import io.emulation.core.criteria.Criterion;
import io.emulation.core.criteria.Measurement;
import io.emulation.core.org.Individual;
import io.emulation.core.org.OrgUnit;
import io.emulation.core.org.Organisation;
import io.emulation.core.org.ParticipantKind;
import io.emulation.core.period.Period;
import io.emulation.core.plugin.FixtureFormula;
import io.emulation.core.scoring.FormulaRegistry;
import io.emulation.core.scoring.ScoreLine;
import io.emulation.core.scoring.ScoringError;
import io.emulation.core.scoring.ScoringError.Fault;
import io.emulation.core.scoring.TestFormula;
import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.ParameterProblem;
import io.emulation.scoring.spi.Points;
import io.emulation.scoring.spi.PointsRange;
import io.emulation.scoring.spi.ScoringException;
import io.emulation.scoring.spi.ScoringFormula;
import io.emulation.scoring.spi.SpiVersion;
import io.emulation.scoring.spi.Verdict;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Under {@link FaultPolicy#PUBLISH_WITH_ERRORS} a misbehaving formula's lines are published as
 * errored, 0 points, and the participant is graded, ranked and denied awards accordingly.
 *
 * <p>The fixture: individuals e1 (quality 1, output 90) and e2 (quality 10, output 70) of unit
 * f, and the collective f; {@code quality} uses the formula under test, {@code output} scores
 * its value.
 */
class FaultPolicyTest {
  private static final Period Q1 = Period.quarter(2021, 1);

  private static Campaign campaign(String qualityFormula, TotalMethod method) {
    return Campaign.builder("c", "Campaign")
        .period(Q1)
        .organisation(Organisation.builder().unit(OrgUnit.root("f", "Factory"))
            .individual(Individual.of("e1", "An", "f"))
            .individual(Individual.of("e2", "Bình", "f"))
            .collective("f").build())
        .criteria(
            Criterion.builder("quality", "Quality")
                .formula(qualityFormula, FormulaParameters.empty()).build(),
            Criterion.builder("output", "Output")
                .formula("acme:value", FormulaParameters.empty()).build())
        .memberAggregation(MemberAggregation.MEAN, BigDecimal.ONE)
        .totalMethod(method)
        .build();
  }

  private static EvaluationData data() {
    return EvaluationData.builder()
        .add(Measurement.of("e1", "quality", Q1, BigDecimal.ONE),
            Measurement.of("e2", "quality", Q1, BigDecimal.TEN),
            Measurement.of("e1", "output", Q1, new BigDecimal("90")),
            Measurement.of("e2", "output", Q1, new BigDecimal("70")))
        .build();
  }

  private static CampaignEvaluator evaluator(ScoringFormula quality) {
    return CampaignEvaluator.of(FormulaRegistry.builder().add(quality)
        .add(TestFormula.identity("acme:value")).build());
  }

  private static EvaluationResult publish(ScoringFormula quality) {
    return publish(quality, TotalMethod.SUM);
  }

  private static EvaluationResult publish(ScoringFormula quality, TotalMethod method) {
    return evaluator(quality).withFaultPolicy(FaultPolicy.PUBLISH_WITH_ERRORS)
        .evaluate(campaign(quality.id(), method), data(), Q1);
  }

  private static ScoreLine quality(EvaluationResult result, String participantId) {
    return result.result(participantId).orElseThrow().scorecard().line("quality").orElseThrow();
  }

  private static final ScoringFormula THROWS = TestFormula.of("acme:boom", input -> {
    throw new ScoringException("cannot score " + input.value());
  });

  /** Scores 5 for e1's value 1 and throws for e2's value 10. */
  private static final ScoringFormula THROWS_FOR_E2 = TestFormula.of("acme:picky", input -> {
    if (input.value().compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalStateException("too big");
    }
    return Points.of(new BigDecimal("5"), "five");
  });

  @Test
  void evaluatorsFailOnFaultsByDefault() {
    assertThat(CampaignEvaluator.of(FormulaRegistry.builder().build()).faultPolicy())
        .isEqualTo(FaultPolicy.FAIL);
  }

  @Test
  void failPolicyThrowsListingEveryFault() {
    assertThatThrownBy(() -> evaluator(THROWS).evaluate(campaign("acme:boom", TotalMethod.SUM),
        data(), Q1))
        .isInstanceOfSatisfying(ScoringFailedException.class, e ->
            assertThat(e.problems()).hasSize(2));
  }

  @Test
  void throwingFormulaGivesAnErroredLineWorthZero() {
    ScoreLine line = quality(publish(THROWS), "e2");
    assertThat(line.status()).isEqualTo(ScoreLine.Status.ERRORED);
    assertThat(line.points()).isEqualByComparingTo("0");
    assertThat(line.contribution()).isEqualByComparingTo("0");
  }

  @Test
  void errorNamesFormulaJarCriterionAndParticipant() {
    ScoringError error = quality(publish(THROWS), "e2").error().orElseThrow();
    assertThat(error.fault()).isEqualTo(Fault.THREW);
    assertThat(error.formulaId()).isEqualTo("acme:boom");
    assertThat(error.criterionId()).isEqualTo("quality");
    assertThat(error.participantId()).isEqualTo("e2");
    assertThat(error.message().toString())
        .contains("formula 'acme:boom' (" + TestFormula.class.getName(),
        "scoring criterion 'quality' for participant 'e2' failed", "cannot score 10");
  }

  @Test
  void resultListsEveryErrorSortedByCriterionAndParticipant() {
    EvaluationResult result = publish(THROWS);
    assertThat(result.hasErrors()).isTrue();
    assertThat(result.errors()).extracting(ScoringError::participantId)
        .containsExactly("e1", "e2");
  }

  @Test
  void errorsAreOnlyOnTheLinesWhereTheFormulaFailed() {
    EvaluationResult result = publish(THROWS_FOR_E2);
    assertThat(quality(result, "e1").status()).isEqualTo(ScoreLine.Status.SCORED);
    assertThat(result.result("e1").orElseThrow().hasErrors()).isFalse();
    assertThat(result.result("e2").orElseThrow().scorecard().errors()).hasSize(1);
  }

  @Test
  void erroredParticipantIsGradedAndRankedOnWhatCouldBeScored() {
    EvaluationResult result = publish(THROWS);
    ParticipantResult e1 = result.result("e1").orElseThrow();
    ParticipantResult e2 = result.result("e2").orElseThrow();
    assertThat(e1.scorecard().total()).isEqualByComparingTo("90");
    assertThat(e2.scorecard().total()).isEqualByComparingTo("70");
    assertThat(e1.grade().grade().code()).isEqualTo("EXCELLENT");
    assertThat(e2.overall().rank()).isEqualTo(2);
  }

  @Test
  void erroredLineKeepsItsWeightUnderAWeightedMean() {
    ParticipantResult e1 = publish(THROWS, TotalMethod.WEIGHTED_MEAN).result("e1").orElseThrow();
    // (0 x 1 + 90 x 1) / 2: the errored quality line still counts in the denominator
    assertThat(e1.scorecard().total()).isEqualByComparingTo("45");
  }

  @Test
  void explanationMarksTheLineAndTheScorecardAsProvisional() {
    String text = publish(THROWS).explain("e2");
    assertThat(text).contains("quality (Quality): value 10 -> ERRORED, counted as 0 points: "
        + "formula 'acme:boom'").contains("PROVISIONAL: 1 scoring error, counted as 0 points");
  }

  @Test
  void collectivesMembersLineSaysWhichMemberTotalsAreProvisional() {
    ScoreLine members = publish(THROWS_FOR_E2).result("f").orElseThrow().scorecard()
        .line(ScoreLine.MEMBERS).orElseThrow();
    assertThat(members.detail())
        .hasToString("2 members in scope, 1 of them with scoring errors (provisional totals)");
  }

  @Test
  void nullPointsAreAReturnedNullFault() {
    assertThat(quality(publish(TestFormula.of("acme:null", input -> null)), "e1")
        .error().orElseThrow().fault()).isEqualTo(Fault.RETURNED_NULL);
  }

  @Test
  void pointsOutsideTheDeclaredRangeAreAnOutOfRangeFault() {
    ScoringError error = quality(publish(TestFormula.identity("acme:small").withRange(0, 5)), "e2")
        .error().orElseThrow();
    assertThat(error.fault()).isEqualTo(Fault.OUT_OF_RANGE);
    assertThat(error.message().toString())
        .contains("returned 10 points, outside its declared range [0, 5]");
  }

  @Test
  void formulaWhoseRangeThrowsIsFaultyForEveryLine() {
    EvaluationResult result = publish(new BrokenContract("acme:no-range", false, true));
    assertThat(result.errors()).hasSize(2).allSatisfy(e -> {
      assertThat(e.fault()).isEqualTo(Fault.RANGE_FAILED);
      assertThat(e.message().toString())
          .contains("failed in range(), so its points cannot be checked");
    });
  }

  @Test
  void formulaWhoseRangeThrowsFailsTheEvaluationUnderTheFailPolicy() {
    ScoringFormula broken = new BrokenContract("acme:no-range", false, true);
    assertThatThrownBy(() -> evaluator(broken).evaluate(campaign(broken.id(), TotalMethod.SUM),
        data(), Q1))
        .isInstanceOf(ScoringFailedException.class)
        .hasMessageContaining("'acme:no-range'")
        .hasMessageContaining("failed in range()");
  }

  @Test
  void formulaWhoseValidateThrowsCompilesAsFaultyUnderThePublishPolicy() {
    EvaluationResult result = publish(new BrokenContract("acme:no-validate", true, false));
    assertThat(result.errors()).hasSize(2).allSatisfy(e -> {
      assertThat(e.fault()).isEqualTo(Fault.CONTRACT_FAILED);
      assertThat(e.message().toString())
          .contains("for participant '" + e.participantId() + "' could not be"
          + " used: its validate() or requirements() failed when campaign criterion 'quality'");
    });
  }

  @Test
  void linkageErrorWhileScoringSaysWhatToRebuildAgainst() {
    ScoringError error = quality(publish(TestFormula.of("acme:old", input -> {
      throw new NoSuchMethodError("'java.lang.String io.emulation.scoring.spi.Points.unit()'");
    })), "e1").error().orElseThrow();
    assertThat(error.fault()).isEqualTo(Fault.INCOMPATIBLE);
    assertThat(error.message().toString()).contains("NoSuchMethodError",
        "rebuild it against io.emulation:emulation-scoring-spi 1.x");
  }

  @Test
  void erroredVetoCriterionNeitherPassesNorFails() {
    Campaign campaign = Campaign.builder("c", "Campaign").period(Q1)
        .organisation(Organisation.builder().unit(OrgUnit.root("f", "Factory"))
            .individual(Individual.of("e1", "An", "f")).build())
        .criteria(Criterion.builder("safety", "Safety").veto(true)
            .formula("acme:boom", FormulaParameters.empty()).build())
        .build();
    EvaluationResult result = evaluator(THROWS).withFaultPolicy(FaultPolicy.PUBLISH_WITH_ERRORS)
        .evaluate(campaign, EvaluationData.builder()
            .add(Measurement.of("e1", "safety", Q1, BigDecimal.ONE)).build(), Q1);
    ParticipantResult e1 = result.result("e1").orElseThrow();
    assertThat(e1.scorecard().hasVetoFailure()).isFalse();
    assertThat(e1.scorecard().line("safety").orElseThrow().verdict())
        .isEqualTo(Verdict.NOT_JUDGED);
  }

  @Test
  void awardsAreWithheldFromParticipantsWithScoringErrors() {
    Campaign campaign = campaign(THROWS_FOR_E2.id(), TotalMethod.SUM);
    EvaluationResult result = evaluator(THROWS_FOR_E2)
        .withFaultPolicy(FaultPolicy.PUBLISH_WITH_ERRORS).evaluate(campaign, data(), Q1);
    Award certificate = Award.of("certificate", "Certificate", AwardKind.COMMENDATION,
        ParticipantKind.INDIVIDUAL, AwardLevel.GRASSROOTS);
    AwardResult awards = AwardEvaluator.of(AwardRuleSet.builder("test")
        .rules(AwardRule.of(certificate, Conditions.minGrade("COMPLETED"))).build())
        .evaluate(campaign, result, AwardInputs.none());
    assertThat(awards.recipients("certificate")).containsExactly("e1");
    assertThat(awards.decision("e2", "certificate").orElseThrow().outcome())
        .isEqualTo(AwardDecision.Outcome.WITHHELD);
    assertThat(awards.decision("e2", "certificate").orElseThrow().reasons())
        .extracting(Object::toString).containsExactly(
        "withheld: the scorecard has scoring errors on quality; decided once an evaluation "
            + "without errors is available");
  }

  /** A formula whose {@code validate} or {@code range} throws. */
  private static final class BrokenContract extends FixtureFormula {
    private final boolean validateThrows;
    private final boolean rangeThrows;

    BrokenContract(String id, boolean validateThrows, boolean rangeThrows) {
      super(id, SpiVersion.CURRENT);
      this.validateThrows = validateThrows;
      this.rangeThrows = rangeThrows;
    }

    @Override
    public List<ParameterProblem> validate(FormulaParameters parameters) {
      if (validateThrows) {
        throw new IllegalStateException("validator not initialised");
      }
      return List.of();
    }

    @Override
    public Optional<PointsRange> range(FormulaParameters parameters) {
      if (rangeThrows) {
        throw new ArithmeticException("range overflow");
      }
      return Optional.empty();
    }
  }
}
