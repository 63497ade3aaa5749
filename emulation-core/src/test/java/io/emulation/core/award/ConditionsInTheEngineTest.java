package io.emulation.core.award;

import static io.emulation.core.award.AwardFixture.person;
import static io.emulation.core.award.Conditions.minGrade;
import static java.util.Comparator.comparing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.emulation.core.InvalidDefinitionException;
import io.emulation.core.Problem;
import io.emulation.core.org.DisciplinaryLevel;
import io.emulation.core.org.Individual;
import io.emulation.core.org.ParticipantKind;
import io.emulation.core.text.Message;
import io.emulation.scoring.spi.FormulaParameters;
import java.math.BigDecimal;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Conditions as the engine runs them: what the engine's {@link ConditionContext} gives them,
 * and plugin conditions wrapped by a {@link ConditionRegistry}.
 */
class ConditionsInTheEngineTest {

  private static Award individual(String id) {
    return Award.of(id, "Award " + id, AwardKind.EMULATION_TITLE, ParticipantKind.INDIVIDUAL,
        AwardLevel.GRASSROOTS);
  }

  private static AwardRuleSet only(Award award, Condition condition) {
    return AwardRuleSet.builder("rs").rules(AwardRule.of(award, condition)).build();
  }

  /** A plugin condition type that makes its conditions with a function. */
  private record TypeOf(String id, Function<FormulaParameters, Condition> make)
      implements ConditionType {
    @Override
    public Condition create(FormulaParameters parameters) {
      return make.apply(parameters);
    }
  }

  private static ConditionRegistry registry(ConditionType... types) {
    ConditionRegistry.Builder builder = ConditionRegistry.builder();
    for (ConditionType type : types) {
      builder.add(type);
    }
    return builder.build();
  }

  @Test
  void unitsVetoConditionSeesTheCollectivesTheEngineFoundForThePerson() {
    AwardResult awards = AwardFixture.year2021()
        .unit("w1", person("a1", 90)).unit("w2", person("b1", 90)).unitFailsVeto("w2")
        .decide(only(individual("clean"), Conditions.unitsHaveNoVetoFailure()));

    assertThat(awards.recipients("clean")).containsExactly("a1");
    assertThat(awards.decision("b1", "clean").orElseThrow().reasons()).map(Message::toString)
        .containsExactly("veto failed in unit w2 (unit-safety)");
  }

  @Test
  void unitsVetoConditionSeesEveryCollectiveOfAPersonInNestedUnitsInTheirListingOrder() {
    AwardResult awards = AwardFixture.year2021()
        // w2 (b1's 90) lists ahead of w (the mean of 60 and 90)
        .unit("w", person("a1", 60)).unitWithin("w", "w2", person("b1", 90))
        .unit("z", person("z1", 70)).unitFailsVeto("w2").unitFailsVeto("w")
        .decide(only(individual("clean"), Conditions.unitsHaveNoVetoFailure()));

    assertThat(awards.recipients("clean")).containsExactly("z1");
    assertThat(awards.decision("b1", "clean").orElseThrow().reasons()).map(Message::toString)
        .containsExactly("veto failed in unit w2 (unit-safety), w (unit-safety)");
  }

  @Test
  void aConditionMayReadTheResultOfAnotherParticipant() {
    // w1's total is its members' mean: (90 + 60) / 2 = 75; only a1 is ahead of it
    Condition aheadOfTheUnit = new Condition() {
      @Override
      public ConditionResult evaluate(ConditionContext context) {
        String unit = ((Individual) context.participant()).unitId();
        BigDecimal own = context.result().scorecard().total();
        BigDecimal unitTotal = context.resultOf(unit).orElseThrow().scorecard().total();
        return ConditionResult.of(own.compareTo(unitTotal) > 0,
            own.toPlainString() + " against unit " + unitTotal.toPlainString());
      }

      @Override
      public String describe() {
        return "ahead of the unit";
      }
    };

    AwardResult awards = AwardFixture.year2021()
        .unit("w1", person("a1", 90), person("a2", 60))
        .decide(only(individual("ahead"), aheadOfTheUnit));

    assertThat(awards.recipients("ahead")).containsExactly("a1");
    assertThat(awards.decision("a2", "ahead").orElseThrow().reasons()).map(Message::toString)
        .containsExactly("60.00 against unit 75.00");
  }

  @Test
  void pluginConditionDecidesAndDescribesItselfAsTheConditionItsTypeMade() {
    Condition atLeast80 = registry(new TestConditionTypeProvider.MinScoreType())
        .create("acme:min-score", FormulaParameters.builder().put("min", 80).build());

    AwardResult awards = AwardFixture.year2021()
        .unit("w1", person("a1", 90), person("a2", 60))
        .decide(only(individual("high"), atLeast80));

    assertThat(atLeast80.describe()).isEqualTo("total 80 or more");
    assertThat(awards.recipients("high")).containsExactly("a1");
    assertThat(awards.decision("a2", "high").orElseThrow().reasons()).map(Message::toString)
        .containsExactly("total 60.00, needs 80 or more");
  }

  @Test
  void pluginConditionOnAnotherAwardMakesItsAwardWaitForThatOne() {
    ConditionRegistry conditions = registry(new TypeOf("acme:holds",
        p -> Conditions.holds(p.text("award").orElseThrow())));
    Condition holdsFirst =
        conditions.create("acme:holds", FormulaParameters.builder().put("award", "first").build());

    AwardRuleSet rules = AwardRuleSet.builder("rs")
        .rules(AwardRule.of(individual("second"), holdsFirst),
            AwardRule.of(individual("first"), minGrade("GOOD")))
        .build();
    AwardResult awards = AwardFixture.year2021()
        .unit("w1", person("a1", 90), person("a2", 60)).decide(rules);

    assertThat(holdsFirst.awardsRead()).containsExactly("first");
    assertThat(rules.toString()).endsWith("[first, second]}");
    assertThat(awards.recipients("second")).containsExactly("a1");
  }

  @Test
  void pluginConditionForCollectivesOnlyIsRejectedOnAnAwardForIndividuals() {
    Condition collectiveOnly = registry(new TypeOf("acme:clean-members",
        p -> Conditions.noMemberDisciplinedAtLeast(DisciplinaryLevel.WARNING)))
        .create("acme:clean-members", FormulaParameters.empty());

    InvalidDefinitionException failure = catchThrowableOfType(InvalidDefinitionException.class,
        () -> only(individual("clean"), collectiveOnly));

    assertThat(collectiveOnly.onlyFor()).contains(ParticipantKind.COLLECTIVE);
    assertThat(failure.problems())
        .usingElementComparator(comparing(Problem::toString))
        .containsExactly(Problem.at("awards/clean/conditions",
            "award 'clean' is for INDIVIDUAL participants but its condition '"
                + collectiveOnly.describe() + "' applies to COLLECTIVE participants only"));
  }

  @Test
  void pluginConditionsOfOneTypeAndParametersAreEqual() {
    ConditionRegistry conditions = registry(new TestConditionTypeProvider.MinScoreType());
    FormulaParameters min80 = FormulaParameters.builder().put("min", 80).build();

    Condition one = conditions.create("acme:min-score", min80);
    Condition other = conditions.create("acme:min-score", min80);
    Condition lower = conditions.create("acme:min-score",
        FormulaParameters.builder().put("min", 70).build());

    assertThat(one).isEqualTo(other).hasSameHashCodeAs(other).isNotEqualTo(lower);
  }
}
