package io.emulation.core.evaluation;

import static io.emulation.core.evaluation.SmallFactory.H1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.emulation.core.EmulationException;
import io.emulation.core.InvalidDataException;
import io.emulation.core.InvalidDefinitionException;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.campaign.TotalMethod;
import io.emulation.core.criteria.Criterion;
import io.emulation.core.criteria.Measurement;
import io.emulation.core.criteria.MissingPolicy;
import io.emulation.core.grading.Grade;
import io.emulation.core.period.Period;
import io.emulation.core.scoring.FormulaRegistry;
import io.emulation.core.scoring.ScoreLine;
import io.emulation.core.scoring.Scorecard;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The engine on {@link SmallFactory}, every expected number worked out by hand in the comments.
 */
class CampaignEvaluatorTest {
  private final CampaignEvaluator evaluator = CampaignEvaluator.of(FormulaRegistry.load());
  private final EvaluationResult result =
      evaluator.evaluate(SmallFactory.campaign(), SmallFactory.data(), H1);

  private Scorecard card(String id) {
    return result.result(id).orElseThrow().scorecard();
  }

  private BigDecimal points(String participant, String criterion) {
    return card(participant).line(criterion).orElseThrow().points();
  }

  @Test
  void quartersRollUpIntoTheHalfYearAndEarnTheCappedBonus() {
    // a1: Q1 50 + Q2 62 = 112 of target 100 -> 112 %: 50 points + min(0.5 x 12, 5) = 5 bonus
    assertThat(points("a1", "output")).isEqualByComparingTo("55.00");
    assertThat(card("a1").line("output").orElseThrow().value()).contains(new BigDecimal("112"));
  }

  @Test
  void linearScoresInProportionBelowTarget() {
    // a2: 80 of 100 -> 50 x 0.8 = 40
    assertThat(points("a2", "output")).isEqualByComparingTo("40.00");
  }

  @Test
  void missingValueWithZeroPolicyScoresZero() {
    ScoreLine line = card("a1").line("initiatives").orElseThrow();
    assertThat(line.status()).isEqualTo(ScoreLine.Status.MISSING_AS_ZERO);
    assertThat(line.points()).isEqualByComparingTo("0");
  }

  @Test
  void perOccurrencePointsStopAtTheCap() {
    // b1: 3 initiatives x 5 = 15, capped at 10
    assertThat(points("b1", "initiatives")).isEqualByComparingTo("10.00");
  }

  @Test
  void totalsAddCriteriaAndAdjustmentsOfThePeriodOnly() {
    // a1: 55 + 0 + 10 + bonus 2 (Q2 lies in H1) = 67
    assertThat(card("a1").total()).isEqualByComparingTo("67.00");
    // a2: 40 + 5 + 10 - 1.5 = 53.5
    assertThat(card("a2").total()).isEqualByComparingTo("53.50");
    // b1: 55 (130 %: 50 + 5 capped bonus) + 10 + 0 (failed safety) + 15; the Q3 bonus is outside
    assertThat(card("b1").total()).isEqualByComparingTo("80.00");
    assertThat(card("b1").total().scale()).isEqualTo(2);
  }

  @Test
  void failedVetoCapsTheGrade() {
    // b1 has 80 points, which is GOOD, but one safety incident caps the grade at COMPLETED
    ParticipantResult b1 = result.result("b1").orElseThrow();
    assertThat(b1.scorecard().vetoFailures()).containsExactly("safety");
    assertThat(b1.grade().grade()).isEqualTo(Grade.COMPLETED);
    assertThat(b1.grade().explain()).contains("veto failed: safety");
  }

  @Test
  void gradesFollowTheBands() {
    assertThat(result.result("a1").orElseThrow().grade().grade()).isEqualTo(Grade.COMPLETED);
    assertThat(result.result("w2").orElseThrow().grade().grade()).isEqualTo(Grade.EXCELLENT);
  }

