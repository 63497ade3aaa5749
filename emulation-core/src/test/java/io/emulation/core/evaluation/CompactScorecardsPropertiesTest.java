package io.emulation.core.evaluation;

import static io.emulation.core.evaluation.EvaluationFixtures.EVALUATOR;
import static io.emulation.core.evaluation.CompactScorecardsTest.assertCompactEqualsKeptAsMade;
import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.scoring.ScoreLine;
import io.emulation.core.scoring.Scorecard;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * On seeded random campaigns (every built-in formula, both total methods, members lines, errored
 * lines, and summed points of weight 1, which individuals' scorecards are kept from without
 * making their lines), scorecards kept compactly equal scorecards keeping every line as made, and
 * read the points of a criterion from their columns as their lines have them.
 */
class CompactScorecardsPropertiesTest {
  @RepeatedTest(60)
  void compactScorecardsEqualScorecardsKeepingTheirLines(RepetitionInfo repetition) {
    RandomCampaigns generated =
        RandomCampaigns.generate(9_000L + repetition.getCurrentRepetition());

    assertCompactEqualsKeptAsMade(generated.campaign, generated.data, RandomCampaigns.H1,
        generated.toString());
  }

  @RepeatedTest(40)
  void scorecardsKeptFromTheirPointsEqualScorecardsKeepingTheirLines(RepetitionInfo repetition) {
    // summed points of weight 1: individuals' scorecards are kept from their points alone,
    // unless they have adjustments or an errored line
    RandomCampaigns generated =
        RandomCampaigns.generate(9_700L + repetition.getCurrentRepetition()).summingPoints();

    assertCompactEqualsKeptAsMade(generated.campaign, generated.data, RandomCampaigns.H1,
        generated.toString());
  }

  @RepeatedTest(20)
  void pointsOfACriterionAreThePointsOfItsLine(RepetitionInfo repetition) {
    RandomCampaigns generated =
        RandomCampaigns.generate(9_500L + repetition.getCurrentRepetition());
    EvaluationResult result = EVALUATOR.evaluate(generated.campaign, generated.data,
        RandomCampaigns.H1);

    for (ParticipantResult participant : result.all()) {
      Scorecard card = participant.scorecard();
      for (ScoreLine line : card.lines()) {
        assertThat(card.points(line.criterionId())).as("%s %s", generated, line.criterionId())
            .contains(line.points());
        assertThat(card.line(line.criterionId())).contains(line);
      }
      assertThat(card.points("no-such-criterion")).isEmpty();
      assertThat(card.line("no-such-criterion")).isEmpty();
    }
  }

}
