package io.emulation.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code emulation evaluate} over the seed campaign. */
class EvaluateCommandTest {
  @TempDir
  static Path out;
  private static CliRun run;

  @BeforeAll
  static void evaluate() {
    run = CliRun.of(SeedArgs.evaluate(out));
  }

  @Test
  void printsTheSummaryAndExitsZero() {
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Participants: 399 individuals, 56 collectives")
        .contains("Grades of individuals: EXCELLENT")
        .contains("chien-si-tien-tien")
        .contains("19 collectives and 73 individuals commended");
  }

  @Test
  void staysQuietOnStandardErrorWithoutATerminal() {
    assertThat(run.err()).isEmpty();
  }

  @Test
  void writesResultJsonWithTheAwardSummary() throws IOException {
    JsonNode json = new ObjectMapper().readTree(out.resolve("result.json").toFile());

    assertThat(json.get("period").asText()).isEqualTo("2021-H1");
    assertThat(json.get("awardSummary").get("individualsCommended").asInt()).isEqualTo(73);
    assertThat(json.get("awardSummary").get("collectivesCommended").asInt()).isEqualTo(19);
  }

  @Test
  void writesResultCsvWithARowPerParticipant() throws IOException {
    assertThat(Files.readAllLines(out.resolve("result.csv"))).hasSize(1 + 399 + 56);
  }

  @Test
  void writesTheReport() throws IOException {
    assertThat(Files.readString(out.resolve("report.html")))
        .startsWith("<!DOCTYPE html>").contains("19 collectives and 73 individuals commended");
  }
}
