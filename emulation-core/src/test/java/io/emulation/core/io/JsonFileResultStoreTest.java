package io.emulation.core.io;

import static io.emulation.core.lifecycle.Snapshots.YEAR;
import static io.emulation.core.lifecycle.Snapshots.person;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.emulation.core.EmulationException;
import io.emulation.core.lifecycle.ConcurrentPublishers;
import io.emulation.core.lifecycle.ResultSnapshot;
import io.emulation.core.lifecycle.Revision;
import io.emulation.core.lifecycle.RevisionConflictException;
import io.emulation.core.lifecycle.Snapshots;
import io.emulation.core.period.Period;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON-file result store: revisions read back as written, earlier ones kept, the optimistic
 * check across store instances and threads, and crashes mid-write that never leave a revision.
 */
class JsonFileResultStoreTest {
  private static final Instant AT = Instant.parse("2022-01-20T09:00:00Z");
  private static final ResultSnapshot V1 =
      Snapshots.of(person("m01", "95.00", "EXCELLENT", 1, "lao-dong-tien-tien", "giay-khen"),
          person("m02", "80", "GOOD", 2));
  private static final ResultSnapshot V2 =
      Snapshots.of(person("m01", "95.00", "EXCELLENT", 1, "giay-khen"),
          person("m02", "80", "GOOD", 2, "lao-dong-tien-tien"));

  @TempDir
  Path root;

  private Path folder() {
    return root.resolve("c").resolve("2021");
  }

  @Test
  void aRevisionReadsBackEqualToWhatWasPublished() {
    JsonFileResultStore store = JsonFileResultStore.at(root);
    Revision first = store.publish(V1, 0, "council", "initial publication", AT);
    Revision second = store.publish(V2, 1, "hr-admin", "discipline of m01 recorded late",
        AT.plusSeconds(3600));

    JsonFileResultStore reopened = JsonFileResultStore.at(root);

    assertThat(reopened.revisions("c", YEAR)).containsExactly(first, second);
    assertThat(second.diff().lost("lao-dong-tien-tien")).containsExactly("m01");
  }

  @Test
  void eachRevisionIsItsOwnFileUnderTheCampaignAndPeriod() {
    JsonFileResultStore store = JsonFileResultStore.at(root);
    store.publish(V1, 0, "council", "initial publication", AT);
    store.publish(V2, 1, "hr-admin", "correction", AT);

    assertThat(folder().resolve("revision-000001.json")).isRegularFile();
    assertThat(folder().resolve("revision-000002.json")).isRegularFile();
  }

  @Test
  void theFileSaysWhoChangedWhatAndWhy() throws IOException {
    JsonFileResultStore store = JsonFileResultStore.at(root);
    store.publish(V1, 0, "council", "initial publication", AT);
    store.publish(V2, 1, "hr-admin", "correction", AT);

    String json = Files.readString(folder().resolve("revision-000002.json"), UTF_8);

    assertThat(json).contains("\"author\": \"hr-admin\"", "\"reason\": \"correction\"",
        "\"recordedAt\": \"2022-01-20T09:00:00Z\"", "\"total\": 95.00");
    assertThat(json.replaceAll("\\s+", "")).contains("\"diff\":{\"added\":[],\"removed\":[],"
        + "\"awards\":[{\"participant\":\"m01\",\"award\":\"lao-dong-tien-tien\","
        + "\"change\":\"lost\"},");
  }

  @Test
  void anEarlierRevisionStaysReadable() {
    JsonFileResultStore store = JsonFileResultStore.at(root);
    store.publish(V1, 0, "council", "initial publication", AT);
    store.publish(V2, 1, "hr-admin", "correction", AT);

    assertThat(store.revision("c", YEAR, 1).orElseThrow().snapshot()).isEqualTo(V1);
    assertThat(store.latest("c", YEAR).orElseThrow().snapshot()).isEqualTo(V2);
    assertThat(store.revision("c", YEAR, 3)).isEmpty();
  }

  @Test
  void aStoreThatSawAnOlderVersionGetsAConflict() {
    JsonFileResultStore one = JsonFileResultStore.at(root);
    JsonFileResultStore other = JsonFileResultStore.at(root);
    one.publish(V1, 0, "council", "initial publication", AT);
    one.publish(V2, 1, "hr-admin", "correction", AT);

    assertThatThrownBy(() -> other.publish(V2, 1, "someone", "same correction", AT))
        .isInstanceOfSatisfying(RevisionConflictException.class, e -> {
          assertThat(e.expected()).isEqualTo(1);
          assertThat(e.actual()).isEqualTo(2);
        });
    assertThat(other.version("c", YEAR)).isEqualTo(2);
  }

  @Test
  void twoConcurrentPublishersOfTheSameVersionCannotBothWin() throws Exception {
    JsonFileResultStore seed = JsonFileResultStore.at(root);
    seed.publish(V1, 0, "council", "initial publication", AT);

    List<ConcurrentPublishers.Outcome> outcomes = ConcurrentPublishers.race(4,
        i -> JsonFileResultStore.at(root).publish(
            Snapshots.of(person("m01", "9" + i, "EXCELLENT", 1)), 1, "hr-" + i,
            "correction " + i, AT));

    assertThat(outcomes).filteredOn(ConcurrentPublishers.Outcome::won).hasSize(1);
    assertThat(outcomes).filteredOn(o -> !o.won()).hasSize(3).allSatisfy(o ->
        assertThat(o.failure()).containsInstanceOf(RevisionConflictException.class));
    assertThat(seed.revisions("c", YEAR)).hasSize(2);
    assertThat(temporaryFiles()).isEmpty();
  }

