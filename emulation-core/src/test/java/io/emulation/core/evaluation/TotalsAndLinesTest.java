package io.emulation.core.evaluation;

import static io.emulation.core.evaluation.SmallFactory.H1;
import static java.util.Comparator.comparing;
import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.Problem;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.campaign.MemberAggregation;
import io.emulation.core.campaign.TotalMethod;
import io.emulation.core.criteria.Criterion;
import io.emulation.core.criteria.Measurement;
import io.emulation.core.criteria.MissingPolicy;
import io.emulation.core.org.OrgUnit;
import io.emulation.core.org.Organisation;
import io.emulation.core.scoring.FormulaRegistry;
import io.emulation.core.scoring.ScoreLine;
import io.emulation.core.scoring.Scorecard;
import io.emulation.core.scoring.TestFormula;
import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.ParameterProblem;
import io.emulation.scoring.spi.Points;
import io.emulation.scoring.spi.ScoringInput;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Totals and lines at the edges, on {@link SmallFactory}: nothing applicable under a weighted
 * mean, collectives without a members line or without members, and where a line's detail comes
 * from.
 */
class TotalsAndLinesTest {
  private final FormulaRegistry registry = FormulaRegistry.load();
  private final CampaignEvaluator evaluator = CampaignEvaluator.of(registry);

  private Scorecard card(Campaign campaign, EvaluationData data, String participant) {
    return evaluator.evaluate(campaign, data, H1).result(participant).orElseThrow().scorecard();
  }

  private static Campaign withCriterion(Campaign campaign, Criterion criterion) {
    return campaign.toBuilder().replaceCriterion(criterion).build();
  }

  @Test
  void weightedMeanWithNoApplicableLineIsTheAdjustmentsAlone() {
    Campaign campaign = SmallFactory.campaign().toBuilder()
        .totalMethod(TotalMethod.WEIGHTED_MEAN).build();
    for (String id : List.of("output", "initiatives", "safety")) {
      campaign = withCriterion(campaign, campaign.criterion(id).orElseThrow().toBuilder()
          .whenMissing(MissingPolicy.NOT_APPLICABLE).build());
    }
    EvaluationData withoutA1 = EvaluationData.of(SmallFactory.data().measurements().stream()
        .filter(m -> !m.participantId().equals("a1")).toList(), SmallFactory.data().adjustments());

    Scorecard a1 = card(campaign, withoutA1, "a1");

    // a1 keeps only the Q2 bonus of 2
    assertThat(a1.criteriaTotal()).isEqualByComparingTo("0");
    assertThat(a1.total()).isEqualByComparingTo("2.00");
  }

  @Test
  void weightedMeanWhoseApplicableCriteriaWeighNothingIsTheAdjustmentsAlone() {
    // output and safety weigh 0; initiatives weighs 1 but does not apply to a1, who has none
    Campaign campaign = SmallFactory.campaign().toBuilder()
        .totalMethod(TotalMethod.WEIGHTED_MEAN).build();
    for (String id : List.of("output", "safety")) {
      campaign = withCriterion(campaign,
          campaign.criterion(id).orElseThrow().toBuilder().weight(0).build());
    }
    campaign = withCriterion(campaign, campaign.criterion("initiatives").orElseThrow().toBuilder()
        .whenMissing(MissingPolicy.NOT_APPLICABLE).build());

    Scorecard a1 = card(campaign, SmallFactory.data(), "a1");

    // a1 keeps only the Q2 bonus of 2
    assertThat(a1.criteriaTotal()).isEqualByComparingTo("0");
    assertThat(a1.total()).isEqualByComparingTo("2.00");
  }

  @Test
  void collectivesGetNoMembersLineWhenTheCampaignAggregatesNone() {
    Campaign campaign = SmallFactory.campaign().toBuilder()
        .memberAggregation(MemberAggregation.NONE, BigDecimal.ONE).build();

    Scorecard w1 = card(campaign, SmallFactory.data(), "w1");

    assertThat(w1.line(ScoreLine.MEMBERS)).isEmpty();
    assertThat(w1.total()).isEqualByComparingTo("90.00");
  }

