package io.emulation.examples.safety;

import io.emulation.core.scoring.ScoringError;
import io.emulation.scoring.spi.Direction;
import io.emulation.scoring.spi.Verdict;
import io.emulation.scoring.testkit.FormulaFixture;
import io.emulation.scoring.testkit.FormulaTestKit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the formula makes of each worst incident level, run inside a campaign by the testkit. */
class IncidentSeverityFormulaTest {
  private final FormulaFixture safety = FormulaTestKit.formula(new IncidentSeverityFormula())
      .parameters("pointsByLevel", List.of(10, 6, 2)).direction(Direction.LOWER_IS_BETTER);

  @Test
  void noIncidentEarnsFullPointsAndPasses() {
    safety.score("0").assertPoints("10").assertVerdict(Verdict.PASSED)
        .assertExplanationContains("no incident → 10 points");
  }

  @Test
  void firstAidCaseEarnsTheSecondLevelsPoints() {
    safety.score("1").assertPoints("6").assertExplanationContains("worst incident level 1 of 2");
  }

  @Test
  void firstSeriousIncidentScoresVetoPointsAndFailsTheVeto() {
    safety.score("3").assertPoints("0").assertVerdict(Verdict.FAILED)
        .assertExplanationContains("serious incident (level 3, serious from 3)",
            "safety veto failed");
  }

  @Test
  void levelsAboveTheSeriousOneAreSeriousToo() {
    safety.score("7").assertVerdict(Verdict.FAILED);
  }

  @Test
  void vetoPointsReplaceZeroForASeriousIncident() {
    safety.parameters("pointsByLevel", List.of(10, 6), "vetoPoints", 1).score("2")
        .assertPoints("1");
  }

  @Test
  void fractionalLevelIsAFaultNamingTheValue() {
    safety.score("1.5").assertFault(ScoringError.Fault.THREW,
        "must be a whole number >= 0 but was 1.5");
  }

  @Test
  void higherIsBetterCriterionIsAFault() {
    safety.direction(Direction.HIGHER_IS_BETTER).score("0")
        .assertFault(ScoringError.Fault.THREW, "must be declared lower-is-better");
  }

  @Test
  void risingPointsAreRejectedWhenTheCampaignCompiles() {
    safety.parameters("pointsByLevel", List.of(2, 6)).assertParametersRejected(
        "pointsByLevel[1]", "must not be above the points of level 0");
  }

  @Test
  void unknownParameterIsRejected() {
    safety.parameters("pointsByLevel", List.of(10), "bonus", 1)
        .assertParametersRejected("bonus", "is not a parameter of acme.safety:incident-severity");
  }
}
