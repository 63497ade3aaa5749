package io.emulation.core.lifecycle;

import static io.emulation.core.preset.Presets.CSTDCS;
import static io.emulation.core.preset.Presets.GIAY_KHEN;
import static io.emulation.core.preset.Presets.LDTT;
import static io.emulation.core.preset.Presets.TTLDTT;
import static io.emulation.core.preset.Presets.TTLDXS;
import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.award.AwardFixture;
import io.emulation.core.award.AwardRuleSet;
import io.emulation.core.lifecycle.ResultDiff.AwardChange;
import io.emulation.core.lifecycle.ResultDiff.AwardChange.Change;
import io.emulation.core.org.DisciplinaryLevel;
import io.emulation.core.preset.Presets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Scenario: the 2021 results of workshop w1 are published; later a reprimand of m01 in 2021 is
 * recorded. The correction is a second revision whose diff says m01 lost the grassroots
 * Emulation Fighter title (CSTĐCS, through losing LĐTT) and the workshop lost TTLĐXS (no member
 * is a CSTĐCS any more); the first revision stays readable as published.
 *
 * <p>w1 has ten people rated 100 down to 91 (all EXCELLENT, mean 95.5) and only m01 has an
 * initiative. Before: everyone LĐTT; CSTĐCS m01 (15% of 10 holders = 1 place); TTLĐTT and
 * TTLĐXS w1; Giấy khen (10% of 10 = 1 place) m02, since m01's CSTĐCS excludes it.
 */
class LateDisciplineRevisionTest {
  private static final AwardRuleSet LAW = Presets.law2022();
  private static final Instant PUBLISHED = Instant.parse("2022-01-20T09:00:00Z");
  private static final Instant CORRECTED = Instant.parse("2022-03-02T14:30:00Z");

  private static AwardFixture workshop() {
    return AwardFixture.year2021()
        .unit("w1", AwardFixture.people("m", 100, 99, 98, 97, 96, 95, 94, 93, 92, 91))
        .initiatives("m01");
  }

  private static ResultSnapshot snapshot(AwardFixture fixture) {
    return ResultSnapshot.of(fixture.evaluation(), fixture.decide(LAW));
  }

  @Test
  void asPublishedTheWorkshopIsExcellentAndM01IsAnEmulationFighter() {
    ResultSnapshot published = snapshot(workshop());

    assertThat(published.recipients(CSTDCS)).containsExactly("m01");
    assertThat(published.recipients(TTLDXS)).containsExactly("w1");
    assertThat(published.recipients(GIAY_KHEN)).containsExactly("m02");
  }

  @Test
  void aLateReprimandRemovesTheFighterTitleAndThroughItTheExcellentCollective() {
    ResultSnapshot published = snapshot(workshop());
    ResultSnapshot corrected = snapshot(workshop()
        .change("m01", p -> p.disciplined(DisciplinaryLevel.REPRIMAND)));

    ResultDiff diff = ResultDiff.between(published, corrected);

    // m01 is no longer LĐTT (reprimanded), so not CSTĐCS, and the reprimand bars the Giấy
    // khen too, which m02 keeps; w1 has no CSTĐCS member, so no TTLĐXS, but 9 of 10 still hold
    // LĐTT and a reprimand is below warning, so TTLĐTT stays
    assertThat(diff.awards()).containsExactly(
        new AwardChange("m01", CSTDCS, Change.LOST),
        new AwardChange("m01", LDTT, Change.LOST),
        new AwardChange("w1", TTLDXS, Change.LOST));
    assertThat(diff.fields()).isEmpty();
    assertThat(diff.added()).isEmpty();
    assertThat(diff.removed()).isEmpty();
  }

  @Test
  void aLateWarningAlsoCostsTheAdvancedCollective() {
    ResultSnapshot published = snapshot(workshop());
    ResultSnapshot corrected = snapshot(workshop()
        .change("m01", p -> p.disciplined(DisciplinaryLevel.WARNING)));

    ResultDiff diff = ResultDiff.between(published, corrected);

    assertThat(diff.lost(CSTDCS)).containsExactly("m01");
    assertThat(diff.lost(TTLDXS)).containsExactly("w1");
    assertThat(diff.lost(TTLDTT)).containsExactly("w1");
  }

  @Test
  void theCorrectionIsTheSecondRevisionWithItsDiffAuthorAndReason() {
    ResultStore store = InMemoryResultStore.create();
    Revision first = store.publish(snapshot(workshop()), 0, "council", "initial publication",
        PUBLISHED);

    Revision second = store.publish(snapshot(workshop()
            .change("m01", p -> p.disciplined(DisciplinaryLevel.REPRIMAND))), first.number(),
        "hr-admin", "reprimand of m01 (decision 12/QĐ) recorded late", CORRECTED);

    assertThat(second.number()).isEqualTo(2);
    assertThat(second.author()).isEqualTo("hr-admin");
    assertThat(second.reason()).hasToString("reprimand of m01 (decision 12/QĐ) recorded late");
    assertThat(second.recordedAt()).isEqualTo(CORRECTED);
    assertThat(second.diff().lost(TTLDXS)).containsExactly("w1");
    assertThat(second.diff().describe()).isEqualTo("""
        m01 lost chien-si-thi-dua-co-so
        m01 lost lao-dong-tien-tien
        w1 lost tap-the-lao-dong-xuat-sac""");
  }

  @Test
  void everyEarlierRevisionStaysReadableAsPublished() {
    ResultStore store = InMemoryResultStore.create();
    ResultSnapshot original = snapshot(workshop());
    store.publish(original, 0, "council", "initial publication", PUBLISHED);
    store.publish(snapshot(workshop()
            .change("m01", p -> p.disciplined(DisciplinaryLevel.REPRIMAND))), 1,
        "hr-admin", "reprimand of m01 recorded late", CORRECTED);

    Revision first = store.revision("c", original.period(), 1).orElseThrow();

    assertThat(first.snapshot()).isEqualTo(original);
    assertThat(first.diff().isEmpty()).isTrue();
    assertThat(store.latest("c", original.period()).orElseThrow().snapshot()
        .recipients(TTLDXS)).isEmpty();
  }
}
