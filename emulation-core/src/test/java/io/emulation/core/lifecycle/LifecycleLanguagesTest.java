package io.emulation.core.lifecycle;

import static io.emulation.core.lifecycle.Snapshots.person;
import static io.emulation.core.lifecycle.TwoYearPlant.output;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.emulation.core.campaign.DecimalPolicy;
import io.emulation.core.criteria.RollUp;
import io.emulation.core.evaluation.CompiledCampaign;
import io.emulation.core.evaluation.EvaluationData;
import io.emulation.core.lifecycle.RegistrationPolicy.Handling;
import io.emulation.core.period.Period;
import io.emulation.core.text.Languages;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The lifecycle's text in Vietnamese and in English, with ids and numbers as they are. */
class LifecycleLanguagesTest {
  private static final Locale VI = Languages.VIETNAMESE;
  private static final Locale EN = Locale.ENGLISH;
  private static final Period H1_2020 = Period.half(2020, 1);
  private static final Period H1_2021 = Period.half(2021, 1);
  private static final Period Q1 = Period.quarter(2021, 1);
  private static final Period Q2 = Period.quarter(2021, 2);
  private static final RegistrationWindow JANUARY =
      RegistrationWindow.of(LocalDate.of(2021, 1, 4), LocalDate.of(2021, 1, 15));

  @Test
  void anIllegalTransitionNamesBothStatesInEitherLanguage() {
    IllegalTransitionException e = catchThrowableOfType(IllegalTransitionException.class,
        () -> CampaignLifecycle.draft("thi-dua-2021")
            .moveTo(CampaignState.PUBLISHED, "director", Instant.EPOCH));

    assertThat(e.explain(VI)).isEqualTo("phong trào thi đua 'thi-dua-2021' không thể chuyển từ"
        + " trạng thái Dự thảo sang Đã công bố kết quả; từ Dự thảo chỉ có thể chuyển sang"
        + " Đã phát động");
    assertThat(e.explain(EN)).isEqualTo(e.getMessage()).isEqualTo("campaign 'thi-dua-2021'"
        + " cannot move from DRAFT to PUBLISHED; from DRAFT it may only move to LAUNCHED");
  }

  @Test
  void aLateRegistrationIsExplainedInEitherLanguage() {
    Registration late = RegistrationBook.open("c", JANUARY,
            RegistrationPolicy.of(Handling.FLAG, Handling.REJECT))
        .decide("p1", "lao-dong-tien-tien", LocalDate.of(2021, 1, 16));

    assertThat(late.explain(JANUARY, VI)).isEqualTo("p1 đăng ký danh hiệu lao-dong-tien-tien"
        + " ngày 2021-01-16: được chấp nhận, đánh dấu để hội đồng thi đua - khen thưởng xem xét"
        + " (đăng ký muộn: thời hạn đăng ký đã kết thúc ngày 2021-01-15)");
    assertThat(late.explain(JANUARY, EN)).isEqualTo("p1 for lao-dong-tien-tien on 2021-01-16:"
        + " flagged (late: the window closed on 2021-01-15)");
  }

  @Test
  void aRejectedDuplicateRegistrationIsExplainedInEitherLanguage() {
    RegistrationBook book = RegistrationBook.open("c", JANUARY, RegistrationPolicy.strict())
        .register("p1", "lao-dong-tien-tien", LocalDate.of(2021, 1, 5))
        .register("p1", "lao-dong-tien-tien", LocalDate.of(2021, 1, 6));

    Registration duplicate = book.rejected().get(0);

    assertThat(duplicate.explain(JANUARY, VI)).isEqualTo("p1 đăng ký danh hiệu"
        + " lao-dong-tien-tien ngày 2021-01-06: bị từ chối (đăng ký trùng: đã đăng ký danh hiệu"
        + " lao-dong-tien-tien trước đó)");
    assertThat(duplicate.explain(JANUARY, EN)).isEqualTo("p1 for lao-dong-tien-tien on"
        + " 2021-01-06: rejected (duplicate: already registered for lao-dong-tien-tien)");
  }

  @Test
  void aComparisonWithTheSamePeriodLastYearReadsInEitherLanguage() {
    PeriodComparison comparison = reviews().compare(H1_2021, H1_2020, DecimalPolicy.standard());

    assertThat(comparison.describe(VI)).isEqualTo(
        "2021-H1 so với 2020-H1 (phong trào thi đua 'plant')\n"
            + "output (Production value): 110,00 trong kỳ 2021-H1, 100,00 trong kỳ 2020-H1,"
            + " +10,00 (+10,00% so với cùng kỳ năm trước)");
    assertThat(comparison.describe(EN)).isEqualTo(comparison.describe()).isEqualTo(
        "2021-H1 vs 2020-H1 (campaign 'plant')\n"
            + "output (Production value): 110.00 in 2021-H1, 100.00 in 2020-H1, +10.00"
            + " (+10.00% vs the same period last year)");
  }