  @Test
  void collectivesAddTheMeanOfTheirMembersTotals() {
    // w1: 900 of 1000 -> 90 points; members a1 67 and a2 53.5 -> mean 60.25; total 150.25
    assertThat(points("w1", "unit-output")).isEqualByComparingTo("90.00");
    assertThat(points("w1", ScoreLine.MEMBERS)).isEqualByComparingTo("60.25");
    assertThat(card("w1").total()).isEqualByComparingTo("150.25");
    // w2: 100 + b1's 80 = 180
    assertThat(card("w2").total()).isEqualByComparingTo("180.00");
  }

  @Test
  void individualsAreRankedOverallAndWithinTheirUnit() {
    assertThat(result.individuals()).extracting(ParticipantResult::participantId)
        .containsExactly("b1", "a1", "a2");
    assertThat(result.result("a2").orElseThrow().overall().rank()).isEqualTo(3);
    assertThat(result.result("a2").orElseThrow().inUnit().rank()).isEqualTo(2);
    assertThat(result.result("a2").orElseThrow().inUnit().of()).isEqualTo(2);
    assertThat(result.result("b1").orElseThrow().inUnit().rank()).isEqualTo(1);
  }

  @Test
  void collectivesAreRankedApartFromIndividuals() {
    assertThat(result.collectives()).extracting(ParticipantResult::participantId)
        .containsExactly("w2", "w1");
    assertThat(result.result("w1").orElseThrow().overall().of()).isEqualTo(2);
  }

  @Test
  void explanationNamesFormulaInputsPointsAndDecisions() {
    String text = result.explain("a1");
    assertThat(text)
        .contains("output (Giá trị sản xuất so với kế hoạch): value 112, target 100")
        .contains("emulation:linear")
        .contains("sum of 2021-Q1 50, 2021-Q2 62")
        .contains("-> 55.00 points")
        .contains("bonus +2: helped a new team")
        .contains("total 67.00 = criteria 65.00 + bonus 2.00 - penalty 0.00")
        .contains("grade COMPLETED")
        .contains("rank 2 of 3");
  }

  @Test
  void weightedMeanDividesByTheWeightsOfApplicableCriteria() {
    Campaign campaign = SmallFactory.campaign().toBuilder()
        .totalMethod(TotalMethod.WEIGHTED_MEAN)
        .replaceCriterion(SmallFactory.campaign().criterion("initiatives").orElseThrow()
            .toBuilder().whenMissing(MissingPolicy.NOT_APPLICABLE).weight(2).build())
        .build();
    EvaluationResult weighted = evaluator.evaluate(campaign, SmallFactory.data(), H1);
    // a1: output 55 (w 1), initiatives not applicable, safety 10 (w 1): (55 + 10) / 2 = 32.5 + 2
    assertThat(weighted.result("a1").orElseThrow().scorecard().total())
        .isEqualByComparingTo("34.50");
    // a2: (40 + 2 x 5 + 10) / 4 = 15 - 1.5 = 13.5
    assertThat(weighted.result("a2").orElseThrow().scorecard().total())
        .isEqualByComparingTo("13.50");
  }

  @Test
  void unknownFormulaIsReportedWithASuggestion() {
    Campaign campaign = SmallFactory.campaign().toBuilder()
        .replaceCriterion(SmallFactory.campaign().criterion("output").orElseThrow().toBuilder()
            .formula("emulation:linar", SmallFactory.params(Map.of("maxPoints", 50))).build())
        .build();
    assertThatThrownBy(() -> evaluator.compile(campaign))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("criterion 'output' uses unknown formula 'emulation:linar'")
        .hasMessageContaining("did you mean 'emulation:linear'?");
  }

  @Test
  void invalidParametersAreAllReportedWithTheCriterion() {
    Campaign campaign = SmallFactory.campaign().toBuilder()
        .replaceCriterion(SmallFactory.campaign().criterion("output").orElseThrow().toBuilder()
            .formula("emulation:linear", SmallFactory.params(Map.of("maxPoints", -1))).build())
        .replaceCriterion(SmallFactory.campaign().criterion("initiatives").orElseThrow()
            .toBuilder().formula("emulation:per-occurrence", SmallFactory.params(Map.of()))
            .build())
        .build();
    assertThatThrownBy(() -> evaluator.compile(campaign))
        .isInstanceOfSatisfying(InvalidDefinitionException.class, e ->
            assertThat(e.problems()).hasSizeGreaterThanOrEqualTo(2)
                .anySatisfy(p -> assertThat(p.location())
                    .startsWith("criteria/initiatives/formula/parameters"))
                .anySatisfy(p -> assertThat(p.toString())
                    .contains("criterion 'output', formula 'emulation:linear'")));
  }

