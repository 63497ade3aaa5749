package io.emulation.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.award.ConditionRegistry;
import io.emulation.core.award.ConditionTypeProvider;
import io.emulation.core.plugin.fixtures.ConditionProvider;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Condition type plugins are discovered from jars like formulas, failures as data. */
class ConditionDiscoveryTest {
  @TempDir
  Path folder;

  private LoadReport<ConditionRegistry> discover() throws IOException {
    Path jar = PluginJars.jar(folder, "acme-hr.jar", ConditionTypeProvider.class,
        List.of(ConditionProvider.class));
    try (URLClassLoader loader = PluginJars.loader(jar)) {
      return ConditionRegistry.discover(loader);
    }
  }

  @Test
  void aJarsConditionTypesLoadAndAreListedWithTheirJar() throws IOException {
    LoadReport<ConditionRegistry> report = discover();
    assertThat(report.registry().ids()).containsExactly("acme.hr:safety-course");
    assertThat(report.plugins()).singleElement().satisfies(info -> {
      assertThat(info.version()).isEmpty();
      assertThat(info.source().where()).endsWith("acme-hr.jar");
    });
  }

  @Test
  void typeInTheReservedNamespaceIsReportedAndTheOtherLoads() throws IOException {
    LoadReport<ConditionRegistry> report = discover();
    assertThat(report.failures()).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(LoadFailure.Kind.RESERVED_NAMESPACE);
      assertThat(f.message().toString()).contains("'emulation:registered'", "acme-hr.jar");
    });
  }
}
