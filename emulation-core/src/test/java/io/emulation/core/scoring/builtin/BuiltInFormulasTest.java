package io.emulation.core.scoring.builtin;

import static io.emulation.core.scoring.builtin.FormulaTesting.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.ParameterProblem;
import io.emulation.scoring.spi.ScoringFormula;
import io.emulation.scoring.spi.ScoringFormulaProvider;
import io.emulation.scoring.spi.SpiVersion;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BuiltInFormulasTest {

  static Stream<ScoringFormula> formulas() {
    return new BuiltInFormulas().formulas().stream();
  }

  @Test
  void serviceLoaderFindsTheBuiltInProvider() {
    assertThat(ServiceLoader.load(ScoringFormulaProvider.class).stream()
        .map(ServiceLoader.Provider::type))
        .contains(BuiltInFormulas.class);
  }

  @Test
  void providesTheEightDocumentedFormulasInOrder() {
    assertThat(formulas().map(ScoringFormula::id)).containsExactly(
        "emulation:linear", "emulation:bands", "emulation:per-occurrence", "emulation:penalty",
        "emulation:pass-fail", "emulation:rating", "emulation:percentile", "emulation:growth");
  }

  @Test
  void idsMatchThePatternAreUniqueAndInTheReservedNamespace() {
    List<String> ids = formulas().map(ScoringFormula::id).toList();

    assertThat(ids).doesNotHaveDuplicates()
        .allMatch(id -> ScoringFormula.ID_PATTERN.matcher(id).matches(), "matches ID_PATTERN")
        .allMatch(id -> id.startsWith("emulation:"), "starts with emulation:");
  }

  @Test
  void formulaListCannotBeChanged() {
    List<ScoringFormula> formulas = new BuiltInFormulas().formulas();

    assertThatThrownBy(() -> formulas.add(new LinearFormula()))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void providerHasAReadableName() {
    assertThat(new BuiltInFormulas().name()).isEqualTo("Emulation built-in formulas");
  }

  @ParameterizedTest
  @MethodSource("formulas")
  void everyFormulaReportsTheCurrentSpiVersion(ScoringFormula formula) {
    assertThat(formula.spiVersion()).isEqualTo(SpiVersion.CURRENT);
  }

  @ParameterizedTest
  @MethodSource("formulas")
  void everyFormulaDescribesItselfInOneLine(ScoringFormula formula) {
    assertThat(formula.description()).isNotBlank().doesNotContain("\n")
        .isNotEqualTo(formula.id());
  }

  @ParameterizedTest
  @MethodSource("formulas")
  void everyFormulaReportsAnUnknownParameterByName(ScoringFormula formula) {
    assertThat(formula.validate(params("noSuchParameter", 1)))
        .extracting(ParameterProblem::parameter)
        .contains("noSuchParameter");
  }

  @ParameterizedTest
  @MethodSource("formulas")
  void everyFormulaHasARequiredParameterSoEmptyParametersAreInvalid(ScoringFormula formula) {
    assertThat(formula.validate(FormulaParameters.empty())).isNotEmpty();
    assertThat(formula.range(FormulaParameters.empty())).isEmpty();
    assertThat(formula.isMonotone(FormulaParameters.empty())).isFalse();
  }
}
