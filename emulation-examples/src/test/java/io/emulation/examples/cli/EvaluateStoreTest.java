package io.emulation.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.io.JsonFileResultStore;
import io.emulation.core.lifecycle.Revision;
import io.emulation.examples.SeedFixture;
import io.emulation.examples.seed.SeedCampaign;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evaluate --store}: revisions that persist between runs, and what changed. */
class EvaluateStoreTest {
  private static final String CSTT = "chien-si-tien-tien";

  @TempDir
  Path folder;
  private Path store;
  private String holder;
  private Path changed;

  @BeforeEach
  void changeOneMeasurement() throws IOException {
    store = folder.resolve("store");
    // the best-placed Chiến sĩ tiên tiến has a serious incident after all: the safety veto fails
    holder = SeedFixture.run().awards().orElseThrow().recipients(CSTT).get(0);
    String original = holder + ",an-toan,2021-Q2,0,";
    String measurements = Files.readString(SeedFixture.folder().resolve("measurements.csv"),
        StandardCharsets.UTF_8);
    assertThat(measurements).contains(original);
    changed = folder.resolve("measurements.csv");
    Files.writeString(changed, measurements.replace(original, holder + ",an-toan,2021-Q2,1,"),
        StandardCharsets.UTF_8);
  }

  @Test
  void firstRunPublishesRevisionOne() {
    CliRun run = evaluate(SeedFixture.folder().resolve("measurements.csv"), "en");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("Published revision 1 of quyet-thang-2021 for 2021-H1 in "
        + store);
    assertThat(revisions()).hasSize(1);
  }

  @Test
  void changedMeasurementPublishesRevisionTwoWithTheDiff() {
    evaluate(SeedFixture.folder().resolve("measurements.csv"), "en");

    CliRun second = evaluate(changed, "en");

    assertThat(second.code()).as(second.err()).isZero();
    List<Revision> revisions = revisions();
    assertThat(revisions).hasSize(2);
    Revision latest = revisions.get(1);
    assertThat(latest.number()).isEqualTo(2);
    assertThat(latest.diff().lost(CSTT)).contains(holder);
    assertThat(latest.author()).isEqualTo("emulation");
    assertThat(latest.reason()).hasToString("evaluated from " + changed);
    assertThat(second.out())
        .contains("Published revision 2 of quyet-thang-2021 for 2021-H1 in " + store
            + "; changes since revision 1:")
        .contains("  - " + holder + " lost " + CSTT + " (Chiến sĩ tiên tiến)")
        .contains("  ~ " + holder + " total: ");
  }

  @Test
  void sameInputAgainLeavesTheStoreUnchanged() throws IOException {
    evaluate(changed, "en");
    List<Path> before = files();

    CliRun again = evaluate(changed, "en");

    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.out()).contains("Unchanged: revision 1 of quyet-thang-2021 for 2021-H1 in "
        + store + " already has these results; nothing published");
    assertThat(files()).isEqualTo(before);
    assertThat(revisions()).hasSize(1);
  }

  @Test
  void diffLinesInVietnamese() {
    evaluate(SeedFixture.folder().resolve("measurements.csv"), "vi");

    CliRun second = evaluate(changed, "vi");

    assertThat(second.out())
        .contains("Đã công bố lần 2 kết quả của quyet-thang-2021 kỳ 2021-H1 trong " + store
            + "; thay đổi so với lần 1:")
        .contains("  - " + holder + " mất " + CSTT + " (Chiến sĩ tiên tiến)")
        .contains("  ~ " + holder + " tổng điểm: ");
  }

  private CliRun evaluate(Path measurements, String language) {
    return CliRun.of("evaluate", SeedArgs.file("campaign.yaml"), "--period", "2021-H1",
        "--measurements", measurements.toString(),
        "--adjustments", SeedArgs.file("adjustments.csv"),
        "--registrations", SeedArgs.file("registrations.csv"),
        "--initiatives", SeedArgs.file("initiatives.csv"),
        "--out", folder.resolve("out").toString(), "--store", store.toString(),
        "--lang", language);
  }

  private List<Revision> revisions() {
    return JsonFileResultStore.at(store).revisions("quyet-thang-2021", SeedCampaign.H1_2021);
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> files = Files.walk(store)) {
      return files.sorted().toList();
    }
  }
}
