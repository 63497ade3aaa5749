package io.emulation.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.emulation.core.EmulationException;
import io.emulation.scoring.spi.ScoringFormula;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormulaRegistryTest {

  @Test
  void loadDiscoversEveryBuiltInFormula() {
    assertThat(FormulaRegistry.load().ids()).contains("emulation:linear", "emulation:bands",
        "emulation:per-occurrence", "emulation:penalty", "emulation:pass-fail",
        "emulation:rating", "emulation:percentile", "emulation:growth");
  }

  @Test
  void builderRegistersFormulasByIdInSortedOrder() {
    FormulaRegistry registry = FormulaRegistry.builder()
        .add(TestFormula.identity("acme:zeta"))
        .add(TestFormula.identity("acme:alpha"))
        .build();
    assertThat(registry.ids()).containsExactly("acme:alpha", "acme:zeta");
    assertThat(registry.find("acme:zeta")).isPresent();
    assertThat(registry.find("acme:missing")).isEmpty();
  }

  @Test
  void twoFormulasWithOneIdAreRejectedNamingBothClasses() {
    FormulaRegistry.Builder builder = FormulaRegistry.builder().add(TestFormula.identity("acme:x"));
    assertThatThrownBy(() -> builder.add(TestFormula.identity("acme:x")))
        .isInstanceOf(EmulationException.class)
        .hasMessageContaining("two formulas have the id 'acme:x'")
        .hasMessageContaining(TestFormula.class.getName() + " (")
        .hasMessageContaining(" and ");
  }

  @Test
  void malformedIdIsRejectedWithThePattern() {
    assertThatThrownBy(() -> FormulaRegistry.builder().add(TestFormula.identity("NoNamespace")))
        .isInstanceOf(EmulationException.class)
        .hasMessageContaining("has id 'NoNamespace', which is not of the form namespace:name");
  }

  @Test
  void formulaBuiltForAnotherMajorSpiVersionIsRejectedNamingBothVersions() {
    ScoringFormula future = TestFormula.identity("acme:future").builtFor("2.0");
    assertThatThrownBy(() -> FormulaRegistry.builder().add(future))
        .isInstanceOf(EmulationException.class)
        .hasMessageContaining("formula 'acme:future'")
        .hasMessageContaining("was built for scoring SPI 2.0")
        .hasMessageContaining("this runtime's SPI 1.0");
  }

  @Test
  void formulaBuiltForANewerMinorSpiVersionIsRejected() {
    assertThatThrownBy(() -> FormulaRegistry.builder()
        .add(TestFormula.identity("acme:newer").builtFor("1.9")))
        .isInstanceOf(EmulationException.class)
        .hasMessageContaining("built for scoring SPI 1.9");
  }

  @Test
  void unreadableSpiVersionIsRejected() {
    assertThatThrownBy(() -> FormulaRegistry.builder()
        .add(TestFormula.identity("acme:odd").builtFor("one")))
        .isInstanceOf(EmulationException.class)
        .hasMessageContaining("reports an unreadable SPI version");
  }

  @Test
  void providerReturningNullIsRejected() {
    assertThatThrownBy(() -> FormulaRegistry.builder().addProvider(() -> null))
        .isInstanceOf(EmulationException.class)
        .hasMessageContaining("returned null instead of a list of formulas");
  }

  @Test
  void providerFormulasAreAllAdded() {
    FormulaRegistry registry = FormulaRegistry.builder()
        .addProvider(() -> List.of(TestFormula.identity("acme:a"), TestFormula.identity("acme:b")))
        .build();
    assertThat(registry.formulas()).extracting(ScoringFormula::id)
        .containsExactly("acme:a", "acme:b");
  }
}
