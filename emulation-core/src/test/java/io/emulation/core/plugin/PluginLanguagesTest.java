package io.emulation.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.plugin.fixtures.DuplicateProvider;
import io.emulation.core.plugin.fixtures.FutureProvider;
import io.emulation.core.plugin.fixtures.GoodProvider;
import io.emulation.core.plugin.fixtures.ReservedProvider;
import io.emulation.core.plugin.fixtures.ThrowingProvider;
import io.emulation.core.plugin.internal.PluginType;
import io.emulation.core.scoring.FormulaRegistry;
import io.emulation.core.text.Languages;
import io.emulation.scoring.spi.ScoringFormulaProvider;
import io.emulation.scoring.spi.SpiVersion;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an operator reads about plugins that failed to load, in Vietnamese and in English. */
class PluginLanguagesTest {
  private static final Locale VI = Languages.VIETNAMESE;
  private static final Locale EN = Locale.ENGLISH;

  @TempDir
  Path folder;

  private LoadReport<FormulaRegistry> discover(Path... jars) throws IOException {
    try (URLClassLoader loader = PluginJars.loader(jars)) {
      return FormulaRegistry.discover(loader);
    }
  }

  private Path jar(String name, Class<?> provider) {
    return PluginJars.jar(folder, name, ScoringFormulaProvider.class, List.of(provider));
  }

  @Test
  void aProviderThatFailedIsReportedInEitherLanguage() throws IOException {
    LoadFailure failure = discover(jar("acme-bad.jar", ThrowingProvider.class)).failures()
        .get(0);

    assertThat(failure.describe(VI)).startsWith("bộ cung cấp công thức tính điểm "
            + ThrowingProvider.class.getName())
        .contains("acme-bad.jar", " không nạp được: ", "licence file acme.lic not found");
    assertThat(failure.describe(EN)).isEqualTo(failure.message().toString())
        .startsWith("scoring formula provider " + ThrowingProvider.class.getName())
        .contains("acme-bad.jar", " failed to load: ", "licence file acme.lic not found");
  }

  @Test
  void aDuplicateIdNamesBothClassesAndJarsInEitherLanguage() throws IOException {
    LoadFailure failure = discover(jar("acme-a.jar", GoodProvider.class),
        jar("acme-b.jar", DuplicateProvider.class)).failures().get(0);

    assertThat(failure.describe(VI))
        .startsWith("hai công thức tính điểm cùng có mã 'acme.good:one': ")
        .contains(GoodProvider.Formula.class.getName(), "acme-a.jar", " và ",
            DuplicateProvider.Formula.class.getName(), "acme-b.jar")
        .endsWith("; hãy gỡ bỏ, chỉ giữ lại một; không plugin nào trong số đó được nạp");
    assertThat(failure.describe(EN))
        .startsWith("two formulas have the id 'acme.good:one': ")
        .endsWith("; remove all but one of them; none of them was loaded");
  }

  @Test
  void aFormulaForAnotherSpiVersionGetsTheAdviceInEitherLanguage() throws IOException {
    LoadFailure failure = discover(jar("acme-future.jar", FutureProvider.class)).failures()
        .get(0);

    assertThat(failure.describe(VI)).startsWith("công thức tính điểm 'acme.future:one' của ")
        .contains("acme-future.jar");
    assertThat(failure.describe(EN)).startsWith("formula 'acme.future:one' of ")
        .contains("built for scoring SPI 2.0");
  }

  @Test
  void theSpiVersionAdviceReadsInEitherLanguage() {
    SpiVersion runtime = SpiVersion.of(1, 1);

    assertThat(PluginType.incompatibleSpi(SpiVersion.of(2, 0), runtime).in(VI)).isEqualTo(
        "được xây dựng cho SPI tính điểm 2.0, phiên bản mà SPI 1.1 của môi trường chạy này"
            + " không chạy được; hãy biên dịch lại plugin với io.emulation:emulation-scoring-spi"
            + " 1.x (tối đa 1.1)");
    assertThat(PluginType.incompatibleSpi(SpiVersion.of(2, 0), runtime).in(EN)).isEqualTo(
        "was built for scoring SPI 2.0, which this runtime's SPI 1.1 cannot run; rebuild the"
            + " plugin against io.emulation:emulation-scoring-spi 1.x (at most 1.1)");
  }

  @Test
  void aFormulaInTheReservedNamespaceIsToldWhatToDoInEitherLanguage() throws IOException {
    LoadFailure failure = discover(jar("acme-sly.jar", ReservedProvider.class)).failures()
        .get(0);

    assertThat(failure.describe(VI)).contains("dùng không gian tên 'emulation', vốn dành riêng"
        + " cho các công thức tính điểm có sẵn trong Emulation", "'acme.safety:linear-copy'");
    assertThat(failure.describe(EN)).contains("reserved for the formulas built into Emulation",
        "'acme.safety:linear-copy'");
  }

  @Test
  void theReportHeadingCountsWhatLoadedAndFailedInEitherLanguage() throws IOException {
    LoadReport<FormulaRegistry> report = discover(jar("acme-bad.jar", ThrowingProvider.class),
        jar("acme-good.jar", GoodProvider.class));

    assertThat(report.describe(VI)).startsWith("công thức tính điểm: đã nạp 10, lỗi 1\n")
        .contains("\nlỗi:\n  - bộ cung cấp công thức tính điểm ");
    assertThat(report.describe(EN)).isEqualTo(report.describe())
        .startsWith("formulas: 10 loaded, 1 failed\n")
        .contains("\nfailed:\n  - scoring formula provider ");
  }
}
