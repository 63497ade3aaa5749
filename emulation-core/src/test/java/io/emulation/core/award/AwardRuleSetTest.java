package io.emulation.core.award;

import static io.emulation.core.award.Conditions.all;
import static io.emulation.core.award.Conditions.holds;
import static io.emulation.core.award.Conditions.minGrade;
import static java.util.Comparator.comparing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.emulation.core.InvalidDefinitionException;
import io.emulation.core.Problem;
import io.emulation.core.org.ParticipantKind;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checking a rule set and putting its rules in decision order. */
class AwardRuleSetTest {
  private static final Condition GOOD = minGrade("GOOD");

  private static Award person(String id) {
    return Award.of(id, "Award " + id, AwardKind.EMULATION_TITLE, ParticipantKind.INDIVIDUAL,
        AwardLevel.GRASSROOTS);
  }

  private static Award unit(String id) {
    return Award.of(id, "Award " + id, AwardKind.EMULATION_TITLE, ParticipantKind.COLLECTIVE,
        AwardLevel.GRASSROOTS);
  }

  private static AwardRule rule(String id, Condition condition) {
    return AwardRule.of(person(id), condition);
  }

  private static AwardRule rule(String id) {
    return rule(id, GOOD);
  }

  private static List<String> order(AwardRuleSet rules) {
    return rules.decisionOrder().stream().map(r -> r.award().id()).toList();
  }

  private static InvalidDefinitionException failure(AwardRuleSet.Builder builder) {
    return catchThrowableOfType(InvalidDefinitionException.class, builder::build);
  }

  @Test
  void anAwardIsDecidedAfterTheAwardsItsConditionsRead() {
    AwardRuleSet rules = AwardRuleSet.builder("rs")
        .rules(rule("fighter", all(holds("advanced"), GOOD)), rule("advanced")).build();

    assertThat(order(rules)).containsExactly("advanced", "fighter");
  }

  @Test
  void anAwardIsDecidedAfterTheAwardWhoseHoldersItsQuotaCounts() {
    AwardRuleSet rules = AwardRuleSet.builder("rs")
        .rules(rule("fighter").withQuota(Quota.percentOfHolders("advanced", BigDecimal.TEN)),
            rule("advanced"))
        .build();

    assertThat(order(rules)).containsExactly("advanced", "fighter");
  }

  @Test
  void aCollectiveAwardIsDecidedAfterTheIndividualAwardsItCounts() {
    AwardRuleSet rules = AwardRuleSet.builder("rs")
        .rules(AwardRule.of(unit("team"),
                Conditions.memberShareHoldingMoreThan("advanced", BigDecimal.valueOf(50))),
            rule("advanced"))
        .build();

    assertThat(order(rules)).containsExactly("advanced", "team");
  }

  @Test
  void anAwardIsDecidedAfterTheAwardsThatTakePrecedenceOverIt() {
    AwardRuleSet rules = AwardRuleSet.builder("rs")
        .rules(rule("certificate"), rule("medal"), rule("fighter"))
        .exclusionGroup(ExclusionGroup.of("one-form", "fighter", "medal", "certificate"))
        .build();

    assertThat(order(rules)).containsExactly("fighter", "medal", "certificate");
  }

  @Test
  void independentRulesKeepTheirDeclaredOrder() {
    AwardRuleSet rules = AwardRuleSet.builder("rs")
        .rules(rule("c"), rule("b"), rule("a"), rule("d")).build();

    assertThat(order(rules)).containsExactly("c", "b", "a", "d");
    assertThat(rules.rules()).extracting(r -> r.award().id()).containsExactly("c", "b", "a", "d");
  }

