package io.emulation.core.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.emulation.core.EmulationException;
import io.emulation.core.award.AwardKind;
import io.emulation.core.award.PastAward;
import io.emulation.core.period.Period;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON Lines history: appends, revocations, and lines torn by a crash. */
class JsonLinesHistoryStoreTest {
  private static final PastAward LDTT_2020 = new PastAward("p1", "lao-dong-tien-tien",
      Period.year(2020), AwardKind.EMULATION_TITLE);
  private static final PastAward LDTT_2021 = new PastAward("p1", "lao-dong-tien-tien",
      Period.year(2021), AwardKind.EMULATION_TITLE);
  private static final PastAward DRIVE = new PastAward("p2", "best-worker",
      Period.quarter(2021, 2), AwardKind.THEMED);

  @TempDir
  Path folder;

  private Path file() {
    return folder.resolve("history").resolve("history.jsonl");
  }

  @Test
  void recordedGrantsAreReadBackByANewStore() {
    JsonLinesHistoryStore.open(file()).record(List.of(LDTT_2020, DRIVE));

    JsonLinesHistoryStore reopened = JsonLinesHistoryStore.open(file());

    assertThat(reopened.all()).containsExactly(LDTT_2020, DRIVE);
    assertThat(reopened.grantsTo("p1")).containsExactly(LDTT_2020);
  }

  @Test
  void eachGrantIsOneLineAppended() throws IOException {
    JsonLinesHistoryStore store = JsonLinesHistoryStore.open(file());
    store.record(List.of(LDTT_2020));
    store.record(List.of(DRIVE));

    assertThat(Files.readAllLines(file(), UTF_8)).containsExactly(
        "{\"op\":\"grant\",\"participant\":\"p1\",\"award\":\"lao-dong-tien-tien\","
            + "\"period\":\"2020\",\"kind\":\"emulation-title\"}",
        "{\"op\":\"grant\",\"participant\":\"p2\",\"award\":\"best-worker\","
            + "\"period\":\"2021-Q2\",\"kind\":\"themed\"}");
  }

  @Test
  void recordingAGrantAlreadyHeldAppendsNothing() throws IOException {
    JsonLinesHistoryStore store = JsonLinesHistoryStore.open(file());
    store.record(List.of(LDTT_2020));
    store.record(List.of(LDTT_2020));

    assertThat(Files.readAllLines(file(), UTF_8)).hasSize(1);
  }

  @Test
  void aRevokedGrantIsGoneButItsLinesRemain() throws IOException {
    JsonLinesHistoryStore store = JsonLinesHistoryStore.open(file());
    store.record(List.of(LDTT_2020, LDTT_2021));
    store.revoke(List.of(LDTT_2021));

    assertThat(JsonLinesHistoryStore.open(file()).grantsTo("p1")).containsExactly(LDTT_2020);
    assertThat(Files.readAllLines(file(), UTF_8)).hasSize(3).last().asString()
        .startsWith("{\"op\":\"revoke\"");
  }

  @Test
  void replacingBringsHistoryToTheNewRevisionsGrants() {
    JsonLinesHistoryStore store = JsonLinesHistoryStore.open(file());
    store.record(List.of(LDTT_2021, DRIVE));

    store.replace(List.of(LDTT_2021, DRIVE), List.of(DRIVE, LDTT_2020));

    assertThat(store.all()).containsExactlyInAnyOrder(DRIVE, LDTT_2020);
  }

  @Test
  void aLineTornByACrashIsIgnoredAndCutBeforeTheNextAppend() throws IOException {
    JsonLinesHistoryStore.open(file()).record(List.of(LDTT_2020));
    Files.writeString(file(), "{\"op\":\"grant\",\"participant\":\"p9\",\"aw", UTF_8,
        StandardOpenOption.APPEND);

    JsonLinesHistoryStore store = JsonLinesHistoryStore.open(file());
    assertThat(store.all()).containsExactly(LDTT_2020);

    store.record(List.of(DRIVE));
    assertThat(Files.readAllLines(file(), UTF_8)).hasSize(2);
    assertThat(JsonLinesHistoryStore.open(file()).all()).containsExactly(LDTT_2020, DRIVE);
  }

  @Test
  void aDamagedCompleteLineIsReportedWithItsLineNumber() throws IOException {
    JsonLinesHistoryStore.open(file()).record(List.of(LDTT_2020));
    Files.writeString(file(), "{\"op\":\"grant\",\"participant\":\"p9\"}\n", UTF_8,
        StandardOpenOption.APPEND);

    assertThatThrownBy(() -> JsonLinesHistoryStore.open(file()))
        .isInstanceOf(EmulationException.class)
        .hasMessage(file() + ":2 at /: missing required field 'award'");
  }

  @Test
  void storesOfOneFileAppendingAtOnceLoseNothing() throws Exception {
    int count = 8;
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(count);
    List<Future<?>> done = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      PastAward grant = new PastAward("p" + i, "lao-dong-tien-tien", Period.year(2021),
          AwardKind.EMULATION_TITLE);
      JsonLinesHistoryStore store = JsonLinesHistoryStore.open(file());
      done.add(threads.submit(() -> {
        go.await();
        store.record(List.of(grant));
        return null;
      }));
    }
    go.countDown();
    for (Future<?> future : done) {
      future.get();
    }
    threads.shutdown();

    assertThat(JsonLinesHistoryStore.open(file()).all()).hasSize(count);
    assertThat(Files.readAllLines(file(), UTF_8)).hasSize(count);
  }

  @Test
  void appendsOfAnotherStoreOnTheFileAreKept() {
    JsonLinesHistoryStore one = JsonLinesHistoryStore.open(file());
    JsonLinesHistoryStore other = JsonLinesHistoryStore.open(file());
    one.record(List.of(LDTT_2020));

    other.record(List.of(DRIVE));

    assertThat(other.all()).containsExactly(LDTT_2020, DRIVE);
  }
}