  @Test
  void aQuarterComparedWithThePreviousOneReadsInEitherLanguage() {
    PeriodComparison comparison = reviews().compare(Q2, Q1, DecimalPolicy.standard());

    assertThat(comparison.describe(VI)).endsWith("+20,00% so với kỳ trước)")
        .startsWith("2021-Q2 so với 2021-Q1");
    assertThat(comparison.describe(EN)).endsWith("+20.00% vs the previous period)")
        .startsWith("2021-Q2 vs 2021-Q1");
  }

  @Test
  void diffLinesSayWhoGainedAndLostWhichAwardInEitherLanguage() {
    ResultDiff diff = ResultDiff.between(
        Snapshots.of(person("m01", "91.50", "EXCELLENT", 1, "lao-dong-tien-tien"),
            person("m02", "80", "GOOD", 2)),
        Snapshots.of(person("m01", "87.50", "EXCELLENT", 1),
            person("m02", "80", "GOOD", 2, "lao-dong-tien-tien")));

    assertThat(diff.describe(VI)).isEqualTo("""
        m01 không còn được trao lao-dong-tien-tien
        m02 được trao lao-dong-tien-tien
        m01: tổng điểm 91,50 -> 87,50""");
    assertThat(diff.describe(EN)).isEqualTo("""
        m01 lost lao-dong-tien-tien
        m02 gained lao-dong-tien-tien
        m01 total 91.50 -> 87.50""");
  }

  @Test
  void anEmptyDiffSaysNoChangeInEitherLanguage() {
    assertThat(ResultDiff.none().describe(VI)).isEqualTo("không có thay đổi");
    assertThat(ResultDiff.none().describe(EN)).isEqualTo("no change");
  }

  @Test
  void aVersionConflictSaysWhatToDoInEitherLanguage() {
    ResultStore store = InMemoryResultStore.create();
    store.publish(Snapshots.of(person("p1", "80", "GOOD", 1)), 0, "council",
        "initial publication", Instant.EPOCH);

    RevisionConflictException e = catchThrowableOfType(RevisionConflictException.class,
        () -> store.publish(Snapshots.of(person("p1", "81", "GOOD", 1)), 0, "hr",
            "late measurement", Instant.EPOCH));

    assertThat(e.explain(VI)).isEqualTo("không thể công bố lần điều chỉnh 1 của phong trào 'c'"
        + " kỳ 2021: lần công bố mới nhất được cho là 0 nhưng thực tế là 1; hãy đọc lần công bố"
        + " 1, kiểm tra lại nội dung điều chỉnh còn phù hợp không, rồi công bố với phiên bản"
        + " mong đợi là 1");
    assertThat(e.explain(EN)).isEqualTo(e.getMessage()).startsWith(
        "cannot publish revision 1 of campaign 'c' for 2021: expected the latest revision to"
            + " be 0 but it is 1");
  }

  @Test
  void aRevisionReasonAPersonWroteIsKeptAsWrittenInEveryLanguage() {
    Revision first = Revision.first(Snapshots.of(), "council",
        "kỷ luật khiển trách m01 (quyết định 12/QĐ)", Instant.EPOCH);

    assertThat(first.reason().in(VI)).isEqualTo("kỷ luật khiển trách m01 (quyết định 12/QĐ)");
    assertThat(first.reason().in(EN)).isEqualTo("kỷ luật khiển trách m01 (quyết định 12/QĐ)");
  }

  private static Reviews reviews() {
    EvaluationData data = EvaluationData.builder().add(
        output("a", H1_2020, "60"), output("b", H1_2020, "40"),
        output("a", Q1, "30"), output("a", Q2, "40"),
        output("b", Q1, "20"), output("b", Q2, "20")).build();
    CompiledCampaign campaign = TwoYearPlant.compiled(RollUp.SUM);
    return Reviews.of("plant")
        .with(Review.conduct(campaign, data, H1_2020))
        .with(Review.conduct(campaign, data, Q1))
        .with(Review.conduct(campaign, data, Q2))
        .with(Review.conduct(campaign, data, H1_2021));
  }
}
