package io.emulation.core.criteria;

import static java.util.Comparator.comparing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.emulation.core.InvalidDefinitionException;
import io.emulation.core.Problem;
import io.emulation.core.org.ParticipantKind;
import io.emulation.scoring.spi.Direction;
import io.emulation.scoring.spi.FormulaParameters;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CriterionTest {
  private static final FormulaRef LINEAR =
      FormulaRef.of("emulation:linear", FormulaParameters.builder().put("maxPoints", 10).build());

  @Test
  void aBlankFormulaIdIsRejected() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> FormulaRef.of(" "))
        .withMessage("formula id must not be blank");
  }

  @Test
  void builderDefaultsMatchTheDocumentedOnes() {
    Criterion criterion = Criterion.builder("output", "Production value").formula(LINEAR).build();

    assertThat(criterion.id()).isEqualTo("output");
    assertThat(criterion.name()).isEqualTo("Production value");
    assertThat(criterion.group()).isEmpty();
    assertThat(criterion.appliesTo()).isEqualTo(ParticipantKind.INDIVIDUAL);
    assertThat(criterion.weight()).isEqualByComparingTo("1");
    assertThat(criterion.formula()).isEqualTo(LINEAR);
    assertThat(criterion.target()).isEmpty();
    assertThat(criterion.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
    assertThat(criterion.isVeto()).isFalse();
    assertThat(criterion.whenMissing()).isEqualTo(MissingPolicy.ERROR);
    assertThat(criterion.rollUp()).isEqualTo(RollUp.SUM);
    assertThat(criterion.isYearOverYear()).isFalse();
    assertThat(criterion.isNegativeAllowed()).isFalse();
  }

  @Test
  void builderSetsEveryPart() {
    Criterion criterion = fullySet();

    assertThat(criterion.group()).isEqualTo("Safety");
    assertThat(criterion.appliesTo()).isEqualTo(ParticipantKind.COLLECTIVE);
    assertThat(criterion.weight()).isEqualByComparingTo("20");
    assertThat(criterion.target()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("0"));
    assertThat(criterion.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
    assertThat(criterion.isVeto()).isTrue();
    assertThat(criterion.whenMissing()).isEqualTo(MissingPolicy.ZERO);
    assertThat(criterion.rollUp()).isEqualTo(RollUp.LAST);
    assertThat(criterion.isYearOverYear()).isTrue();
    assertThat(criterion.isNegativeAllowed()).isTrue();
  }

  private static Criterion fullySet() {
    return Criterion.builder("incidents", "Serious incidents")
        .formula("emulation:linear", FormulaParameters.builder().put("maxPoints", 10).build())
        .group("Safety")
        .appliesTo(ParticipantKind.COLLECTIVE)
        .weight(20)
        .target(BigDecimal.ZERO)
        .direction(Direction.LOWER_IS_BETTER)
        .veto(true)
        .whenMissing(MissingPolicy.ZERO)
        .rollUp(RollUp.LAST)
        .yearOverYear(true)
        .negativeAllowed(true)
        .build();
  }

  @Test
  void formulaByIdAndParametersEqualsTheSameRef() {
    Criterion criterion = Criterion.builder("output", "Output")
        .formula("emulation:linear", FormulaParameters.builder().put("maxPoints", 10).build())
        .build();

    assertThat(criterion.formula()).isEqualTo(LINEAR);
  }

  @Test
  void problemsAreEmptyForAValidBuilder() {
    assertThat(Criterion.builder("output", "Output").formula(LINEAR).problems()).isEmpty();
  }

  @Test
  void missingFormulaIsAProblem() {
    assertThat(Criterion.builder("output", "Output").problems())
        .usingElementComparator(comparing(Problem::toString))
        .containsExactly(
            Problem.at("criteria/output/formula", "criterion 'output' has no formula"));
  }

  @Test
  void negativeWeightIsAProblem() {
    assertThat(Criterion.builder("output", "Output").formula(LINEAR)
        .weight(new BigDecimal("-0.5")).problems())
        .usingElementComparator(comparing(Problem::toString))
        .containsExactly(Problem.at("criteria/output/weight",
            "weight of criterion 'output' must be >= 0 but was -0.5"));
  }

  @Test
  void zeroWeightIsAllowed() {
    assertThat(Criterion.builder("output", "Output").formula(LINEAR).weight(0).problems())
        .isEmpty();
  }

  @Test
  void blankIdIsAProblem() {
    assertThat(Criterion.builder(" ", "Output").formula(LINEAR).problems())
        .usingElementComparator(comparing(Problem::toString))
        .containsExactly(
            Problem.at("criteria/ ",
                "criterion id ' ' must be non-blank without leading or trailing spaces"));
  }

  @Test
  void idWithSurroundingSpacesIsAProblem() {
    assertThat(Criterion.builder("output ", "Output").formula(LINEAR).problems())
        .extracting(p -> p.message().toString())
        .containsExactly("criterion id 'output ' must be non-blank without leading or trailing "
            + "spaces");
  }

  @Test
  void problemsListsEveryProblemAtOnce() {
    assertThat(Criterion.builder("", "Output").weight(-1).problems())
        .extracting(Problem::location)
        .containsExactly("criteria/", "criteria//formula", "criteria//weight");
  }

  @Test
  void buildThrowsNamingTheCriterionAndEveryProblem() {
    assertThatExceptionOfType(InvalidDefinitionException.class)
        .isThrownBy(() -> Criterion.builder("output", "Output").weight(-1).build())
        .withMessage("criterion 'output' has 2 problems:\n"
            + "  - criteria/output/formula: criterion 'output' has no formula\n"
            + "  - criteria/output/weight: weight of criterion 'output' must be >= 0 but was -1")
        .satisfies(e -> assertThat(e.problems()).hasSize(2));
  }

  @Test
  void toBuilderRoundTripGivesAnEqualCriterion() {
    Criterion criterion = fullySet();

    Criterion copy = criterion.toBuilder().build();

    assertThat(copy).isEqualTo(criterion).hasSameHashCodeAs(criterion);
  }

  @Test
  void toBuilderDerivesAChangedCopyLeavingTheOriginal() {
    Criterion criterion = fullySet();

    Criterion heavier = criterion.toBuilder().weight(40).build();

    assertThat(heavier.weight()).isEqualByComparingTo("40");
    assertThat(heavier.isVeto()).isTrue();
    assertThat(criterion.weight()).isEqualByComparingTo("20");
    assertThat(heavier).isNotEqualTo(criterion);
  }

  @Test
  void toStringNamesIdFormulaAndWeight() {
    assertThat(Criterion.builder("output", "Output").formula(LINEAR).build())
        .hasToString("Criterion{id=output, formula=" + LINEAR + ", weight=1, "
            + "appliesTo=INDIVIDUAL, direction=HIGHER_IS_BETTER}");
  }

  @Test
  void formulaRefWithoutParametersPrintsItsId() {
    assertThat(FormulaRef.of("emulation:pass-fail")).hasToString("emulation:pass-fail");
  }
}