  @Test
  void aReadyRuleGoesBeforeAWaitingRuleDeclaredEarlier() {
    AwardRuleSet rules = AwardRuleSet.builder("rs")
        .rules(rule("c", holds("a")), rule("b"), rule("a"), rule("d")).build();

    assertThat(order(rules)).containsExactly("b", "a", "c", "d");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    AwardRuleSet.Builder builder = AwardRuleSet.builder("rs").rules(
        rule("a"),
        rule("a"),
        rule("b", all(GOOD, holds("ghost"))),
        rule("c").withQuota(Quota.percentOfHolders("phantom", BigDecimal.TEN)),
        rule("d", all(GOOD, Conditions.not(Conditions.membersHoldingAtLeast("a", 1)))))
        .exclusionGroup(ExclusionGroup.of("g", "a", "nowhere"));

    InvalidDefinitionException failure = failure(builder);

    assertThat(failure.problems())
        .usingElementComparator(comparing(Problem::toString))
        .containsExactly(
            Problem.at("awards/a", "two rules grant award 'a'"),
            Problem.at("awards/b/conditions",
                "award 'b' has a condition on award 'ghost', which no rule grants"),
            Problem.at("awards/c/quota",
                "quota of award 'c' counts holders of 'phantom', which no rule grants"),
            Problem.at("awards/d/conditions", "award 'd' is for INDIVIDUAL participants but its "
                + "condition 'at least 1 member holds a' applies to COLLECTIVE participants only"),
            Problem.at("exclusionGroups/g",
                "exclusion group 'g' names award 'nowhere', which no rule grants"));
    assertThat(failure).hasMessageStartingWith("award rule set 'rs' has 5 problems:");
    assertThat(builder.problems()).hasSize(5);
  }

  @Test
  void anIndividualOnlyConditionOnACollectiveAwardIsReported() {
    AwardRuleSet.Builder builder = AwardRuleSet.builder("rs")
        .rules(AwardRule.of(unit("team"), Conditions.any(GOOD, Conditions.hiredMonthsBefore(6))));

    assertThat(builder.problems())
        .usingElementComparator(comparing(Problem::toString))
        .containsExactly(Problem.at("awards/team/conditions",
            "award 'team' is for COLLECTIVE participants but its condition 'hired at least 6 "
                + "months before the period ends' applies to INDIVIDUAL participants only"));
  }

  @Test
  void aValidRuleSetHasNoProblems() {
    assertThat(AwardRuleSet.builder("rs").rules(rule("a"), rule("b", holds("a"))).problems())
        .isEmpty();
  }

  @Test
  void aTwoAwardCycleIsRejectedNamingTheAwardsInOrder() {
    AwardRuleSet.Builder builder = AwardRuleSet.builder("rs")
        .rules(rule("a", holds("b")), rule("b", holds("a")));

    assertThat(failure(builder).problems())
        .usingElementComparator(comparing(Problem::toString))
        .containsExactly(Problem.at("awards/a",
            "awards depend on each other in a cycle: a -> b -> a"));
  }

  @Test
  void aLongerCycleIsNamedWholeAndOnlyTheCycle() {
    AwardRuleSet.Builder builder = AwardRuleSet.builder("rs")
        .rules(rule("free"), rule("x", holds("a")), rule("a", holds("b")),
            rule("b", holds("c")), rule("c", holds("a")));

    assertThat(failure(builder).problems()).extracting(p -> p.message().toString()).containsExactly(
        "awards depend on each other in a cycle: a -> b -> c -> a");
  }

  @Test
  void aCycleThroughAnExclusionGroupIsRejected() {
    AwardRuleSet.Builder builder = AwardRuleSet.builder("rs")
        .rules(rule("a", holds("b")), rule("b"))
        .exclusionGroup(ExclusionGroup.of("g", "a", "b"));

    assertThat(failure(builder).problems()).extracting(p -> p.message().toString()).containsExactly(
        "awards depend on each other in a cycle: a -> b -> a");
  }

  @Test
  void aCycleThroughAQuotaIsRejected() {
    AwardRuleSet.Builder builder = AwardRuleSet.builder("rs")
        .rules(rule("a").withQuota(Quota.percentOfHolders("b", BigDecimal.TEN)),
            rule("b", holds("a")));

    assertThat(failure(builder).problems()).extracting(p -> p.message().toString()).containsExactly(
        "awards depend on each other in a cycle: a -> b -> a");
  }

