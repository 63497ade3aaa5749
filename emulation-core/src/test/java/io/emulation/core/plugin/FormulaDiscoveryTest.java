package io.emulation.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.emulation.core.plugin.fixtures.DuplicateProvider;
import io.emulation.core.plugin.fixtures.FutureProvider;
import io.emulation.core.plugin.fixtures.GoodProvider;
import io.emulation.core.plugin.fixtures.LinkageProvider;
import io.emulation.core.plugin.fixtures.NullProvider;
import io.emulation.core.plugin.fixtures.ReservedProvider;
import io.emulation.core.plugin.fixtures.ThrowingProvider;
import io.emulation.core.scoring.FormulaRegistry;
import io.emulation.scoring.spi.ScoringFormulaProvider;
import io.emulation.scoring.spi.SpiVersion;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Discovery through ServiceLoader from real jars: every failure is data, the rest loads. */
class FormulaDiscoveryTest {
  @TempDir
  Path folder;

  private LoadReport<FormulaRegistry> discover(Path... jars) throws IOException {
    try (URLClassLoader loader = PluginJars.loader(jars)) {
      return FormulaRegistry.discover(loader);
    }
  }

  private Path jar(String name, Class<?> provider, String... extraLines) {
    return PluginJars.jar(folder, name, ScoringFormulaProvider.class, List.of(provider),
        extraLines);
  }

  @Test
  void aPluginJarsFormulasLoadBesideTheBuiltIns() throws IOException {
    LoadReport<FormulaRegistry> report = discover(jar("acme-good.jar", GoodProvider.class));
    assertThat(report.isClean()).isTrue();
    assertThat(report.registry().ids())
        .contains("acme.good:one", "acme.good:two", "emulation:linear");
  }

  @Test
  void listingNamesIdVersionProviderAndJar() throws IOException {
    LoadReport<FormulaRegistry> report = discover(jar("acme-good.jar", GoodProvider.class));
    PluginInfo one = report.plugins().stream().filter(p -> p.id().equals("acme.good:one"))
        .findFirst().orElseThrow();
    assertThat(one.version()).isEqualTo("1.0");
    assertThat(one.provider()).isEqualTo(GoodProvider.class.getName());
    assertThat(one.source().location())
        .hasValueSatisfying(l -> assertThat(l).endsWith("acme-good.jar"));
  }

  @Test
  void describeListsEveryPluginOnALineOfItsOwn() throws IOException {
    String text = discover(jar("acme-good.jar", GoodProvider.class)).describe();
    assertThat(text).startsWith("formulas: 10 loaded")
        .containsPattern("\n  acme\\.good:one  SPI 1\\.0  acme\\.good:one  "
            + "\\[.*GoodProvider\\$Formula \\(.*acme-good\\.jar\\)\\]")
        .contains("\n  emulation:linear  SPI " + SpiVersion.CURRENT + "  Points in proportion");
  }

