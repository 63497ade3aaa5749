package io.emulation.core.grading;

import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.Scorecards;
import io.emulation.core.scoring.Scorecard;
import io.emulation.core.text.Message;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Decisions on scales of built-in requirements make their reasons again when read; on random
 * scorecards and scales they equal, in every part and in both languages, the decisions of the
 * same requirements behind a type of the test's own, whose reasons are kept as made.
 */
class GradeDecisionPropertyTest {
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  private static final Grade[] GRADES = {Grade.EXCELLENT, Grade.GOOD, Grade.COMPLETED};

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 40);
  }

  private static GradeRequirement randomRequirement(SplittableRandom random) {
    return switch (random.nextInt(3)) {
      case 0 -> GradeRequirement.noVetoFailure();
      case 1 -> GradeRequirement.minCriterionPoints(random.nextBoolean() ? "output" : "absent",
          BigDecimal.valueOf(random.nextInt(20, 60)));
      default -> GradeRequirement.penaltyAtMostShareOfBonus(new BigDecimal("0.5"));
    };
  }

  /** Up to three bands of falling minimums, each with up to two built-in requirements. */
  private static GradingScale randomScale(SplittableRandom random,
      UnaryOperator<GradeRequirement> requirementAs) {
    GradingScale.Builder scale = GradingScale.builder();
    int minimum = 100;
    for (Grade grade : GRADES) {
      if (random.nextInt(4) > 0) {
        minimum -= random.nextInt(5, 30);
        List<GradeRequirement> requirements = new ArrayList<>();
        for (int r = random.nextInt(3); r > 0; r--) {
          requirements.add(requirementAs.apply(randomRequirement(random)));
        }
        scale.band(grade, BigDecimal.valueOf(minimum),
            requirements.toArray(GradeRequirement[]::new));
      }
    }
    scale.otherwise(Grade.NOT_COMPLETED);
    if (random.nextBoolean()) {
      scale.vetoCap(Grade.NOT_COMPLETED);
    }
    return scale.build();
  }

  private static Scorecard randomScorecard(SplittableRandom random) {
    Scorecards card = Scorecards.card("p" + random.nextInt(100))
        .line("output", Integer.toString(random.nextInt(0, 70)))
        .line("quality", random.nextInt(0, 300) / 10 + "." + random.nextInt(10));
    if (random.nextInt(4) == 0) {
      card.vetoFailed("safety", "0");
    }
    if (random.nextBoolean()) {
      card.bonus(Integer.toString(random.nextInt(0, 6)));
    }
    if (random.nextBoolean()) {
      card.penalty(Integer.toString(random.nextInt(0, 6)));
    }
    return card.build();
  }

  /** The requirement behind a type of the test's own. */
  private static GradeRequirement asAnotherType(GradeRequirement requirement) {
    return new GradeRequirement() {
      @Override
      public Optional<Message> unmetReason(Scorecard scorecard) {
        return requirement.unmetReason(scorecard);
      }

      @Override
      public Message description() {
        return requirement.description();
      }
    };
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void reasonsMadeAgainWhenReadEqualThoseKeptAsMade(long seed) {
    GradingScale builtIn = randomScale(new SplittableRandom(seed), UnaryOperator.identity());
    GradingScale another =
        randomScale(new SplittableRandom(seed), GradeDecisionPropertyTest::asAnotherType);
    SplittableRandom random = new SplittableRandom(~seed);

    for (int i = 0; i < 20; i++) {
      Scorecard scorecard = randomScorecard(random);
      GradeDecision made = builtIn.grade(scorecard);
      GradeDecision kept = another.grade(scorecard);

      assertThat(made).as("seed %d, %s, %s", seed, builtIn, scorecard).isEqualTo(kept)
          .hasSameHashCodeAs(kept).hasToString(kept.toString());
      assertThat(made.explain(VIETNAMESE)).isEqualTo(kept.explain(VIETNAMESE));
    }
  }
}
