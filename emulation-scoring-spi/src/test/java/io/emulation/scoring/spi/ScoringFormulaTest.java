package io.emulation.scoring.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScoringFormulaTest {
  private static final FormulaParameters PARAMETERS = FormulaParameters.of(Map.of("x", 1));

  /** The minimal formula of the {@link ScoringFormula} Javadoc: implements only what it must. */
  private static final class DoubleIt implements ScoringFormula {
    @Override
    public String id() {
      return "acme:double-it";
    }

    @Override
    public String spiVersion() {
      return SpiVersion.CURRENT;
    }

    @Override
    public Points score(ScoringInput in) {
      return Points.of(in.value().multiply(BigDecimal.valueOf(2)), "twice the value");
    }
  }

  private final ScoringFormula formula = new DoubleIt();

  @Test
  void descriptionDefaultsToId() {
    assertThat(formula.description()).isEqualTo("acme:double-it");
  }

  @Test
  void validateDefaultsToNoProblems() {
    assertThat(formula.validate(PARAMETERS)).isEmpty();
  }

  @Test
  void requirementsDefaultToNone() {
    assertThat(formula.requirements()).isEmpty();
  }

  @Test
  void rangeDefaultsToUndeclared() {
    assertThat(formula.range(PARAMETERS)).isEmpty();
  }

  @Test
  void isMonotoneDefaultsToFalse() {
    assertThat(formula.isMonotone(PARAMETERS)).isFalse();
  }

  @Test
  void minimalFormulaScores() {
    Points points = formula.score(ScoringInput.builder(new BigDecimal("2.5")).build());

    assertThat(points.value()).isEqualByComparingTo("5");
  }

  @Test
  void minimalFormulaReportsAVersionCompatibleWithThisRuntime() {
    assertThat(SpiVersion.parse(formula.spiVersion()).isCompatibleWith(SpiVersion.current()))
        .isTrue();
  }

  @Test
  void minimalFormulaIdMatchesThePattern() {
    assertThat(formula.id()).matches(ScoringFormula.ID_PATTERN);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "emulation:linear", "acme.safety:incident-free-days", "a:b", "acme-2.x9:step-3"})
  void idPatternAccepts(String id) {
    assertThat(ScoringFormula.ID_PATTERN.matcher(id).matches()).as(id).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Linear", "linear", "emulation:", ":x", "a:b:c", "emulation:Bad_Name", "Acme:linear",
      "1acme:linear", "acme..safety:linear", "acme.:linear", "acme:-linear", "acme: linear",
      " acme:linear", "acme:linear "})
  void idPatternRejects(String id) {
    assertThat(ScoringFormula.ID_PATTERN.matcher(id).matches()).as("'%s'", id).isFalse();
  }

  @Test
  void providerNameDefaultsToClassName() {
    ScoringFormulaProvider provider = new NamelessProvider();

    assertThat(provider.name()).isEqualTo(NamelessProvider.class.getName());
  }

  private static final class NamelessProvider implements ScoringFormulaProvider {
    @Override
    public List<ScoringFormula> formulas() {
      return List.of(new DoubleIt());
    }
  }
}
