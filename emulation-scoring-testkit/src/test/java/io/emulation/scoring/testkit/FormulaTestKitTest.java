package io.emulation.scoring.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.emulation.core.scoring.FormulaRegistry;
import io.emulation.core.scoring.ScoringError;
import io.emulation.core.text.Languages;
import io.emulation.scoring.spi.Direction;
import io.emulation.scoring.spi.Explanation;
import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.Points;
import io.emulation.scoring.spi.ScoringException;
import io.emulation.scoring.spi.ScoringFormula;
import io.emulation.scoring.spi.Verdict;
import org.junit.jupiter.api.Test;

/** The fixture runs a formula inside a campaign, as the engine does, and asserts fluently. */
class FormulaTestKitTest {
  private static final FormulaRegistry BUILT_INS = FormulaRegistry.load();

  private static ScoringFormula builtIn(String id) {
    return BUILT_INS.find(id).orElseThrow();
  }

  private final FormulaFixture linear = FormulaTestKit.formula(builtIn("emulation:linear"))
      .parameters("maxPoints", 50, "bonusPerPercent", 0.5, "maxBonus", 5).target("100");

  @Test
  void scoresAValueAgainstTheTargetAndExplainsIt() {
    linear.score("112").assertPoints("55").assertExplanationContains("112% of target 100");
  }

  @Test
  void oneFixtureScoresManyValues() {
    linear.score("80").assertPoints("40");
    linear.score("100").assertPoints("50");
  }

  @Test
  void pointsAreRoundedToTheCampaignsScale() {
    assertThat(linear.score("33.333").points()).isEqualByComparingTo("16.67");
  }

  @Test
  void wrongPointsFailShowingTheLineAsTheEngineExplainsIt() {
    assertThatThrownBy(() -> linear.score("112").assertPoints("54"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("'emulation:linear' scoring 112 -> criterion (Criterion): value 112,"
            + " target 100 -> emulation:linear");
  }

  @Test
  void verdictOfAPassFailFormulaIsAsserted() {
    FormulaTestKit.formula(builtIn("emulation:pass-fail"))
        .parameters("threshold", 0, "passPoints", 10).direction(Direction.LOWER_IS_BETTER)
        .score("1").assertVerdict(Verdict.FAILED).assertPoints("0");
  }

  @Test
  void peersAreScoredAlongside() {
    FormulaTestKit.formula(builtIn("emulation:percentile")).parameters("maxPoints", 10)
        .peers("50", "60", "70", "80").score("75").assertPoints("7.5");
  }

  @Test
  void baselineMakesTheCriterionYearOverYear() {
    FormulaTestKit.formula(builtIn("emulation:growth"))
        .parameters("maxPoints", 10, "targetGrowth", 10).baseline("100")
        .score("105").assertPoints("5");
  }

  @Test
  void formulaThatThrowsGivesAFaultToAssertOn() {
    SampleFormula refusing = SampleFormula.scoring(input -> {
      throw new ScoringException("cannot score " + input.value());
    });
    FormulaTestKit.formula(refusing).parameters(SampleFormula.capAt(10)).score("3")
        .assertFault(ScoringError.Fault.THREW, "for participant 'p1' failed", "cannot score 3");
  }

  @Test
  void assertingPointsOfAFaultyRunFailsSayingItDidNotScore() {
    FormulaRun run = FormulaTestKit.formula(SampleFormula.scoring(input -> null))
        .parameters(SampleFormula.capAt(10)).score("3");
    assertThatThrownBy(() -> run.assertPoints("3"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("the formula did not score")
        .hasMessageContaining("returned no points (null)");
  }

  @Test
  void invalidParametersAreRejectedWhenTheCampaignCompiles() {
    FormulaTestKit.formula(builtIn("emulation:linear")).parameters("maxPoints", -5).target("100")
        .assertParametersRejected("maxPoints", "> 0");
  }

  @Test
  void scoringWithInvalidParametersFailsWithTheProblems() {
    assertThatThrownBy(() -> FormulaTestKit.formula(new SampleFormula()).score("3"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("could not be evaluated")
        .hasMessageContaining("formula 'acme.sample:capped', parameter 'cap': is required");
  }

  @Test
  void formulaInTheReservedNamespaceCannotBeRun() {
    assertThatThrownBy(() -> FormulaTestKit.formula(new SampleFormula("emulation:capped"))
        .score("3"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("cannot be registered")
        .hasMessageContaining("reserved");
  }

  @Test
  void explanationIsRenderedInTheLanguageAskedFor() {
    Explanation bilingual = locale -> locale.getLanguage().equals("vi") ? "đã nói vậy" : "said so";
    FormulaRun run = FormulaTestKit.formula(SampleFormula.scoring(input ->
        Points.of(input.value(), bilingual))).parameters(SampleFormula.capAt(10)).score("3");

    assertThat(run.explanation(Languages.VIETNAMESE)).isEqualTo("đã nói vậy");
    assertThat(run.explanation(Languages.ENGLISH)).isEqualTo("said so");
    assertThat(run.explanation()).isEqualTo("said so");
  }

  @Test
  void builtInExplanationCanBeAssertedInVietnamese() {
    FormulaTestKit.formula(FormulaRegistry.load().find("emulation:rating").orElseThrow())
        .parameters(FormulaParameters.builder().put("min", 0).put("max", 10).build())
        .score("7.5")
        .assertExplanationContains(Languages.VIETNAMESE, "chấm 7,5 trên thang điểm [0, 10]")
        .assertExplanationContains("rated 7.5 on the scale [0, 10]");
  }

  @Test
  void explanationIsTheFormulasOwn() {
    FormulaRun run = FormulaTestKit.formula(SampleFormula.scoring(input ->
        Points.of(input.value(), "said so"))).parameters(SampleFormula.capAt(10)).score("3");
    assertThat(run.explanation()).isEqualTo("said so");
  }
}
