package io.emulation.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.emulation.core.plugin.LoadFailure;
import io.emulation.core.plugin.LoadReport;
import io.emulation.core.scoring.FormulaRegistry;
import io.emulation.scoring.spi.SpiVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugin folder listing a host prints at start-up. */
class ListFormulasTest {
  @TempDir
  Path plugins;

  @Test
  void emptyFolderListsTheBuiltIns() throws IOException {
    assertThat(ListFormulas.discover(plugins).describe()).startsWith("formulas: 8 loaded\n")
        .contains("\n  emulation:linear  SPI " + SpiVersion.CURRENT + "  ");
  }

  @Test
  void jarNamingAMissingProviderIsReportedWithTheJar() throws IOException {
    Path jar = plugins.resolve("broken.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new JarEntry(
          "META-INF/services/io.emulation.scoring.spi.ScoringFormulaProvider"));
      out.write("com.acme.Missing\n".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    LoadReport<FormulaRegistry> report = ListFormulas.discover(plugins);
    assertThat(report.failures()).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(LoadFailure.Kind.PROVIDER_FAILED);
      assertThat(f.message().toString()).contains("com.acme.Missing", "broken.jar");
    });
  }

  @Test
  void missingFolderIsNamed() {
    assertThatThrownBy(() -> ListFormulas.discover(plugins.resolve("nowhere")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nowhere does not exist");
  }
}
