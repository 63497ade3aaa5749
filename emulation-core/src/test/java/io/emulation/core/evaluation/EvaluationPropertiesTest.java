package io.emulation.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.criteria.Measurement;
import io.emulation.core.grading.GradingScale;
import io.emulation.core.scoring.FormulaRegistry;
import io.emulation.core.scoring.ScoreLine;
import io.emulation.core.scoring.Scorecard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Invariants of the engine over seeded random campaigns; a failure names its seed. */
class EvaluationPropertiesTest {
  private static final CampaignEvaluator EVALUATOR = CampaignEvaluator.of(FormulaRegistry.load());

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 25);
  }

  private static EvaluationResult evaluate(RandomCampaigns generated) {
    return EVALUATOR.evaluate(generated.campaign, generated.data, RandomCampaigns.H1);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void shuffledInputGivesAnIdenticalResult(long seed) {
    RandomCampaigns generated = RandomCampaigns.generate(seed);
    EvaluationResult expected = evaluate(generated);
    for (long shuffle = 1; shuffle <= 3; shuffle++) {
      assertThat(evaluate(generated.shuffled(seed * 31 + shuffle)))
          .as("seed %d, shuffle %d", seed, shuffle)
          .isEqualTo(expected);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void evaluatingTwiceGivesEqualResults(long seed) {
    RandomCampaigns generated = RandomCampaigns.generate(seed);
    assertThat(evaluate(generated)).as("seed %d", seed).isEqualTo(evaluate(generated));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void totalIsTheSumOfItsParts(long seed) {
    for (ParticipantResult result : evaluate(RandomCampaigns.generate(seed)).all()) {
      Scorecard card = result.scorecard();
      BigDecimal lines = card.lines().stream().map(ScoreLine::contribution)
          .reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(card.total())
          .as("seed %d, participant %s", seed, result.participantId())
          .isEqualByComparingTo(lines.add(card.bonus()).subtract(card.penalty()));
      assertThat(card.total().scale()).as("seed %d", seed).isEqualTo(2);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void vetoNeverYieldsAGradeAboveTheCap(long seed) {
    RandomCampaigns generated = RandomCampaigns.generate(seed);
    for (ParticipantResult result : evaluate(generated).all()) {
      GradingScale scale = generated.campaign.grading(result.participant().kind());
      if (result.scorecard().hasVetoFailure()) {
        assertThat(scale.isAtLeast(scale.vetoCap().orElseThrow(), result.grade().grade()))
            .as("seed %d, participant %s graded %s", seed, result.participantId(),
                result.grade().grade())
            .isTrue();
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void ranksAreConsistentWithTotals(long seed) {
    List<ParticipantResult> individuals = evaluate(RandomCampaigns.generate(seed)).individuals();
    for (int i = 1; i < individuals.size(); i++) {
      ParticipantResult ahead = individuals.get(i - 1);
      ParticipantResult behind = individuals.get(i);
      assertThat(ahead.scorecard().total())
          .as("seed %d: %s listed before %s", seed, ahead.participantId(),
              behind.participantId())
          .isGreaterThanOrEqualTo(behind.scorecard().total());
      assertThat(ahead.overall().rank()).as("seed %d", seed)
          .isLessThanOrEqualTo(behind.overall().rank());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void betterValueOnAMonotoneCriterionNeverLowersItsPoints(long seed) {
    RandomCampaigns generated = RandomCampaigns.generate(seed);
    EvaluationResult before = evaluate(generated);
    SplittableRandom random = new SplittableRandom(seed);
    List<Measurement> improved = new ArrayList<>();
    String changed = null;
    for (Measurement m : generated.data.measurements()) {
      if (changed == null && m.criterionId().equals("output")) {
        changed = m.participantId();
        improved.add(Measurement.of(m.participantId(), m.criterionId(), m.period(),
            m.value().add(RandomCampaigns.decimal(random, 0, 40))));
      } else {
        improved.add(m);
      }
    }
    EvaluationResult after = EVALUATOR.evaluate(generated.campaign,
        EvaluationData.of(improved, generated.data.adjustments()), RandomCampaigns.H1);
    assertThat(points(after, changed)).as("seed %d, participant %s", seed, changed)
        .isGreaterThanOrEqualTo(points(before, changed));
  }

  private static BigDecimal points(EvaluationResult result, String participantId) {
    return result.result(participantId).orElseThrow().scorecard().line("output").orElseThrow()
        .points();
  }
}
