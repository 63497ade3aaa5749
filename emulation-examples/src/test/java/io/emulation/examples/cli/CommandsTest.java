package io.emulation.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.scoring.spi.SpiVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code validate}, {@code explain}, {@code plugins} and help. */
class CommandsTest {

  @ParameterizedTest(name = "{0} --help")
  @ValueSource(strings = {"validate", "evaluate", "explain", "plugins"})
  void everyCommandHasHelpWithItsExitCodes(String command) {
    CliRun run = CliRun.of(command, "--help");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Usage: emulation " + command).contains("Exit codes:");
  }

  @Test
  void toolHelpListsTheCommandsAndExitCodes() {
    CliRun run = CliRun.of("--help");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("validate").contains("evaluate").contains("explain")
        .contains("plugins").contains("3   internal error");
  }

  @Test
  void validateAcceptsTheSeedDefinition() {
    CliRun run = CliRun.of("validate", SeedArgs.file("campaign.yaml"));

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("no problems").contains("campaign 'quyet-thang-2021'")
        .contains("399 individuals").contains("award rules");
  }

  @Test
  void validateWithDataAlsoEvaluatesIt() {
    CliRun run = CliRun.of(SeedArgs.of("validate"));

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("data files read and evaluated");
  }

  @Test
  void explainShowsScoresGradeRanksAndAwardDecisions() {
    CliRun run = CliRun.of(SeedArgs.of("explain", "--participant", "px-co-khi-2"));

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("px-co-khi-2 Phân xưởng Cơ khí 2")
        .contains("dv-ke-hoach").contains("veto failed: dv-an-toan")
        .contains("Award decisions:").contains("don-vi-tien-tien: denied");
  }

  @Test
  void pluginsListsTheBuiltInFormulasWithTheirSpiVersionAndJar() {
    CliRun run = CliRun.of("plugins");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("Scoring formulas (8):").contains("emulation:linear")
        .contains(SpiVersion.CURRENT).contains("emulation-core").contains("Award condition types");
  }
}
