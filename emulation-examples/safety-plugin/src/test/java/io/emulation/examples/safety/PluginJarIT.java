package io.emulation.examples.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.emulation.core.evaluation.EvaluationResult;
import io.emulation.core.evaluation.ParticipantResult;
import io.emulation.core.grading.Grade;
import io.emulation.core.plugin.LoadReport;
import io.emulation.core.plugin.PluginInfo;
import io.emulation.core.scoring.FormulaRegistry;
import io.emulation.scoring.spi.SpiVersion;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The built plugin jar, loaded in a fresh class loader by a host whose own class path has the
 * SPI and core but not the plugin (failsafe runs this test without the plugin's classes).
 */
class PluginJarIT {
  private static final String ID = "acme.safety:incident-severity";

  private URLClassLoader plugins;

  @BeforeEach
  void openThePluginJar() throws IOException {
    Path jar = Path.of(System.getProperty("plugin.jar"));
    assertThat(jar).as("the plugin jar built by 'package'").isRegularFile();
    plugins = new URLClassLoader(new URL[] {jar.toUri().toURL()},
        PluginJarIT.class.getClassLoader());
  }

  @AfterEach
  void closeIt() throws IOException {
    plugins.close();
  }

  @Test
  void theHostsOwnClassPathDoesNotHaveThePlugin() {
    assertThatThrownBy(() -> Class.forName("io.emulation.examples.safety.SafetyFormulas", false,
        PluginJarIT.class.getClassLoader()))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void discoveryFindsTheFormulaInTheJarBesideTheBuiltIns() {
    LoadReport<FormulaRegistry> report = FormulaRegistry.discover(plugins);
    assertThat(report.isClean()).isTrue();
    assertThat(report.registry().ids()).contains(ID, "emulation:linear");
  }

  @Test
  void listingNamesTheJarTheFormulaCameFrom() throws IOException {
    PluginInfo info = FormulaRegistry.discover(plugins).plugins().stream()
        .filter(p -> p.id().equals(ID)).findFirst().orElseThrow();
    Path jar = Path.of(System.getProperty("plugin.jar"));
    assertThat(info.provider()).isEqualTo("io.emulation.examples.safety.SafetyFormulas");
    assertThat(info.version()).isEqualTo(SpiVersion.CURRENT);
    assertThat(Files.isSameFile(Path.of(info.source().location().orElseThrow()), jar)).isTrue();
  }

  @Test
  void theFormulaIsDefinedByThePluginLoader() {
    FormulaRegistry registry = FormulaRegistry.discover(plugins).registryOrThrow();
    assertThat(registry.find(ID).orElseThrow().getClass().getClassLoader()).isSameAs(plugins);
  }

  @Test
  void aCampaignNamingTheFormulaIsEvaluatedWithIt() {
    EvaluationResult result = SafetyCampaign.evaluate(FormulaRegistry.load(plugins));
    ParticipantResult binh = result.result("binh").orElseThrow();
    assertThat(binh.scorecard().total()).isEqualByComparingTo("92.00");
    assertThat(binh.scorecard().line("safety").orElseThrow().detail())
        .hasToString("worst incident level 2 of 2 → 2 points");
  }

  @Test
  void aSeriousIncidentFailsTheVetoAndCapsTheGrade() {
    ParticipantResult cuong =
        SafetyCampaign.evaluate(FormulaRegistry.load(plugins)).result("cuong").orElseThrow();
    assertThat(cuong.scorecard().vetoFailures()).containsExactly("safety");
    assertThat(cuong.grade().grade()).isEqualTo(Grade.COMPLETED);
  }
}
