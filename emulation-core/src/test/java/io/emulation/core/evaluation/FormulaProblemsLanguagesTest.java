package io.emulation.core.evaluation;

import static io.emulation.core.evaluation.SmallFactory.H1;
import static io.emulation.core.evaluation.SmallFactory.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.emulation.core.InvalidDefinitionException;
import io.emulation.core.Problem;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.criteria.Criterion;
import io.emulation.core.criteria.Measurement;
import io.emulation.core.scoring.FormulaRegistry;
import io.emulation.core.scoring.ScoreLine;
import io.emulation.core.scoring.ScoringError;
import io.emulation.core.scoring.builtin.BuiltInFormulas;
import io.emulation.core.text.Languages;
import io.emulation.scoring.spi.Explanation;
import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.ParameterProblem;
import io.emulation.scoring.spi.Points;
import io.emulation.scoring.spi.ScoringException;
import io.emulation.scoring.spi.ScoringFormula;
import io.emulation.scoring.spi.ScoringInput;
import io.emulation.scoring.spi.SpiVersion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A built-in formula's bad parameters in a definition error, and its runtime fault in a
 * scorecard's error line, read in Vietnamese and in English; a plugin's problems and faults told
 * in several languages are carried in the reader's, and a plugin's plain text stays as written.
 */
class FormulaProblemsLanguagesTest {
  private static final Locale VI = Languages.VIETNAMESE;
  private static final Locale EN = Languages.ENGLISH;
  private static final Explanation BILINGUAL =
      locale -> Languages.isVietnamese(locale) ? "phải là số chẵn" : "must be even";

  private static Campaign withFormula(String criterionId, String formulaId,
      FormulaParameters parameters) {
    Campaign campaign = SmallFactory.campaign();
    return campaign.toBuilder().replaceCriterion(campaign.criterion(criterionId).orElseThrow()
        .toBuilder().formula(formulaId, parameters).build()).build();
  }

  private static List<Problem> definitionProblems(CampaignEvaluator evaluator,
      Campaign campaign) {
    return catchThrowableOfType(InvalidDefinitionException.class,
        () -> evaluator.compile(campaign)).problems();
  }

