package io.emulation.core.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.emulation.core.EmulationException;
import io.emulation.core.plugin.LoadReport;
import io.emulation.scoring.spi.FormulaParameters;
import org.junit.jupiter.api.Test;

/** Condition types load and are checked the way formulas are. */
class ConditionRegistryTest {

  private record Typed(String id) implements ConditionType {
    @Override
    public Condition create(FormulaParameters parameters) {
      return Conditions.registered();
    }
  }

  @Test
  void builderRegistersTypesByIdAndListsThem() {
    ConditionRegistry registry = ConditionRegistry.builder()
        .add(new Typed("acme.hr:safety-course")).build();
    assertThat(registry.ids()).containsExactly("acme.hr:safety-course");
    assertThat(registry.listing()).singleElement()
        .satisfies(info -> assertThat(info.toString()).startsWith("acme.hr:safety-course  SPI -"));
  }

  @Test
  void typeInTheReservedNamespaceIsRejected() {
    assertThatThrownBy(() -> ConditionRegistry.builder().add(new Typed("emulation:registered")))
        .isInstanceOf(EmulationException.class)
        .hasMessageContaining("condition type 'emulation:registered'")
        .hasMessageContaining("reserved for the condition types built into Emulation");
  }

  @Test
  void twoTypesWithOneIdAreRejectedNamingBothClasses() {
    ConditionRegistry.Builder builder =
        ConditionRegistry.builder().add(new Typed("acme.hr:course"));
    assertThatThrownBy(() -> builder.add(new Typed("acme.hr:course")))
        .isInstanceOf(EmulationException.class)
        .hasMessageContaining("two condition types have the id 'acme.hr:course': "
            + Typed.class.getName() + " (");
  }

  @Test
  void malformedIdIsRejected() {
    assertThatThrownBy(() -> ConditionRegistry.builder().add(new Typed("Course")))
        .isInstanceOf(EmulationException.class)
        .hasMessageContaining("has id 'Course', which is not of the form namespace:name");
  }

  @Test
  void discoveryWithoutProvidersIsCleanAndEmpty() {
    LoadReport<ConditionRegistry> report =
        ConditionRegistry.discover(ConditionRegistryTest.class.getClassLoader());
    assertThat(report.isClean()).isTrue();
    assertThat(report.registry().ids()).isEmpty();
  }
}