  @Test
  void providerWhoseConstructorThrowsIsReportedAndTheOthersLoad() throws IOException {
    LoadReport<FormulaRegistry> report = discover(jar("acme-bad.jar", ThrowingProvider.class),
        jar("acme-good.jar", GoodProvider.class));
    assertThat(report.registry().ids()).contains("acme.good:one");
    assertThat(report.failures()).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(LoadFailure.Kind.PROVIDER_FAILED);
      assertThat(f.message().toString()).contains(ThrowingProvider.class.getName(), "acme-bad.jar",
          "licence file acme.lic not found");
    });
  }

  @Test
  void servicesEntryNamingAMissingClassIsReportedWithTheJarThatListsIt() throws IOException {
    LoadReport<FormulaRegistry> report = discover(
        jar("acme-typo.jar", GoodProvider.class, "com.acme.NoSuchProvider"));
    assertThat(report.registry().ids()).contains("acme.good:one");
    assertThat(report.failures()).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(LoadFailure.Kind.PROVIDER_FAILED);
      assertThat(f.message().toString()).contains("com.acme.NoSuchProvider", "acme-typo.jar", "not found");
    });
  }

  @Test
  void linkageErrorIsReportedAsIncompatibleWithWhatToRebuildAgainst() throws IOException {
    LoadReport<FormulaRegistry> report = discover(jar("acme-old.jar", LinkageProvider.class));
    assertThat(report.failures()).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(LoadFailure.Kind.INCOMPATIBLE);
      assertThat(f.message().toString()).contains(LinkageProvider.class.getName(), "acme-old.jar",
          "NoSuchMethodError", "rebuild it against io.emulation:emulation-scoring-spi 1.x");
    });
  }

  @Test
  void formulaBuiltForAnotherMajorSpiVersionIsReportedNamingJarAndBothVersions()
      throws IOException {
    LoadReport<FormulaRegistry> report = discover(jar("acme-future.jar", FutureProvider.class));
    assertThat(report.registry().find("acme.future:one")).isEmpty();
    assertThat(report.failures()).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(LoadFailure.Kind.INCOMPATIBLE);
      assertThat(f.pluginId()).isEqualTo("acme.future:one");
      assertThat(f.message().toString()).contains("acme-future.jar", "built for scoring SPI 2.0",
          "this runtime's SPI " + SpiVersion.CURRENT);
    });
  }

  @Test
  void pluginInTheReservedNamespaceIsRejected() throws IOException {
    LoadReport<FormulaRegistry> report = discover(jar("acme-sly.jar", ReservedProvider.class));
    assertThat(report.registry().find("emulation:linear-copy")).isEmpty();
    assertThat(report.failures()).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(LoadFailure.Kind.RESERVED_NAMESPACE);
      assertThat(f.message().toString()).contains("'emulation:linear-copy'", "acme-sly.jar",
          "reserved for the formulas built into Emulation");
    });
  }

  @Test
  void oneIdInTwoJarsLoadsNeitherAndNamesBothClassesAndJars() throws IOException {
    LoadReport<FormulaRegistry> report = discover(jar("acme-a.jar", GoodProvider.class),
        jar("acme-b.jar", DuplicateProvider.class));
    assertThat(report.registry().find("acme.good:one")).isEmpty();
    assertThat(report.registry().find("acme.good:two")).isPresent();
    assertThat(report.failures()).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(LoadFailure.Kind.DUPLICATE_ID);
      assertThat(f.sources()).hasSize(2);
      assertThat(f.message().toString()).contains("two formulas have the id 'acme.good:one'",
          GoodProvider.Formula.class.getName(), DuplicateProvider.Formula.class.getName(),
          "acme-a.jar", "acme-b.jar",
          "none of them was loaded");
    });
  }

  @Test
  void providerReturningNullIsReported() throws IOException {
    LoadReport<FormulaRegistry> report = discover(jar("acme-null.jar", NullProvider.class));
    assertThat(report.failures()).singleElement().satisfies(f ->
        assertThat(f.message().toString()).contains(NullProvider.class.getName(),
            "returned null instead of a list of formulas"));
  }

  @Test
  void registryOrThrowListsEveryFailure() throws IOException {
    LoadReport<FormulaRegistry> report = discover(jar("acme-bad.jar", ThrowingProvider.class),
        jar("acme-sly.jar", ReservedProvider.class));
    assertThatThrownBy(report::registryOrThrow)
        .isInstanceOfSatisfying(PluginLoadException.class, e -> {
          assertThat(e.failures()).hasSize(2);
          assertThat(e.getMessage()).contains("discovery of formulas has 2 problems",
              "licence file acme.lic not found", "'emulation:linear-copy'");
        });
  }

  @Test
  void loadFailsFastOnAnyFailure() throws IOException {
    Path bad = jar("acme-bad.jar", ThrowingProvider.class);
    try (URLClassLoader loader = PluginJars.loader(bad)) {
      assertThatThrownBy(() -> FormulaRegistry.load(loader))
          .isInstanceOf(PluginLoadException.class)
          .hasMessageContaining(ThrowingProvider.class.getName());
    }
  }

  @Test
  void eachDiscoveryFindsProvidersAfresh() throws IOException {
    LoadReport<FormulaRegistry> without = discover(jar("acme-bad.jar", ThrowingProvider.class));
    LoadReport<FormulaRegistry> with = discover(jar("acme-good.jar", GoodProvider.class));
    assertThat(without.registry().find("acme.good:one")).isEmpty();
    assertThat(with.registry().find("acme.good:one")).isPresent();
  }
}