  @Test
  void collectiveWithoutMembersHasAMembersLineThatDoesNotApply() {
    Organisation factory = SmallFactory.organisation();
    Organisation.Builder withW3 = Organisation.builder();
    factory.units().forEach(withW3::unit);
    factory.collectives().forEach(c -> withW3.collective(c.id()));
    Organisation org = withW3.individuals(factory.individuals())
        .unit(OrgUnit.of("w3", "Phân xưởng 3", "f")).collective("w3").build();
    Campaign campaign = SmallFactory.campaign().toBuilder().organisation(org).build();
    EvaluationData data = EvaluationData.of(Stream.concat(
        SmallFactory.data().measurements().stream(),
        Stream.of(Measurement.of("w3", "unit-output", H1, new BigDecimal("500")))).toList(),
        SmallFactory.data().adjustments());

    Scorecard w3 = card(campaign, data, "w3");

    ScoreLine members = w3.line(ScoreLine.MEMBERS).orElseThrow();
    assertThat(members.status()).isEqualTo(ScoreLine.Status.NOT_APPLICABLE);
    assertThat(members.detail()).hasToString("no members in scope");
    assertThat(w3.total()).isEqualByComparingTo("50.00");
  }

  @Test
  void detailOfADirectMeasurementIsTheFormulasExplanationAlone() {
    Criterion output = SmallFactory.campaign().criterion("output").orElseThrow();
    String explanation = registry.find("emulation:linear").orElseThrow()
        .score(ScoringInput.builder(new BigDecimal("80")).target(new BigDecimal("100"))
            .parameters(output.formula().parameters()).build())
        .explanation();

    ScoreLine a2 = card(SmallFactory.campaign(), SmallFactory.data(), "a2").line("output")
        .orElseThrow();

    assertThat(explanation).isNotEmpty();
    assertThat(a2.detail()).hasToString(explanation);
  }

  @Test
  void detailOfARolledUpValueScoredWithoutExplanationIsTheRollUpAlone() {
    FormulaRegistry.Builder formulas = FormulaRegistry.builder()
        .add(TestFormula.of("test:terse", input -> Points.of(input.value(), "")));
    registry.formulas().forEach(formulas::add);
    Campaign campaign = withCriterion(SmallFactory.campaign(), SmallFactory.campaign()
        .criterion("output").orElseThrow().toBuilder()
        .formula("test:terse", FormulaParameters.empty()).build());

    ScoreLine a1 = CampaignEvaluator.of(formulas.build())
        .evaluate(campaign, SmallFactory.data(), H1).result("a1").orElseThrow().scorecard()
        .line("output").orElseThrow();

    assertThat(a1.detail()).hasToString("sum of 2021-Q1 50, 2021-Q2 62");
  }

  @Test
  void checkListsTheProblemsOfOneCriterionAndNothingForAGoodOne() {
    Criterion output = SmallFactory.campaign().criterion("output").orElseThrow();

    assertThat(evaluator.check(output)).isEmpty();
    assertThat(evaluator.check(output.toBuilder()
            .formula("emulation:linear", SmallFactory.params(Map.of("maxPoints", -1))).build()))
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.location()).startsWith("criteria/output/formula"));
  }

  @Test
  void problemWithTheParametersAsAWholeIsReportedWithoutAParameterName() {
    TestFormula fussy = TestFormula.identity("test:fussy");
    ScoringFormulaWithProblem whole = new ScoringFormulaWithProblem(fussy,
        ParameterProblem.of("", "min must be below max"));
    FormulaRegistry formulas = FormulaRegistry.builder().add(whole).build();
    Criterion criterion = Criterion.builder("x", "X")
        .formula("test:fussy", FormulaParameters.empty()).build();

    assertThat(CampaignEvaluator.of(formulas).check(criterion))
        .usingElementComparator(comparing(Problem::toString))
        .containsExactly(Problem.at(
            "criteria/x/formula/parameters", "criterion 'x', formula 'test:fussy': "
                + "min must be below max"));
  }

  /** A formula whose validation always reports one problem. */
  private record ScoringFormulaWithProblem(TestFormula formula, ParameterProblem problem)
      implements io.emulation.scoring.spi.ScoringFormula {
    @Override
    public String id() {
      return formula.id();
    }

    @Override
    public String spiVersion() {
      return formula.spiVersion();
    }

    @Override
    public List<ParameterProblem> validate(FormulaParameters parameters) {
      return List.of(problem);
    }

    @Override
    public Points score(ScoringInput input) {
      return formula.score(input);
    }
  }
}
