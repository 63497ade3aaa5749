package io.emulation.core.award;

import static io.emulation.core.award.EnglishReasons.IN_ENGLISH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.collect.ImmutableList;
import io.emulation.core.org.DisciplinaryLevel;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** all / any / at least k of / not: results, reasons, descriptions and what they read. */
class CompositeConditionsTest {
  private static final Condition GOOD = Conditions.minGrade("GOOD");
  private static final Condition EXCELLENT = Conditions.minGrade("EXCELLENT");
  private static final Condition CLEAN = Conditions.disciplineBelow(DisciplinaryLevel.REPRIMAND);

  /** p1 is graded GOOD (80 points), undisciplined, not under review. */
  private static FakeContext good() {
    return FakeContext.person("p1", "80");
  }

  @Test
  void allIsMetWithEveryReasonInOrder() {
    assertThat(Conditions.all(GOOD, CLEAN).evaluate(good())).usingComparator(IN_ENGLISH)
        .isEqualTo(ConditionResult.met(
        "grade GOOD, needs GOOD or better; discipline NONE, must be below REPRIMAND"));
  }

  @Test
  void allIsUnmetGivingOnlyTheUnmetReasons() {
    assertThat(Conditions.all(GOOD, EXCELLENT, CLEAN, Conditions.holds("x")).evaluate(good()))
        .usingComparator(IN_ENGLISH).isEqualTo(ConditionResult.unmet(
            "grade GOOD, needs EXCELLENT or better; does not hold x in 2021"));
  }

  @Test
  void anyIsMetGivingOnlyTheMetReasons() {
    assertThat(Conditions.any(EXCELLENT, GOOD).evaluate(good()))
        .usingComparator(IN_ENGLISH)
        .isEqualTo(ConditionResult.met("grade GOOD, needs GOOD or better"));
  }

  @Test
  void anyIsUnmetGivingEveryReason() {
    assertThat(Conditions.any(EXCELLENT, Conditions.holds("x")).evaluate(good()))
        .usingComparator(IN_ENGLISH).isEqualTo(ConditionResult.unmet(
            "none of: grade GOOD, needs EXCELLENT or better; does not hold x in 2021"));
  }

  @Test
  void atLeastIsMetWithTheTallyAndEveryReason() {
    assertThat(Conditions.atLeast(2, GOOD, EXCELLENT, CLEAN).evaluate(good()))
        .usingComparator(IN_ENGLISH)
        .isEqualTo(ConditionResult.met("2 of 3 met, needs 2: grade GOOD, needs GOOD or better; "
            + "grade GOOD, needs EXCELLENT or better; discipline NONE, must be below REPRIMAND"));
  }

  @Test
  void atLeastIsUnmetWithTheTallyAndTheUnmetReasons() {
    assertThat(Conditions.atLeast(2, GOOD, EXCELLENT, Conditions.holds("x")).evaluate(good()))
        .usingComparator(IN_ENGLISH)
        .isEqualTo(ConditionResult.unmet("1 of 3 met, needs 2; unmet: grade GOOD, needs "
            + "EXCELLENT or better; does not hold x in 2021"));
  }

  @Test
  void atLeastAllOfThemBehavesLikeAll() {
    assertThat(Conditions.atLeast(2, GOOD, EXCELLENT).evaluate(good()).met()).isFalse();
    assertThat(Conditions.atLeast(2, GOOD, CLEAN).evaluate(good()).met()).isTrue();
  }

  @Test
  void notInvertsAMetCondition() {
    assertThat(Conditions.not(GOOD).evaluate(good()))
        .usingComparator(IN_ENGLISH)
        .isEqualTo(ConditionResult.unmet("not (grade GOOD, needs GOOD or better)"));
  }

  @Test
  void notInvertsAnUnmetCondition() {
    assertThat(Conditions.not(EXCELLENT).evaluate(good()))
        .usingComparator(IN_ENGLISH)
        .isEqualTo(ConditionResult.met("not (grade GOOD, needs EXCELLENT or better)"));
  }

  @Test
  void compositesDescribeTheirParts() {
    assertThat(Conditions.all(GOOD, CLEAN).describe())
        .isEqualTo("grade GOOD or better and discipline below REPRIMAND");
    assertThat(Conditions.any(GOOD, CLEAN).describe())
        .isEqualTo("any of (grade GOOD or better; discipline below REPRIMAND)");
    assertThat(Conditions.atLeast(1, GOOD, CLEAN).describe())
        .isEqualTo("at least 1 of (grade GOOD or better; discipline below REPRIMAND)");
    assertThat(Conditions.not(GOOD).describe()).isEqualTo("not (grade GOOD or better)");
  }

  @Test
  void awardsReadArePropagatedFromEveryDepth() {
    Condition nested = Conditions.all(Conditions.holds("a"),
        Conditions.not(Conditions.any(GOOD,
            Conditions.atLeast(1, Conditions.heldConsecutively("b", 2),
                Conditions.memberShareHoldingMoreThan("c", BigDecimal.TEN)))));

    assertThat(nested.awardsRead()).containsExactlyInAnyOrder("a", "b", "c");
  }

  @Test
  void compositesOfConditionsReadingNothingReadNothing() {
    assertThat(Conditions.all(GOOD, Conditions.not(CLEAN)).awardsRead()).isEmpty();
  }

  @Test
  void childrenAreTheCombinedConditionsInOrder() {
    Condition inner = Conditions.any(EXCELLENT, CLEAN);

    assertThat(Conditions.all(GOOD, inner).children()).containsExactly(GOOD, inner);
    assertThat(Conditions.any(GOOD, CLEAN).children()).containsExactly(GOOD, CLEAN);
    assertThat(Conditions.atLeast(1, GOOD, CLEAN).children()).containsExactly(GOOD, CLEAN);
    assertThat(Conditions.not(inner).children()).containsExactly(inner);
  }

  @Test
  void compositesAreNotRestrictedToAKindThemselves() {
    Condition collectiveOnly = Conditions.membersHoldingAtLeast("x", 1);

    assertThat(Conditions.all(collectiveOnly).onlyFor()).isEmpty();
    assertThat(Conditions.not(collectiveOnly).onlyFor()).isEmpty();
  }

  @Test
  void allOfNothingIsRejected() {
    assertThatIllegalArgumentException().isThrownBy(Conditions::all)
        .withMessage("'all' needs at least one condition");
  }

  @Test
  void anyOfNothingIsRejected() {
    assertThatIllegalArgumentException().isThrownBy(Conditions::any)
        .withMessage("'any' needs at least one condition");
  }

  @Test
  void atLeastZeroIsRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> Conditions.atLeast(0, GOOD, CLEAN))
        .withMessage("'at least 0 of' needs 1 to 2 conditions' worth");
  }

  @Test
  void atLeastMoreThanThereAreIsRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> Conditions.atLeast(3, GOOD, CLEAN))
        .withMessage("'at least 3 of' needs 1 to 2 conditions' worth");
  }

  @Test
  void notOfNullIsRejected() {
    assertThatNullPointerException().isThrownBy(() -> Conditions.not(null))
        .withMessage("condition");
  }

  @Test
  void compositesAreValuesComparingByTheirParts() {
    assertThat(Conditions.all(GOOD, CLEAN))
        .isEqualTo(new Conditions.All(ImmutableList.of(GOOD, CLEAN)))
        .isNotEqualTo(Conditions.all(CLEAN, GOOD))
        .isNotEqualTo(Conditions.any(GOOD, CLEAN));
  }
}