  @Test
  void anAwardConditionedOnItselfIsRejected() {
    AwardRuleSet.Builder builder = AwardRuleSet.builder("rs").rules(rule("a", holds("a")));

    assertThat(failure(builder).problems()).usingElementComparator(comparing(Problem::toString))
        .containsExactly(Problem.at("awards/a", "award 'a' depends on itself"));
  }

  @Test
  void aQuotaCountingTheHoldersOfItsOwnAwardIsRejected() {
    AwardRuleSet.Builder builder = AwardRuleSet.builder("rs")
        .rules(rule("a").withQuota(Quota.percentOfHolders("a", BigDecimal.TEN)));

    assertThat(failure(builder).problems()).usingElementComparator(comparing(Problem::toString))
        .containsExactly(Problem.at("awards/a", "award 'a' depends on itself"));
  }

  @Test
  void excludedByListsTheAwardsOfHigherPrecedenceHighestFirst() {
    AwardRuleSet rules = AwardRuleSet.builder("rs")
        .rules(rule("x"), rule("y"), rule("z"), rule("other"))
        .exclusionGroup(ExclusionGroup.of("g", "x", "y", "z")).build();

    assertThat(rules.excludedBy("z")).containsExactly("x", "y");
    assertThat(rules.excludedBy("y")).containsExactly("x");
    assertThat(rules.excludedBy("x")).isEmpty();
    assertThat(rules.excludedBy("other")).isEmpty();
  }

  @Test
  void excludedByCollectsEveryGroup() {
    AwardRuleSet rules = AwardRuleSet.builder("rs")
        .rules(rule("x"), rule("y"), rule("z"))
        .exclusionGroup(ExclusionGroup.of("g1", "x", "z"))
        .exclusionGroup(ExclusionGroup.of("g2", "y", "z")).build();

    assertThat(rules.excludedBy("z")).containsExactly("x", "y");
  }

  @Test
  void replaceRuleKeepsTheRulesPlace() {
    AwardRuleSet rules = AwardRuleSet.builder("rs").rules(rule("a"), rule("b"), rule("c"))
        .build();
    AwardRule capped = rule("b").withQuota(Quota.count(1));

    AwardRuleSet changed = rules.toBuilder().replaceRule(capped).build();

    assertThat(changed.rules()).containsExactly(rule("a"), capped, rule("c"));
    assertThat(changed.rule("b")).contains(capped);
    assertThat(changed).isNotEqualTo(rules);
  }

  @Test
  void replaceRuleOfAnUnknownAwardIsRejected() {
    AwardRuleSet.Builder builder = AwardRuleSet.builder("rs").rules(rule("a"));

    assertThatIllegalArgumentException().isThrownBy(() -> builder.replaceRule(rule("z")))
        .withMessage("rule set 'rs' has no rule for award 'z'");
  }

  @Test
  void toBuilderRebuildsAnEqualRuleSet() {
    AwardRuleSet rules = AwardRuleSet.builder("rs").rules(rule("a"), rule("b"))
        .exclusionGroup(ExclusionGroup.of("g", "a", "b")).build();

    assertThat(rules.toBuilder().build()).isEqualTo(rules).hasSameHashCodeAs(rules);
  }

  @Test
  void ruleFindsTheRuleGrantingAnAward() {
    AwardRuleSet rules = AwardRuleSet.builder("rs").rules(rule("a")).build();

    assertThat(rules.rule("a")).contains(rule("a"));
    assertThat(rules.rule("b")).isEmpty();
  }

  @Test
  void exclusionGroupNeedsTwoDistinctAwards() {
    assertThatIllegalArgumentException().isThrownBy(() -> ExclusionGroup.of("g", "a"))
        .withMessage("exclusion group 'g' needs at least two awards");
    assertThatIllegalArgumentException().isThrownBy(() -> ExclusionGroup.of("g", "a", "b", "a"))
        .withMessage("exclusion group 'g' lists an award twice: [a, b, a]");
  }
}