  /** A plugin formula whose validation and scoring are given. */
  private static ScoringFormula plugin(String id,
      Function<FormulaParameters, List<ParameterProblem>> validate,
      Function<ScoringInput, Points> score) {
    return new ScoringFormula() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public String spiVersion() {
        return SpiVersion.CURRENT;
      }

      @Override
      public List<ParameterProblem> validate(FormulaParameters parameters) {
        return validate.apply(parameters);
      }

      @Override
      public Points score(ScoringInput input) {
        return score.apply(input);
      }
    };
  }

  private static CampaignEvaluator withPlugin(ScoringFormula formula) {
    return CampaignEvaluator.of(FormulaRegistry.builder().addProvider(new BuiltInFormulas())
        .add(formula).build());
  }

  @Test
  void badParametersOfTwoBuiltInsReadInBothLanguagesInADefinitionError() {
    Campaign campaign = withFormula("output", "emulation:linear",
        params(Map.of("maxPoints", -1)));
    campaign = campaign.toBuilder().replaceCriterion(campaign.criterion("safety").orElseThrow()
        .toBuilder().formula("emulation:pass-fail",
            params(Map.of("threshold", 0, "passPoints", 1, "failPoints", new BigDecimal("2.5"))))
        .build()).build();

    List<Problem> problems =
        definitionProblems(CampaignEvaluator.of(FormulaRegistry.load()), campaign);

    assertThat(problems).extracting(p -> p.describe(EN)).containsExactlyInAnyOrder(
        "criteria/output/formula/parameters/maxPoints: criterion 'output', formula"
            + " 'emulation:linear', parameter 'maxPoints': must be > 0 but was -1",
        "criteria/safety/formula/parameters/failPoints: criterion 'safety', formula"
            + " 'emulation:pass-fail', parameter 'failPoints': must not exceed passPoints (1) but"
            + " was 2.5");
    assertThat(problems).extracting(p -> p.describe(VI)).containsExactlyInAnyOrder(
        "criteria/output/formula/parameters/maxPoints: tiêu chí 'output', công thức"
            + " 'emulation:linear', tham số 'maxPoints': phải > 0 nhưng là -1",
        "criteria/safety/formula/parameters/failPoints: tiêu chí 'safety', công thức"
            + " 'emulation:pass-fail', tham số 'failPoints': không được vượt quá passPoints (1)"
            + " nhưng là 2,5");
  }

  @Test
  void aRuntimeFaultOfABuiltInReadsInBothLanguagesInTheScorecardsErrorLine() {
    List<Measurement> measurements = new ArrayList<>(SmallFactory.data().measurements());
    measurements.replaceAll(m -> m.participantId().equals("a2")
        && m.criterionId().equals("initiatives")
        ? Measurement.of("a2", "initiatives", H1, new BigDecimal("1.5")) : m);
    EvaluationResult result = CampaignEvaluator.of(FormulaRegistry.load())
        .withFaultPolicy(FaultPolicy.PUBLISH_WITH_ERRORS).evaluate(SmallFactory.campaign(),
            EvaluationData.of(measurements, SmallFactory.data().adjustments()), H1);
    ScoreLine line = result.result("a2").orElseThrow().scorecard().line("initiatives")
        .orElseThrow();
    ScoringError error = line.error().orElseThrow();

    assertThat(error.explain(EN)).endsWith(" scoring criterion 'initiatives' for participant"
        + " 'a2' failed: " + ScoringException.class.getName() + ": emulation:per-occurrence"
        + " (criterion 'initiatives', participant 'a2'): value must be a whole number of"
        + " occurrences >= 0 but was 1.5");
    assertThat(error.explain(VI)).endsWith(" khi chấm tiêu chí 'initiatives' cho đối tượng 'a2'"
        + " bị lỗi: " + ScoringException.class.getName() + ": emulation:per-occurrence"
        + " (tiêu chí 'initiatives', đối tượng 'a2'): giá trị phải là số lần xảy ra, một số"
        + " nguyên >= 0, nhưng là 1,5");
    assertThat(line.explain(VI)).contains("giá trị 1,5 -> LỖI, tính 0 điểm");
  }

  @Test
  void aPluginsProblemToldInSeveralLanguagesIsCarriedInTheReadersLanguage() {
    ScoringFormula formula = plugin("acme:even",
        parameters -> List.of(ParameterProblem.of("n", BILINGUAL)),
        input -> Points.of(BigDecimal.ONE, ""));

    Problem problem = definitionProblems(withPlugin(formula), withFormula("initiatives",
        "acme:even", FormulaParameters.empty())).get(0);

    assertThat(problem.message(EN))
        .isEqualTo("criterion 'initiatives', formula 'acme:even', parameter 'n': must be even");
    assertThat(problem.message(VI)).isEqualTo(
        "tiêu chí 'initiatives', công thức 'acme:even', tham số 'n': phải là số chẵn");
  }

  @Test
  void aPluginsProblemInPlainTextStaysAsWritten() {
    ScoringFormula formula = plugin("acme:even",
        parameters -> List.of(ParameterProblem.of("", "must be even")),
        input -> Points.of(BigDecimal.ONE, ""));

    Problem problem = definitionProblems(withPlugin(formula), withFormula("initiatives",
        "acme:even", FormulaParameters.empty())).get(0);

    assertThat(problem.message(VI))
        .isEqualTo("tiêu chí 'initiatives', công thức 'acme:even': must be even");
  }

  @Test
  void aPluginsFaultToldInSeveralLanguagesIsCarriedInTheReadersLanguage() {
    ScoringFormula formula = plugin("acme:even", parameters -> List.of(), input -> {
      throw new ScoringException(BILINGUAL);
    });
    EvaluationResult result = withPlugin(formula).withFaultPolicy(FaultPolicy.PUBLISH_WITH_ERRORS)
        .evaluate(withFormula("initiatives", "acme:even", FormulaParameters.empty()),
            SmallFactory.data(), H1);
    ScoringError error = result.result("a2").orElseThrow().scorecard().errors().get(0);

    assertThat(error.explain(EN)).endsWith(
        "failed: " + ScoringException.class.getName() + ": must be even");
    assertThat(error.explain(VI)).endsWith(
        "bị lỗi: " + ScoringException.class.getName() + ": phải là số chẵn");
  }
}
