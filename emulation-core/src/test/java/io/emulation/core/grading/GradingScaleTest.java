package io.emulation.core.grading;

import static io.emulation.core.Scorecards.card;
import static io.emulation.core.Scorecards.withTotal;
import static java.util.Comparator.comparing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.google.common.collect.ImmutableList;

import io.emulation.core.InvalidDefinitionException;
import io.emulation.core.Problem;
import io.emulation.core.scoring.Scorecard;
import io.emulation.core.text.Message;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GradingScaleTest {
  private static final GradingScale STANDARD = GradingScale.standard();
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  @ParameterizedTest
  @CsvSource({"95, EXCELLENT", "90, EXCELLENT", "90.00, EXCELLENT", "89.99, GOOD", "75, GOOD",
      "74.99, COMPLETED", "50, COMPLETED", "49.99, NOT_COMPLETED", "0, NOT_COMPLETED",
      "-3, NOT_COMPLETED"})
  void standardScaleGradesByTotal(String total, String grade) {
    assertThat(STANDARD.grade(withTotal("e1", total)).grade().code()).isEqualTo(grade);
  }

  @Test
  void standardScaleHasTheFourOfficialLevelsBestFirst() {
    assertThat(STANDARD.grades()).containsExactly(
        Grade.EXCELLENT, Grade.GOOD, Grade.COMPLETED, Grade.NOT_COMPLETED);
    assertThat(STANDARD.vetoCap()).contains(Grade.COMPLETED);
  }

  @Test
  void gradeDecisionGivesTheReasonsForEveryBandPassedOver() {
    GradeDecision decision = STANDARD.grade(withTotal("e1", "74.99"));

    assertThat(decision.reasons()).map(Message::toString).containsExactly(
        "not EXCELLENT: total 74.99 < 90",
        "not GOOD: total 74.99 < 75",
        "COMPLETED: total >= 50, met with total 74.99");
  }

  @Test
  void lastBandTakesEveryoneElse() {
    GradeDecision decision = STANDARD.grade(withTotal("e1", "10"));

    assertThat(decision.grade()).isEqualTo(Grade.NOT_COMPLETED);
    assertThat(decision.reasons()).map(Message::toString).last()
        .isEqualTo("NOT_COMPLETED: everyone else, met with total 10");
  }

  @Test
  void vetoFailureCapsA95PointScorecardAtCompleted() {
    Scorecard vetoed = card("e1").line("output", "80").vetoFailed("safety", "15").build();

    GradeDecision decision = STANDARD.grade(vetoed);

    assertThat(decision.grade()).isEqualTo(Grade.COMPLETED);
    assertThat(decision.reasons()).map(Message::toString).containsExactly(
        "capped at COMPLETED because veto failed: safety",
        "COMPLETED: total >= 50, met with total 95");
  }

  @Test
  void vetoCapNeverRaisesAGrade() {
    Scorecard vetoed = card("e1").vetoFailed("safety", "30").build();

    assertThat(STANDARD.grade(vetoed).grade()).isEqualTo(Grade.NOT_COMPLETED);
  }

  @Test
  void vetoCapAtTheBestGradeCapsNothingAndSaysNothingAboutIt() {
    GradingScale scale = GradingScale.builder()
        .band(Grade.EXCELLENT, BigDecimal.valueOf(90))
        .otherwise(Grade.NOT_COMPLETED)
        .vetoCap(Grade.EXCELLENT)
        .build();
    Scorecard vetoed = card("e1").line("output", "95").vetoFailed("safety", "0").build();

    assertThat(scale.grade(vetoed).reasons()).map(Message::toString)
        .containsExactly("EXCELLENT: total >= 90, met with total 95");
  }

  @Test
  void vetoCapNamesEveryFailedCriterion() {
    Scorecard vetoed = card("e1").vetoFailed("safety", "50").vetoFailed("fire", "45").build();

    assertThat(STANDARD.grade(vetoed).reasons()).map(Message::toString).first()
        .isEqualTo("capped at COMPLETED because veto failed: safety, fire");
  }

  @Test
  void scaleWithoutVetoCapIgnoresVetoFailures() {
    GradingScale scale = GradingScale.builder()
        .band(Grade.EXCELLENT, BigDecimal.valueOf(90))
        .otherwise(Grade.NOT_COMPLETED)
        .build();
    Scorecard vetoed = card("e1").vetoFailed("safety", "95").build();

    assertThat(scale.vetoCap()).isEmpty();
    assertThat(scale.grade(vetoed).grade()).isEqualTo(Grade.EXCELLENT);
  }

  @Test
  void vetoCapIsMatchedByCodeNotByName() {
    Grade c = Grade.of("C", "Hoàn thành");
    GradingScale scale = GradingScale.builder()
        .band(Grade.of("A", "Xuất sắc"), BigDecimal.valueOf(90))
        .band(c, BigDecimal.valueOf(50))
        .otherwise(Grade.of("D", "Không hoàn thành"))
        .vetoCap(Grade.of("C", "Completed"))
        .build();
    Scorecard vetoed = card("e1").vetoFailed("safety", "95").build();

    assertThat(scale.grade(vetoed).grade()).isEqualTo(c);
  }

  @Test
  void noVetoFailureRequirementPassesOverTheBandNamingTheVeto() {
    GradingScale scale = GradingScale.builder()
        .band(Grade.EXCELLENT, BigDecimal.valueOf(90), GradeRequirement.noVetoFailure())
        .band(Grade.GOOD, BigDecimal.valueOf(75))
        .otherwise(Grade.NOT_COMPLETED)
        .build();
    Scorecard vetoed = card("e1").line("output", "80").vetoFailed("safety", "15").build();

    GradeDecision decision = scale.grade(vetoed);

    assertThat(decision.grade()).isEqualTo(Grade.GOOD);
    assertThat(decision.reasons()).map(Message::toString).containsExactly(
        "not EXCELLENT: veto failed: safety",
        "GOOD: total >= 75, met with total 95");
  }

  @Test
  void metRequirementsAreDescribedInTheMatchingReason() {
    GradingScale scale = GradingScale.builder()
        .band(Grade.EXCELLENT, BigDecimal.valueOf(90), GradeRequirement.noVetoFailure(),
            GradeRequirement.minCriterionPoints("output", BigDecimal.valueOf(40)))
        .otherwise(Grade.NOT_COMPLETED)
        .build();

    assertThat(scale.grade(withTotal("e1", "95")).reasons()).map(Message::toString).containsExactly(
        "EXCELLENT: total >= 90 and no veto failed and output >= 40 points, met with total 95");
  }

  @Test
  void minCriterionPointsPassesOverTheBandNamingTheCriterion() {
    GradingScale scale = GradingScale.builder()
        .band(Grade.EXCELLENT, BigDecimal.valueOf(90),
            GradeRequirement.minCriterionPoints("output", BigDecimal.valueOf(40)))
        .band(Grade.GOOD, BigDecimal.valueOf(75))
        .otherwise(Grade.NOT_COMPLETED)
        .build();
    Scorecard card = card("e1").line("output", "35.5").line("discipline", "60").build();

    GradeDecision decision = scale.grade(card);

    assertThat(decision.grade()).isEqualTo(Grade.GOOD);
    assertThat(decision.reasons()).map(Message::toString).first()
        .isEqualTo("not EXCELLENT: output scored 35.5 < 40");
  }

  @Test
  void minCriterionPointsCountsAMissingLineAsZero() {
    GradeRequirement requirement =
        GradeRequirement.minCriterionPoints("initiative", BigDecimal.ONE);

    assertThat(requirement.unmetReason(withTotal("e1", "95")).map(Message::toString))
        .contains("initiative scored 0 < 1");
  }

  @Test
  void minCriterionPointsIsMetAtExactlyTheMinimum() {
    GradeRequirement requirement =
        GradeRequirement.minCriterionPoints("output", new BigDecimal("40"));

    assertThat(requirement.unmetReason(card("e1").line("output", "40.00").build())).isEmpty();
  }

  @Test
  void penaltyAboveTheShareOfBonusIsUnmetNamingBoth() {
    GradeRequirement requirement =
        GradeRequirement.penaltyAtMostShareOfBonus(new BigDecimal("0.5"));
    Scorecard card = card("e1").line("output", "90").bonus("4").penalty("3").build();

    assertThat(requirement.unmetReason(card).map(Message::toString))
        .contains("penalty 3 > 0.5 x bonus 4");
  }

  @Test
  void penaltyOfExactlyTheShareOfBonusIsMet() {
    GradeRequirement requirement =
        GradeRequirement.penaltyAtMostShareOfBonus(new BigDecimal("0.5"));
    Scorecard card = card("e1").line("output", "90").bonus("4").penalty("2").build();

    assertThat(requirement.unmetReason(card)).isEmpty();
  }

  @Test
  void anyPenaltyWithoutBonusIsUnmet() {
    GradeRequirement requirement =
        GradeRequirement.penaltyAtMostShareOfBonus(new BigDecimal("0.5"));

    assertThat(requirement.unmetReason(card("e1").line("output", "90").penalty("1").build())
        .map(Message::toString))
        .contains("penalty 1 > 0.5 x bonus 0");
  }

  @Test
  void penaltyShareBandPassesToTheNextBand() {
    GradingScale scale = GradingScale.builder()
        .band(Grade.EXCELLENT, BigDecimal.valueOf(90),
            GradeRequirement.penaltyAtMostShareOfBonus(new BigDecimal("0.5")))
        .band(Grade.GOOD, BigDecimal.valueOf(75))
        .otherwise(Grade.NOT_COMPLETED)
        .build();
    Scorecard card = card("e1").line("output", "95").bonus("2").penalty("2").build();

    assertThat(scale.grade(card).explain()).isEqualTo("GOOD (Hoàn thành tốt nhiệm vụ): "
        + "not EXCELLENT: penalty 2 > 0.5 x bonus 2; GOOD: total >= 75, met with total 95");
  }

  @Test
  void zeroShareOfBonusIsAllowedAndToleratesNoPenalty() {
    GradeRequirement requirement = GradeRequirement.penaltyAtMostShareOfBonus(BigDecimal.ZERO);

    assertThat(requirement.unmetReason(card("e1").line("output", "90").bonus("5").build()))
        .isEmpty();
    assertThat(requirement.unmetReason(
        card("e1").line("output", "90").bonus("5").penalty("0.5").build()).map(Message::toString))
        .contains("penalty 0.5 > 0 x bonus 5");
  }

  @Test
  void negativeShareIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> GradeRequirement.penaltyAtMostShareOfBonus(new BigDecimal("-0.1")))
        .withMessage("share of bonus must be >= 0 but was -0.1");
  }

  @Test
  void requirementsDescribeThemselves() {
    assertThat(GradeRequirement.noVetoFailure().describe()).isEqualTo("no veto failed");
    assertThat(GradeRequirement.minCriterionPoints("output", new BigDecimal("40")).describe())
        .isEqualTo("output >= 40 points");
    assertThat(GradeRequirement.penaltyAtMostShareOfBonus(new BigDecimal("0.5")).describe())
        .isEqualTo("penalty <= 0.5 x bonus");
  }

  @Test
  void builderReportsEveryProblemAtOnceSortedByLocation() {
    GradingScale.Builder builder = GradingScale.builder()
        .band(Grade.EXCELLENT, BigDecimal.valueOf(90))
        .band(Grade.GOOD, BigDecimal.valueOf(90))
        .band(Grade.EXCELLENT, BigDecimal.valueOf(95))
        .vetoCap(Grade.of("X", "Unknown"));

    assertThat(builder.problems())
        .usingElementComparator(comparing(Problem::toString))
        .containsExactlyInAnyOrder(
            Problem.at("grading/bands[1]", "thresholds must fall from band to band, but GOOD needs "
                + "90, not below the 90 of the band before it"),
            Problem.at("grading/bands[2]", "grade 'EXCELLENT' appears twice"),
            Problem.at("grading/bands[2]", "thresholds must fall from band to band, but EXCELLENT "
                + "needs 95, not below the 90 of the band before it"),
            Problem.at("grading/otherwise",
                "the scale needs a last grade for everyone who reaches no band"),
            Problem.at("grading/vetoCap", "veto cap 'X' is not a grade of the scale"));
    assertThatExceptionOfType(InvalidDefinitionException.class).isThrownBy(builder::build)
        .withMessageStartingWith("grading scale has 5 problems:")
        .satisfies(e -> assertThat(e.problems()).isSorted().hasSize(5));
  }

  @Test
  void otherwiseGradeRepeatingABandIsAProblem() {
    GradingScale.Builder builder = GradingScale.builder()
        .band(Grade.GOOD, BigDecimal.valueOf(75))
        .otherwise(Grade.GOOD);

    assertThat(builder.problems()).usingElementComparator(comparing(Problem::toString))
        .containsExactly(Problem.at("grading/otherwise", "grade 'GOOD' appears twice"));
  }

  @Test
  void vetoCapMayBeTheOtherwiseGrade() {
    GradingScale.Builder builder = GradingScale.builder()
        .band(Grade.GOOD, BigDecimal.valueOf(75))
        .otherwise(Grade.NOT_COMPLETED)
        .vetoCap(Grade.NOT_COMPLETED);

    assertThat(builder.problems()).isEmpty();
  }

  @Test
  void positionCountsFromZeroForTheBest() {
    assertThat(STANDARD.position(Grade.EXCELLENT)).isZero();
    assertThat(STANDARD.position(Grade.COMPLETED)).isEqualTo(2);
    assertThat(STANDARD.position(Grade.NOT_COMPLETED)).isEqualTo(3);
  }

  @Test
  void positionOfAGradeOutsideTheScaleIsRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> STANDARD.position(Grade.of("A", "A")))
        .withMessage("grade A is not in the scale [EXCELLENT, GOOD, COMPLETED, NOT_COMPLETED]");
  }

  @Test
  void isAtLeastComparesByPositionNotByName() {
    assertThat(STANDARD.isAtLeast(Grade.EXCELLENT, Grade.GOOD)).isTrue();
    assertThat(STANDARD.isAtLeast(Grade.GOOD, Grade.GOOD)).isTrue();
    assertThat(STANDARD.isAtLeast(Grade.COMPLETED, Grade.GOOD)).isFalse();
  }

  @Test
  void gradeLooksUpByCode() {
    assertThat(STANDARD.grade("GOOD")).contains(Grade.GOOD);
    assertThat(STANDARD.grade("A")).isEmpty();
  }

  @Test
  void standardScalesAreEqual() {
    assertThat(GradingScale.standard()).isEqualTo(STANDARD).hasSameHashCodeAs(STANDARD);
  }

  @Test
  void scalesDifferingInABandOrInTheCapAreNotEqual() {
    GradingScale lowerExcellent = GradingScale.builder()
        .band(Grade.EXCELLENT, BigDecimal.valueOf(85))
        .band(Grade.GOOD, BigDecimal.valueOf(75))
        .band(Grade.COMPLETED, BigDecimal.valueOf(50))
        .otherwise(Grade.NOT_COMPLETED)
        .vetoCap(Grade.COMPLETED)
        .build();
    GradingScale uncapped = GradingScale.builder()
        .band(Grade.EXCELLENT, BigDecimal.valueOf(90))
        .band(Grade.GOOD, BigDecimal.valueOf(75))
        .band(Grade.COMPLETED, BigDecimal.valueOf(50))
        .otherwise(Grade.NOT_COMPLETED)
        .build();

    assertThat(lowerExcellent).isNotEqualTo(STANDARD);
    assertThat(uncapped).isNotEqualTo(STANDARD);
  }

  @Test
  void toStringDescribesEveryBandAndTheCap() {
    assertThat(STANDARD).hasToString("GradingScale[EXCELLENT total >= 90; GOOD total >= 75; "
        + "COMPLETED total >= 50; NOT_COMPLETED everyone else; veto caps at COMPLETED]");
  }

  @Test
  void explainJoinsGradeAndReasons() {
    GradeDecision decision = new GradeDecision(Grade.GOOD,
        ImmutableList.of(
            Message.literal("not EXCELLENT: total 89.99 < 90"),
            Message.literal("GOOD: total >= 75, met with total 89.99")));

    assertThat(decision.explain()).isEqualTo("GOOD (Hoàn thành tốt nhiệm vụ): "
        + "not EXCELLENT: total 89.99 < 90; GOOD: total >= 75, met with total 89.99");
  }

  @Test
  void decisionOfBuiltInRequirementsEqualsTheSameDecisionWithItsReasonsGiven() {
    GradeDecision decision = STANDARD.grade(withTotal("e1", "74.99"));

    GradeDecision given = new GradeDecision(decision.grade(), decision.reasons());

    assertThat(decision).isEqualTo(given).hasSameHashCodeAs(given).hasToString(given.toString());
    assertThat(decision.explain(VIETNAMESE)).isEqualTo(given.explain(VIETNAMESE));
  }

  @Test
  void decisionOfBuiltInRequirementsGivesEqualReasonsOnEveryRead() {
    GradeDecision decision = STANDARD.grade(withTotal("e1", "89.99"));

    assertThat(decision.reasons()).isEqualTo(decision.reasons()).hasSize(2);
  }

  @Test
  void decisionOfAnotherRequirementKeepsTheReasonsItWasGradedWith() {
    AtomicInteger asked = new AtomicInteger();
    GradeRequirement counted = new GradeRequirement() {
      @Override
      public Optional<Message> unmetReason(Scorecard scorecard) {
        asked.incrementAndGet();
        return Optional.of(Message.literal("not yet"));
      }

      @Override
      public Message description() {
        return Message.literal("counted");
      }
    };
    GradingScale scale = GradingScale.builder()
        .band(Grade.EXCELLENT, BigDecimal.valueOf(90), counted)
        .otherwise(Grade.NOT_COMPLETED)
        .build();

    GradeDecision decision = scale.grade(withTotal("e1", "95"));
    decision.reasons();
    decision.explain();

    assertThat(asked).hasValue(1);
    assertThat(decision.reasons()).map(Message::toString)
        .containsExactly("not EXCELLENT: not yet",
            "NOT_COMPLETED: everyone else, met with total 95");
  }

  @Test
  void reasonsForAGradeTheScorecardDoesNotEarnAreRefused() {
    assertThatIllegalStateException()
        .isThrownBy(() -> STANDARD.reasons(withTotal("e1", "95"), Grade.GOOD))
        .withMessage("the scorecard of e1 was graded GOOD but now earns EXCELLENT");
  }

  @Test
  void decisionsDifferingInGradeOrReasonsAreNotEqual() {
    GradeDecision good = STANDARD.grade(withTotal("e1", "80"));

    assertThat(good).isNotEqualTo(STANDARD.grade(withTotal("e1", "95")))
        .isNotEqualTo(STANDARD.grade(withTotal("e1", "81")))
        .isNotEqualTo(new GradeDecision(Grade.GOOD, ImmutableList.of()))
        .isNotEqualTo("GOOD");
  }

  @Test
  void gradePrintsItsCode() {
    assertThat(Grade.EXCELLENT).hasToString("EXCELLENT");
  }

  @Test
  void blankGradeCodeIsRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> Grade.of(" ", "Name"))
        .withMessage("grade code must not be blank");
  }
}
