package io.emulation.core.lifecycle;

import static io.emulation.core.lifecycle.Snapshots.YEAR;
import static io.emulation.core.lifecycle.Snapshots.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.emulation.core.period.Period;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Publishing into the in-memory store: numbering, reading back, the optimistic check. */
class InMemoryResultStoreTest {
  private static final Instant AT = Instant.parse("2022-01-20T09:00:00Z");
  private static final ResultSnapshot V1 = Snapshots.of(person("p1", "80", "GOOD", 1));
  private static final ResultSnapshot V2 = Snapshots.of(person("p1", "85", "GOOD", 1));

  private final ResultStore store = InMemoryResultStore.create();

  @Test
  void revisionsAreNumberedFromOneAndAllKept() {
    store.publish(V1, 0, "council", "initial publication", AT);
    store.publish(V2, 1, "hr", "late measurement", AT);

    assertThat(store.revisions("c", YEAR)).extracting(Revision::number).containsExactly(1, 2);
    assertThat(store.revision("c", YEAR, 1).orElseThrow().snapshot()).isEqualTo(V1);
    assertThat(store.latest("c", YEAR).orElseThrow().snapshot()).isEqualTo(V2);
    assertThat(store.version("c", YEAR)).isEqualTo(2);
  }

  @Test
  void nothingPublishedReadsAsEmpty() {
    assertThat(store.revisions("c", YEAR)).isEmpty();
    assertThat(store.latest("c", YEAR)).isEmpty();
    assertThat(store.revision("c", YEAR, 1)).isEmpty();
    assertThat(store.version("c", YEAR)).isZero();
  }

  @Test
  void publishingOnAStaleVersionIsAConflictNamingBothVersions() {
    store.publish(V1, 0, "council", "initial publication", AT);
    store.publish(V2, 1, "hr", "late measurement", AT);

    assertThatThrownBy(() -> store.publish(V2, 1, "other", "same correction", AT))
        .isInstanceOfSatisfying(RevisionConflictException.class, e -> {
          assertThat(e.expected()).isEqualTo(1);
          assertThat(e.actual()).isEqualTo(2);
        })
        .hasMessage("cannot publish revision 2 of campaign 'c' for 2021: expected the latest "
            + "revision to be 1 but it is 2; read revision 2, check the correction still "
            + "applies and publish with expected version 2");
    assertThat(store.version("c", YEAR)).isEqualTo(2);
  }

  @Test
  void publishingFirstWithAnExpectedVersionIsAConflict() {
    assertThatThrownBy(() -> store.publish(V1, 3, "council", "initial publication", AT))
        .isInstanceOf(RevisionConflictException.class)
        .hasMessageContaining("expected the latest revision to be 3 but it is 0");
  }

  @Test
  void twoPublishersOnTheSameVersionCannotBothWin() throws Exception {
    store.publish(V1, 0, "council", "initial publication", AT);

    List<ConcurrentPublishers.Outcome> outcomes = ConcurrentPublishers.race(2,
        i -> store.publish(Snapshots.of(person("p1", "9" + i, "EXCELLENT", 1)), 1, "hr-" + i,
            "correction " + i, AT));

    assertThat(outcomes).filteredOn(ConcurrentPublishers.Outcome::won).hasSize(1);
    assertThat(outcomes).filteredOn(o -> !o.won()).singleElement()
        .satisfies(o -> assertThat(o.failure())
            .containsInstanceOf(RevisionConflictException.class));
    assertThat(store.version("c", YEAR)).isEqualTo(2);
  }

  @Test
  void periodsListThoseWithAPublishedResult() {
    store.publish(V1, 0, "council", "initial publication", AT);
    store.publish(new ResultSnapshot("c", Period.half(2021, 1), V1.participants()), 0,
        "council", "initial publication", AT);

    assertThat(store.periods("c")).containsExactly(YEAR, Period.half(2021, 1));
    assertThat(store.periods("other")).isEmpty();
  }
}
