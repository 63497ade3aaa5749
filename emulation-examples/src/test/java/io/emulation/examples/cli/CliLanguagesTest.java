package io.emulation.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --lang vi|en}: what the commands print and write, in each language. */
class CliLanguagesTest {
  @TempDir
  Path folder;

  @Test
  void evaluateSummaryInVietnamese() throws IOException {
    CliRun run = CliRun.of(SeedArgs.of("evaluate", "--out", folder.toString(), "--lang", "vi"));

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Đối tượng thi đua: 399 cá nhân, 56 tập thể")
        .contains("Xếp loại cá nhân: EXCELLENT")
        .contains("Khen thưởng:")
        .contains("19 tập thể và 73 cá nhân được khen thưởng")
        .contains("Đã ghi " + folder.resolve("result.json"))
        .doesNotContain("commended");
    assertThat(Files.readString(folder.resolve("report.html"), StandardCharsets.UTF_8))
        .contains("<html lang=\"vi\">").contains("<h2>Tổng hợp</h2>");
  }

  @Test
  void evaluateSummaryInEnglishWhenAsked() {
    CliRun run = CliRun.of(SeedArgs.of("evaluate", "--out", folder.toString(), "--lang", "en"));

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("Participants: 399 individuals, 56 collectives")
        .contains("19 collectives and 73 individuals commended");
  }

  @Test
  void unsupportedLanguageIsAUsageError() {
    CliRun run = CliRun.of(SeedArgs.of("evaluate", "--out", folder.toString(), "--lang", "fr"));

    assertThat(run.code()).isEqualTo(EmulationCli.USAGE);
    assertThat(run.err()).contains("--lang").contains("language 'fr' is not supported")
        .contains("[en, vi]");
    assertThat(folder.resolve("report.html")).doesNotExist();
  }

  @Test
  void explainHeadingInVietnamese() {
    CliRun run = CliRun.of(SeedArgs.of("explain", "--participant", "px-co-khi-2",
        "--lang", "vi"));

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("px-co-khi-2 Phân xưởng Cơ khí 2")
        .contains("Quyết định khen thưởng:");
  }

  @Test
  void unknownParticipantInVietnamese() {
    CliRun run = CliRun.of(SeedArgs.of("explain", "--participant", "nv0011", "--lang", "vi"));

    assertThat(run.code()).isEqualTo(EmulationCli.PROBLEMS);
    assertThat(run.err()).contains("đối tượng 'nv0011' không được đánh giá trong phong trào "
        + "'quyet-thang-2021' kỳ 2021-H1").contains("có phải ý bạn là").contains("nv011");
  }

  @Test
  void validateInBothLanguages() {
    CliRun vietnamese = CliRun.of("validate", SeedArgs.file("campaign.yaml"), "--lang", "vi");
    CliRun english = CliRun.of("validate", SeedArgs.file("campaign.yaml"), "--lang", "en");

    assertThat(vietnamese.out()).contains(": không có lỗi; phong trào 'quyet-thang-2021' (")
        .contains("399 cá nhân");
    assertThat(english.out()).contains(": no problems; campaign 'quyet-thang-2021' (")
        .contains("399 individuals");
  }

  @Test
  void problemListingInVietnamese() throws IOException {
    Path measurements = folder.resolve("m.csv");
    Files.writeString(measurements, "participant,criterion,period,value\n"
        + "nv001,ke-hoach,2021-Q9,12\n", StandardCharsets.UTF_8);

    CliRun run = CliRun.of("validate", SeedArgs.file("campaign.yaml"), "--measurements",
        measurements.toString(), "--lang", "vi");

    assertThat(run.code()).isEqualTo(EmulationCli.PROBLEMS);
    assertThat(run.err()).contains(" có 1 lỗi:\n  - " + measurements + ":2:3: ");
  }

  @Test
  void problemListingInEnglishIsTheLibrarysMessage() throws IOException {
    Path measurements = folder.resolve("m.csv");
    Files.writeString(measurements, "participant,criterion,period,value\n"
        + "nv001,ke-hoach,2021-Q9,12\n", StandardCharsets.UTF_8);

    CliRun run = CliRun.of("validate", SeedArgs.file("campaign.yaml"), "--measurements",
        measurements.toString());

    assertThat(run.err()).contains(" has 1 problem:\n  - " + measurements + ":2:3: column "
        + "'period': '2021-Q9' is not a period");
  }
}
