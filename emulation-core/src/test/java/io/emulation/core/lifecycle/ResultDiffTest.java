package io.emulation.core.lifecycle;

import static io.emulation.core.lifecycle.Snapshots.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.collect.ImmutableList;
import io.emulation.core.award.AwardFixture;
import io.emulation.core.lifecycle.ResultDiff.AwardChange;
import io.emulation.core.lifecycle.ResultDiff.AwardChange.Change;
import io.emulation.core.lifecycle.ResultDiff.FieldChange;
import io.emulation.core.lifecycle.ResultDiff.FieldChange.Field;
import io.emulation.core.org.ParticipantKind;
import io.emulation.core.period.Period;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Diffs between snapshots, and revisions built on them. */
class ResultDiffTest {
  private static final Instant AT = Instant.parse("2022-01-20T09:00:00Z");

  @Test
  void changedTotalGradeAndRankAreGivenOldToNew() {
    ResultDiff diff = ResultDiff.between(
        Snapshots.of(person("p1", "88.50", "GOOD", 2)),
        Snapshots.of(person("p1", "91.00", "EXCELLENT", 1)));

    assertThat(diff.fields()).containsExactly(
        new FieldChange("p1", Field.TOTAL, "88.50", "91.00"),
        new FieldChange("p1", Field.GRADE, "GOOD", "EXCELLENT"),
        new FieldChange("p1", Field.RANK, "2", "1"));
  }

  @Test
  void totalsCompareByValueNotScale() {
    ResultDiff diff = ResultDiff.between(Snapshots.of(person("p1", "90", "EXCELLENT", 1)),
        Snapshots.of(person("p1", "90.00", "EXCELLENT", 1)));

    assertThat(diff.isEmpty()).isTrue();
  }

  @Test
  void participantsJoiningAndLeavingAreListedWithTheirAwards() {
    ResultDiff diff = ResultDiff.between(
        Snapshots.of(person("p1", "80", "GOOD", 1, "a")),
        Snapshots.of(person("p2", "80", "GOOD", 1, "a")));

    assertThat(diff.added()).containsExactly("p2");
    assertThat(diff.removed()).containsExactly("p1");
    assertThat(diff.awards()).containsExactly(new AwardChange("p1", "a", Change.LOST),
        new AwardChange("p2", "a", Change.GAINED));
  }

  @Test
  void aMoveToAnotherUnitIsAChange() {
    ParticipantSnapshot moved = new ParticipantSnapshot("p1", ParticipantKind.INDIVIDUAL, "w2",
        new BigDecimal("80"), "GOOD", 1, ImmutableList.of());

    assertThat(ResultDiff.between(Snapshots.of(person("p1", "80", "GOOD", 1)),
        Snapshots.of(moved)).fields())
        .containsExactly(new FieldChange("p1", Field.UNIT, "w1", "w2"));
  }

  @Test
  void identicalSnapshotsHaveNoChange() {
    ResultSnapshot snapshot = Snapshots.of(person("p1", "80", "GOOD", 1, "a"));

    assertThat(ResultDiff.between(snapshot, snapshot)).isEqualTo(ResultDiff.none());
    assertThat(ResultDiff.none().describe()).isEqualTo("no change");
  }

  @Test
  void snapshotsOfDifferentPeriodsCannotBeDiffed() {
    ResultSnapshot year = Snapshots.of(person("p1", "80", "GOOD", 1));
    ResultSnapshot half = new ResultSnapshot("c", Period.half(2021, 1), year.participants());

    assertThatIllegalArgumentException().isThrownBy(() -> ResultDiff.between(year, half))
        .withMessage("cannot diff campaign 'c' for 2021 against campaign 'c' for 2021-H1");
  }

  @Test
  void aSnapshotListingAParticipantTwiceIsRejected() {
    assertThatIllegalArgumentException().isThrownBy(() ->
            Snapshots.of(person("p1", "80", "GOOD", 1), person("p1", "70", "GOOD", 2)))
        .withMessage("snapshot of campaign 'c' for 2021 lists participant 'p1' twice");
  }

  @Test
  void aSnapshotTakesKindUnitTotalGradeRankAndAwardsFromTheResults() {
    AwardFixture fixture = AwardFixture.year2021().unit("w1", AwardFixture.people("m", 95, 80));

    ResultSnapshot snapshot = ResultSnapshot.of(fixture.evaluation(),
        fixture.decide(io.emulation.core.preset.Presets.law2022()));

    assertThat(snapshot.participants()).containsExactly(
        person("m01", "95.00", "EXCELLENT", 1, "lao-dong-tien-tien", "giay-khen"),
        person("m02", "80.00", "GOOD", 2, "lao-dong-tien-tien"),
        new ParticipantSnapshot("w1", ParticipantKind.COLLECTIVE, "f", new BigDecimal("87.50"),
            "GOOD", 1, ImmutableList.of("tap-the-lao-dong-tien-tien")));
  }

  @Test
  void awardsOfAnotherPeriodDoNotMakeASnapshot() {
    AwardFixture year = AwardFixture.year2021().unit("w1", AwardFixture.people("m", 95));
    AwardFixture half = AwardFixture.in(Period.half(2021, 1))
        .unit("w1", AwardFixture.people("m", 95));

    assertThatIllegalArgumentException().isThrownBy(() -> ResultSnapshot.of(year.evaluation(),
        half.decide(io.emulation.core.preset.Presets.law2022())))
        .withMessageContaining("do not belong to the evaluation of campaign 'c' for 2021");
  }

  @Test
  void theFirstRevisionHasNoDiffAndTheNextDiffsAgainstIt() {
    Revision first = Revision.first(Snapshots.of(person("p1", "80", "GOOD", 1)), "council",
        "initial publication", AT);

    Revision second = Revision.next(first, Snapshots.of(person("p1", "80", "GOOD", 1, "a")),
        "hr", "award a was missed", AT.plusSeconds(60));

    assertThat(first.number()).isEqualTo(1);
    assertThat(first.diff().isEmpty()).isTrue();
    assertThat(second.number()).isEqualTo(2);
    assertThat(second.diff().gained("a")).containsExactly("p1");
  }

  @Test
  void aRevisionWithoutAReasonIsRejected() {
    assertThatIllegalArgumentException().isThrownBy(() ->
            Revision.first(Snapshots.of(), "council", " ", AT))
        .withMessage("revision 1 of campaign 'c' for 2021 needs a reason");
  }
}
