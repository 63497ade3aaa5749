package io.emulation.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.io.JsonFileResultStore;
import io.emulation.core.period.Period;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedding and what-if examples run and print what their documentation says. */
class ExamplesTest {

  @Test
  void embeddingExamplePrintsTheAwardsGranted() {
    String printed = captured(() -> EmbeddingExample.main(new String[0]));

    assertThat(printed.lines()).containsExactly(
        "lao-dong-tien-tien: Nguyễn Văn An",
        "lao-dong-tien-tien: Trần Thị Bình",
        "giay-khen: Nguyễn Văn An",
        "0 collectives and 2 individuals commended (3 awards)");
  }

  @Test
  void embeddingExampleKeepsItsResultBetweenRuns(@TempDir Path store) {
    String first = captured(() -> EmbeddingExample.main(new String[] {store.toString()}));
    String second = captured(() -> EmbeddingExample.main(new String[] {store.toString()}));

    assertThat(first.lines()).last().isEqualTo("published revision 1");
    assertThat(second.lines()).last().isEqualTo("revision 1 already has this result");
    assertThat(JsonFileResultStore.at(store).revisions("q2-2021", Period.quarter(2021, 2)))
        .hasSize(1);
  }

  @Test
  void lowerCapTakesTitlesFromTheLowestRankedAndTheirUnits() {
    CampaignRun run = SeedFixture.run();
    var after = io.emulation.core.award.AwardEvaluator
        .of(WhatIfExample.lowerCap(run.rules().orElseThrow()))
        .evaluate(run.campaign(), run.result(), run.inputs());

    List<WhatIfExample.Change> changes = WhatIfExample.changes(run.awards().orElseThrow(), after);

    // 15% of 399 is 59 places for 73 eligible: 14 lose the title, none gain anything
    assertThat(changes).allMatch(WhatIfExample.Change::grantedBefore);
    assertThat(changes).filteredOn(c -> c.awardId().equals("chien-si-tien-tien")).hasSize(14);
    assertThat(changes).anyMatch(c -> c.awardId().equals("don-vi-tien-tien"));
  }

  @Test
  void whatIfExamplePrintsWhoLosesWhat() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    WhatIfExample.print(SeedFixture.run(), new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("What if chien-si-tien-tien were capped at 15% of the headcount")
        .contains("chien-si-tien-tien: 14 lose it: ")
        .contains("Before: 19 collectives and 73 individuals commended")
        .contains("After:  ");
  }

  private static String captured(Runnable program) {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      program.run();
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
