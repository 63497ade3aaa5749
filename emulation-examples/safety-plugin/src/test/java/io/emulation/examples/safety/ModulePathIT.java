package io.emulation.examples.safety;

import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.evaluation.EvaluationResult;
import io.emulation.core.plugin.PluginInfo;
import io.emulation.core.scoring.FormulaRegistry;
import io.emulation.scoring.spi.ScoringFormula;
import io.emulation.scoring.spi.ScoringFormulaProvider;
import java.lang.module.ModuleDescriptor;
import org.junit.jupiter.api.Test;

/**
 * The built plugin jar as a named module on the module path (failsafe runs this test so): the
 * formula is found through the module descriptor's {@code provides}, not a services file, which
 * ServiceLoader ignores for named modules.
 */
class ModulePathIT {
  private static final String ID = "acme.safety:incident-severity";

  private static ScoringFormula discovered() {
    return FormulaRegistry.discover(ModulePathIT.class.getClassLoader()).registryOrThrow()
        .find(ID).orElseThrow();
  }

  @Test
  void theFormulaComesFromTheNamedPluginModule() {
    Module module = discovered().getClass().getModule();
    assertThat(module.getName()).isEqualTo("io.emulation.examples.safety");
    assertThat(module.getDescriptor().provides()).extracting(ModuleDescriptor.Provides::service)
        .containsExactly(ScoringFormulaProvider.class.getName());
  }

  @Test
  void theModuleIsTheBuiltJar() {
    PluginInfo info = FormulaRegistry.discover(ModulePathIT.class.getClassLoader()).plugins()
        .stream().filter(p -> p.id().equals(ID)).findFirst().orElseThrow();
    assertThat(info.source().module()).hasValue("io.emulation.examples.safety");
    assertThat(info.source().where()).endsWith(".jar");
  }

  @Test
  void aCampaignNamingTheFormulaIsEvaluatedWithIt() {
    EvaluationResult result = SafetyCampaign.evaluate(
        FormulaRegistry.load(ModulePathIT.class.getClassLoader()));
    assertThat(result.result("an").orElseThrow().scorecard().total())
        .isEqualByComparingTo("95.50");
    assertThat(result.result("cuong").orElseThrow().scorecard().hasVetoFailure()).isTrue();
  }
}
