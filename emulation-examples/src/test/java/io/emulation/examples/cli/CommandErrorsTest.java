package io.emulation.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every error a user can cause prints the library's message and exits 1 or 2, no trace. */
class CommandErrorsTest {
  @TempDir
  Path folder;

  @Test
  void definitionProblemsAreListedWithFileLineAndColumn() throws IOException {
    Path definition = write("bad.yaml", """
        formatVersion: 1
        campaign: {id: c, name: C, period: 2021}
        organisation:
          units: [{id: f, name: F}]
        criteria:
          - {id: r, formula: "emulation:rating", parametres: {min: 0, max: 100}}
        """);

    CliRun run = CliRun.of("validate", definition.toString());

    assertThat(run.code()).isEqualTo(EmulationCli.PROBLEMS);
    assertThat(run.err()).contains(definition + ":6:").contains("parametres")
        .doesNotContain("\tat ");
  }

  @Test
  void badCsvRowIsReportedAtItsLine() throws IOException {
    Path measurements = write("m.csv", "participant,criterion,period,value\n"
        + "nv001,ke-hoach,2021-Q9,12\n");

    CliRun run = CliRun.of("evaluate", SeedArgs.file("campaign.yaml"), "--measurements",
        measurements.toString(), "--out", folder.resolve("out").toString());

    assertThat(run.code()).isEqualTo(EmulationCli.PROBLEMS);
    assertThat(run.err()).contains(measurements + ":2:3: column 'period': '2021-Q9' is not a "
        + "period").doesNotContain("\tat ");
  }

  @Test
  void missingFileIsAProblemInTheInput() {
    CliRun run = CliRun.of("validate", folder.resolve("nowhere.yaml").toString());

    assertThat(run.code()).isEqualTo(EmulationCli.PROBLEMS);
    assertThat(run.err()).contains("nowhere.yaml").contains("cannot read");
  }

  @Test
  void unknownParticipantIsAProblemWithSuggestions() {
    CliRun run = CliRun.of(SeedArgs.of("explain", "--participant", "nv0011"));

    assertThat(run.code()).isEqualTo(EmulationCli.PROBLEMS);
    assertThat(run.err()).contains("participant 'nv0011' was not evaluated")
        .contains("did you mean").contains("nv011").doesNotContain("\tat ");
  }

  @Test
  void definitionWithoutACampaignCannotBeEvaluated() throws IOException {
    Path definition = write("awards.yaml", "formatVersion: 1\nawards: {preset: army}\n");

    CliRun run = CliRun.of("evaluate", definition.toString(), "--measurements",
        SeedArgs.file("measurements.csv"), "--out", folder.resolve("out").toString());

    assertThat(run.code()).isEqualTo(EmulationCli.PROBLEMS);
    assertThat(run.err()).contains("has award rules but no campaign to evaluate")
        .doesNotContain("\tat ");
  }

  @Test
  void unknownOptionIsAUsageError() {
    CliRun run = CliRun.of("evaluate", "x.yaml", "--measurments", "m.csv", "--out", "o");

    assertThat(run.code()).isEqualTo(EmulationCli.USAGE);
    assertThat(run.err()).contains("Unknown options: '--measurments'")
        .contains("Possible solutions: --measurements")
        .contains("Try 'emulation evaluate --help' for more information.");
  }

  @Test
  void evaluateWithoutMeasurementsIsAUsageError() {
    CliRun run = CliRun.of("evaluate", SeedArgs.file("campaign.yaml"), "--out", "o");

    assertThat(run.code()).isEqualTo(EmulationCli.USAGE);
    assertThat(run.err()).contains("Missing required option: '--measurements=CSV'");
  }

  @Test
  void malformedPeriodIsAUsageError() {
    CliRun run = CliRun.of(SeedArgs.of("explain", "--participant", "nv001", "--period",
        "2021-Q5"));

    assertThat(run.code()).isEqualTo(EmulationCli.USAGE);
    assertThat(run.err()).contains("'2021-Q5' is not a period");
  }

  @Test
  void unknownCommandIsAUsageError() {
    CliRun run = CliRun.of("evalute");

    assertThat(run.code()).isEqualTo(EmulationCli.USAGE);
    assertThat(run.err()).contains("evalute");
  }

  @Test
  void missingCommandIsAUsageError() {
    CliRun run = CliRun.of();

    assertThat(run.code()).isEqualTo(EmulationCli.USAGE);
    assertThat(run.err()).contains("a command is missing").contains("Usage: emulation");
  }

  private Path write(String name, String text) throws IOException {
    Path file = folder.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}