  @Test
  void badDataIsReportedAllAtOnceAndNothingIsEvaluated() {
    EvaluationData bad = EvaluationData.builder()
        .addMeasurements(SmallFactory.data().measurements())
        .add(Measurement.of("ghost", "output", H1, BigDecimal.ONE),
            Measurement.of("a1", "speed", H1, BigDecimal.ONE),
            Measurement.of("a2", "output", H1, BigDecimal.TEN),
            Measurement.of("a1", "unit-output", H1, BigDecimal.ONE),
            Measurement.of("b1", "initiatives", Period.quarter(2021, 1), new BigDecimal("-1")))
        .build();
    assertThatThrownBy(() -> evaluator.evaluate(SmallFactory.campaign(), bad, H1))
        .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.problems())
            .extracting(Object::toString)
            .anySatisfy(m -> assertThat(m).contains("unknown participant 'ghost'"))
            .anySatisfy(m -> assertThat(m).contains("unknown criterion 'speed'"))
            .anySatisfy(m -> assertThat(m).contains("duplicate measurement of 'output' for 'a2'"))
            .anySatisfy(m -> assertThat(m).contains("criterion 'unit-output' applies to COLLECTIVE"))
            .anySatisfy(m -> assertThat(m).contains("does not allow negative values")));
  }

  @Test
  void missingRequiredValueNamesCriterionParticipantAndPeriod() {
    EvaluationData data = EvaluationData.of(SmallFactory.data().measurements().stream()
        .filter(m -> !(m.participantId().equals("a2") && m.criterionId().equals("safety")))
        .toList(), SmallFactory.data().adjustments());
    assertThatThrownBy(() -> evaluator.evaluate(SmallFactory.campaign(), data, H1))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("no value of criterion 'safety' for participant 'a2' in 2021-H1");
  }

  @Test
  void periodOutsideTheCampaignIsRejected() {
    assertThatThrownBy(() -> evaluator.evaluate(SmallFactory.campaign(), SmallFactory.data(),
        Period.half(2022, 1)))
        .isInstanceOf(EmulationException.class)
        .hasMessageContaining("2022-H1 is not inside the period 2021");
  }

  @Test
  void participantsOutsideTheScopeAreNotEvaluated() {
    Campaign w1Only = SmallFactory.campaign().toBuilder()
        .scope(io.emulation.core.campaign.Scope.units("w1")).build();
    EvaluationData data = EvaluationData.of(SmallFactory.data().measurements().stream()
        .filter(m -> !m.participantId().startsWith("b") && !m.participantId().equals("w2"))
        .toList(), SmallFactory.data().adjustments().stream()
        .filter(a -> !a.participantId().equals("b1")).toList());
    EvaluationResult scoped = evaluator.evaluate(w1Only, data, H1);
    assertThat(scoped.individuals()).extracting(ParticipantResult::participantId)
        .containsExactly("a1", "a2");
    assertThat(scoped.collectives()).extracting(ParticipantResult::participantId)
        .containsExactly("w1");
  }

  @Test
  void criterionChangeAltersOnlyItsOwnLine() {
    Criterion output = SmallFactory.campaign().criterion("output").orElseThrow();
    Campaign heavier = SmallFactory.campaign().toBuilder()
        .replaceCriterion(output.toBuilder().weight(2).build()).build();
    EvaluationResult changed = evaluator.evaluate(heavier, SmallFactory.data(), H1);
    // a1: output contributes 2 x 55 = 110; total 110 + 0 + 10 + 2 = 122
    assertThat(changed.result("a1").orElseThrow().scorecard().total())
        .isEqualByComparingTo("122.00");
    assertThat(changed.result("a1").orElseThrow().scorecard().line("safety"))
        .isEqualTo(card("a1").line("safety"));
  }
}
