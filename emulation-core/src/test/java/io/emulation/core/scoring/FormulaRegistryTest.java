package io.emulation.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.emulation.core.EmulationException;
import io.emulation.core.plugin.LoadReport;
import io.emulation.core.plugin.PluginInfo;
import io.emulation.core.scoring.builtin.BuiltInFormulas;
import io.emulation.core.scoring.builtin.LinearFormula;
import io.emulation.scoring.spi.ScoringFormula;
import io.emulation.scoring.spi.SpiVersion;
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
        .hasMessageContaining("this runtime's SPI " + SpiVersion.CURRENT);
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

  @Test
  void formulaOutsideTheBuiltInsMayNotUseTheReservedNamespace() {
    assertThatThrownBy(() -> FormulaRegistry.builder()
        .add(TestFormula.identity("emulation:linear-plus")))
        .isInstanceOf(EmulationException.class)
        .hasMessageContaining("formula 'emulation:linear-plus' of " + TestFormula.class.getName())
        .hasMessageContaining("uses the namespace 'emulation', which is reserved");
  }

  @Test
  void builtInFormulasMayUseTheReservedNamespace() {
    FormulaRegistry registry = FormulaRegistry.builder().addProvider(new BuiltInFormulas()).build();
    assertThat(registry.ids()).hasSize(8).allMatch(id -> id.startsWith("emulation:"));
  }

  @Test
  void listingDescribesEachFormulaWithItsVersionProviderAndClass() {
    FormulaRegistry registry = FormulaRegistry.builder().addProvider(new BuiltInFormulas()).build();
    assertThat(registry.listing()).filteredOn(p -> p.id().equals("emulation:linear"))
        .singleElement().satisfies(info -> {
          assertThat(info.version()).isEqualTo(SpiVersion.CURRENT);
          assertThat(info.provider()).isEqualTo("Emulation built-in formulas");
          assertThat(info.source().className()).isEqualTo(LinearFormula.class.getName());
        });
  }

  @Test
  void discoveryOfTheBuiltInsIsClean() {
    LoadReport<FormulaRegistry> report =
        FormulaRegistry.discover(FormulaRegistryTest.class.getClassLoader());
    assertThat(report.isClean()).isTrue();
    assertThat(report.plugins()).extracting(PluginInfo::id).contains("emulation:growth");
  }

  @Test
  void formulaWhoseIdThrowsIsRejectedNamingItsClass() {
    ScoringFormula broken = new TestFormula.Broken();
    assertThatThrownBy(() -> FormulaRegistry.builder().add(broken))
        .isInstanceOf(EmulationException.class)
        .hasMessageContaining("formula of " + TestFormula.Broken.class.getName())
        .hasMessageContaining("failed in id(): java.lang.IllegalStateException: no id today");
  }
}