  @Test
  void aCrashMidWriteLeavesNoRevisionAndNoTemporaryFile() {
    JsonFileResultStore.at(root).publish(V1, 0, "council", "initial publication", AT);
    JsonFileResultStore crashing = new JsonFileResultStore(root, temp -> {
      throw new IOException("simulated crash with half of " + temp.getFileName() + " written");
    });

    assertThatThrownBy(() -> crashing.publish(V2, 1, "hr-admin", "correction", AT))
        .rootCause().hasMessageStartingWith("simulated crash with half of .revision-000002");

    JsonFileResultStore store = JsonFileResultStore.at(root);
    assertThat(store.revisions("c", YEAR)).extracting(Revision::number).containsExactly(1);
    assertThat(temporaryFiles()).isEmpty();
  }

  @Test
  void aPartialTemporaryFileLeftByAKilledWriterIsNeverARevision() throws IOException {
    JsonFileResultStore store = JsonFileResultStore.at(root);
    store.publish(V1, 0, "council", "initial publication", AT);
    byte[] whole = Files.readAllBytes(folder().resolve("revision-000001.json"));
    Files.write(folder().resolve(".revision-000002.json-killed.tmp"),
        Arrays.copyOf(whole, whole.length / 2));

    assertThat(store.revisions("c", YEAR)).extracting(Revision::number).containsExactly(1);
    assertThat(store.publish(V2, 1, "hr-admin", "correction", AT).number()).isEqualTo(2);
    assertThat(store.revisions("c", YEAR)).extracting(Revision::number).containsExactly(1, 2);
  }

  @Test
  void leftoverTemporaryFilesOlderThanTheGivenTimeAreRemoved() throws IOException {
    JsonFileResultStore store = JsonFileResultStore.at(root);
    store.publish(V1, 0, "council", "initial publication", AT);
    Path stale = Files.writeString(folder().resolve(".revision-000002.json-a.tmp"), "{\"for");
    Path recent = Files.writeString(folder().resolve(".revision-000002.json-b.tmp"), "{");
    Files.setLastModifiedTime(stale, FileTime.from(Instant.parse("2022-01-01T00:00:00Z")));
    Files.setLastModifiedTime(recent, FileTime.from(Instant.parse("2022-01-03T00:00:00Z")));

    int removed = store.removeTemporaryFiles(Instant.parse("2022-01-02T00:00:00Z"));

    assertThat(removed).isEqualTo(1);
    assertThat(temporaryFiles()).containsExactly(recent);
    assertThat(store.revisions("c", YEAR)).hasSize(1);
  }

  @Test
  void aDamagedRevisionIsReportedWithItsFileAndPath() throws IOException {
    JsonFileResultStore store = JsonFileResultStore.at(root);
    store.publish(V1, 0, "council", "initial publication", AT);
    Path file = folder().resolve("revision-000001.json");
    Files.writeString(file, Files.readString(file, UTF_8).replace("\"total\": 80,",
        "\"total\": \"eighty\","), UTF_8);

    assertThatThrownBy(() -> store.revisions("c", YEAR))
        .isInstanceOf(EmulationException.class)
        .hasMessage(file + " at /participants/1/total: expected a number");
  }

  @Test
  void aMissingRevisionInTheMiddleIsReported() throws IOException {
    JsonFileResultStore store = JsonFileResultStore.at(root);
    store.publish(V1, 0, "council", "initial publication", AT);
    store.publish(V2, 1, "hr-admin", "correction", AT);
    Files.move(folder().resolve("revision-000002.json"), folder().resolve("revision-000003.json"));

    assertThatThrownBy(() -> store.version("c", YEAR))
        .hasMessage("revision 2 is missing from " + folder() + ", which holds revisions [1, 3]");
  }

  @Test
  void customPeriodsAndOddCampaignIdsGetSafeFolderNames() {
    JsonFileResultStore store = JsonFileResultStore.at(root);
    Period drive = Period.parse("2021-03-01..2021-05-31");
    ResultSnapshot snapshot = new ResultSnapshot("đợt/cao điểm", drive, V1.participants());

    store.publish(snapshot, 0, "council", "initial publication", AT);

    assertThat(root.resolve("%C4%91%E1%BB%A3t%2Fcao%20%C4%91i%E1%BB%83m")
        .resolve("2021-03-01%2E%2E2021-05-31").resolve("revision-000001.json")).isRegularFile();
    assertThat(store.periods("đợt/cao điểm")).containsExactly(drive);
    assertThat(store.latest("đợt/cao điểm", drive).orElseThrow().snapshot()).isEqualTo(snapshot);
  }

  private List<Path> temporaryFiles() {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(StoreFiles::isTemporary).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
