package io.emulation.core.award;

import static io.emulation.core.award.AwardFixture.concat;
import static io.emulation.core.award.AwardFixture.people;
import static io.emulation.core.award.AwardFixture.person;
import static io.emulation.core.award.AwardFixture.same;
import static io.emulation.core.preset.Presets.CSTDCS;
import static io.emulation.core.preset.Presets.GIAY_KHEN;
import static io.emulation.core.preset.Presets.LDTT;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.campaign.MemberAggregation;
import io.emulation.core.criteria.Criterion;
import io.emulation.core.criteria.Measurement;
import io.emulation.core.evaluation.CampaignEvaluator;
import io.emulation.core.evaluation.EvaluationData;
import io.emulation.core.evaluation.EvaluationResult;
import io.emulation.core.evaluation.FaultPolicy;
import io.emulation.core.org.DisciplinaryLevel;
import io.emulation.core.org.Individual;
import io.emulation.core.org.OrgUnit;
import io.emulation.core.org.Organisation;
import io.emulation.core.org.ParticipantKind;
import io.emulation.core.period.Period;
import io.emulation.core.preset.Presets;
import io.emulation.core.scoring.FormulaRegistry;
import io.emulation.core.scoring.TestFormula;
import io.emulation.core.text.Languages;
import io.emulation.core.text.Message;
import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.Points;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Award decisions read in Vietnamese and in English: the same decision, both languages, with ids
 * and grade codes kept as written and numbers exact (a decimal comma in Vietnamese).
 */
class AwardLanguagesTest {
  private static final Locale VI = Languages.VIETNAMESE;
  private static final Locale EN = Languages.ENGLISH;
  private static final AwardRuleSet LAW = Presets.law2022();

  private static AwardDecision decision(AwardResult awards, String participantId, String award) {
    return awards.decision(participantId, award).orElseThrow();
  }

  @Test
  void aGrantedAdvancedWorkerTitleListsEveryConditionInBothLanguages() {
    AwardDecision p01 = decision(AwardFixture.year2021().unit("w1", person("p01", 80))
        .decide(LAW), "p01", LDTT);

    assertThat(p01.explain(VI)).isEqualTo("lao-dong-tien-tien: được xét tặng "
        + "(xếp loại GOOD, đạt yêu cầu GOOD trở lên; đã đăng ký thi đua lao-dong-tien-tien; "
        + "tuyển dụng ngày 2010-01-01, cần từ ngày 2021-07-01 trở về trước (6 tháng trước khi "
        + "kết thúc kỳ 2021); kỷ luật: không có, phải dưới mức khiển trách; "
        + "không trong thời gian bị xem xét kỷ luật; không vi phạm tiêu chí phủ quyết)");
    assertThat(p01.explain(EN)).isEqualTo(p01.explain()).isEqualTo("lao-dong-tien-tien: granted "
        + "(grade GOOD, needs GOOD or better; registered for lao-dong-tien-tien; "
        + "hired 2010-01-01, needs 2021-07-01 or earlier (6 months before the end of 2021); "
        + "discipline NONE, must be below REPRIMAND; not under review; no veto failed)");
  }

  @Test
  void aDenialForTheGradeGivesTheActualAndTheNeededGrade() {
    AwardDecision p01 = decision(AwardFixture.year2021().unit("w1", person("p01", 60))
        .decide(LAW), "p01", LDTT);

    assertThat(p01.reasons()).singleElement().satisfies(reason -> {
      assertThat(reason.in(VI)).isEqualTo("xếp loại COMPLETED, cần GOOD trở lên");
      assertThat(reason.in(EN)).isEqualTo("grade COMPLETED, needs GOOD or better");
    });
    assertThat(p01.explain(VI)).isEqualTo(
        "lao-dong-tien-tien: không được xét tặng (xếp loại COMPLETED, cần GOOD trở lên)");
  }

  @Test
  void theJavadocExampleOfMessageReadsAsItSays() {
    Message example = Message.of("condition.minGrade.unmet", "FAIR", "GOOD");

    assertThat(example.in(VI)).isEqualTo("xếp loại FAIR, cần GOOD trở lên");
    assertThat(example.in(EN)).isEqualTo("grade FAIR, needs GOOD or better");
  }

  @Test
  void aDisciplinedPersonReadsTheLevelsInVietnamese() {
    AwardDecision p01 = decision(AwardFixture.year2021()
        .unit("w1", person("p01", 85).disciplined(DisciplinaryLevel.WARNING)).decide(LAW),
        "p01", LDTT);

    assertThat(p01.reasons()).map(reason -> reason.in(VI))
        .containsExactly("kỷ luật: cảnh cáo, phải dưới mức khiển trách");
    assertThat(p01.reasons()).map(reason -> reason.in(EN))
        .containsExactly("discipline WARNING, must be below REPRIMAND");
  }

  @Test
  void aQuotaCutOffGivesThePlaceThePlacesAndTheTieInBothLanguages() {
    AwardResult awards = AwardFixture.year2021()
        .unit("w1", concat(people("p", 99, 98, 97, 96, 95, 94, 94, 93, 92, 91),
            same("p", 11, 30, 80)))
        .initiatives("p01", "p02", "p03", "p04", "p05", "p06", "p07", "p08", "p09", "p10")
        .decide(LAW);

    assertThat(decision(awards, "p07", CSTDCS).reasons()).singleElement().satisfies(reason -> {
      assertThat(reason.in(VI)).isEqualTo("xếp thứ 7 trong số 10 đủ điều kiện, chỉ tiêu 6 suất "
          + "(tối đa 15% số đạt lao-dong-tien-tien, làm tròn xuống); đồng hạng từ thứ 6 đến "
          + "thứ 7 tại ngưỡng chỉ tiêu theo tổng điểm 94,00, và các trường hợp đồng hạng tại "
          + "ngưỡng đều không được xét");
      assertThat(reason.in(EN)).isEqualTo("ranked 7th of 10 eligible for 6 places (at most 15% "
          + "of the lao-dong-tien-tien holders, rounded floor); tied with places 6th to 7th at "
          + "the cut-off on total 94.00, and ties at the cut-off are all out");
    });
    assertThat(decision(awards, "p08", CSTDCS).explain(VI)).isEqualTo("chien-si-thi-dua-co-so: "
        + "không được xét tặng (xếp thứ 8 trong số 10 đủ điều kiện, chỉ tiêu 6 suất (tối đa 15% "
        + "số đạt lao-dong-tien-tien, làm tròn xuống))");
  }

  @Test
  void anExcludedAwardNamesTheAwardThatTookItsPlace() {
    AwardResult awards = AwardFixture.year2021()
        .unit("w1", people("a", 99, 98, 97, 96, 95, 94, 93, 92, 91, 90))
        .initiatives("a01").decide(LAW);

    Message reason = decision(awards, "a01", GIAY_KHEN).reasons().get(0);
    assertThat(reason.in(VI))
        .isEqualTo("không xét: đã được tặng chien-si-thi-dua-co-so cho cùng thành tích");
    assertThat(reason.in(EN))
        .isEqualTo("excluded: chien-si-thi-dua-co-so was granted for the same achievement");
  }

  @Test
  void aWithheldAwardNamesTheCriteriaWithScoringErrors() {
    Period q1 = Period.quarter(2021, 1);
    Campaign campaign = Campaign.builder("c", "Campaign").period(q1)
        .organisation(Organisation.builder().unit(OrgUnit.root("f", "Factory"))
            .individual(Individual.of("e1", "An", "f"))
            .individual(Individual.of("e2", "Bình", "f")).build())
        .criteria(Criterion.builder("quality", "Quality")
            .formula("acme:picky", FormulaParameters.empty()).build())
        .memberAggregation(MemberAggregation.MEAN, BigDecimal.ONE)
        .build();
    TestFormula picky = TestFormula.of("acme:picky", input -> {
      if (input.value().compareTo(BigDecimal.ONE) > 0) {
        throw new IllegalStateException("too big");
      }
      return Points.of(new BigDecimal("90"), "ninety");
    });
    EvaluationResult evaluation = CampaignEvaluator.of(FormulaRegistry.builder().add(picky)
            .build())
        .withFaultPolicy(FaultPolicy.PUBLISH_WITH_ERRORS)
        .evaluate(campaign, EvaluationData.builder()
            .add(Measurement.of("e1", "quality", q1, BigDecimal.ONE),
                Measurement.of("e2", "quality", q1, BigDecimal.TEN)).build(), q1);
    Award certificate = Award.of("giay-khen", "Giấy khen", AwardKind.COMMENDATION,
        ParticipantKind.INDIVIDUAL, AwardLevel.GRASSROOTS);

    AwardDecision e2 = AwardEvaluator.of(AwardRuleSet.builder("test")
            .rules(AwardRule.of(certificate, Conditions.minGrade("COMPLETED"))).build())
        .evaluate(campaign, evaluation, AwardInputs.none())
        .decision("e2", "giay-khen").orElseThrow();

    assertThat(e2.outcome()).isEqualTo(AwardDecision.Outcome.WITHHELD);
    assertThat(e2.explain(VI)).isEqualTo("giay-khen: không được xét tặng (tạm hoãn: bảng chấm "
        + "điểm có lỗi tính điểm ở quality; sẽ xét khi có kết quả đánh giá không còn lỗi)");
    assertThat(e2.explain(EN)).isEqualTo("giay-khen: denied (withheld: the scorecard has scoring "
        + "errors on quality; decided once an evaluation without errors is available)");
  }

  @Test
  void theCouncilsQuorumAndApprovalTallyReadInBothLanguages() {
    Award high = Award.of("high-title", "High title", AwardKind.EMULATION_TITLE,
        ParticipantKind.INDIVIDUAL, AwardLevel.MINISTRY);
    AwardRuleSet rules = AwardRuleSet.builder("council")
        .rules(AwardRule.of(high, Conditions.all(Conditions.quorum(2, 3),
            Conditions.councilApprovalMoreThan(new BigDecimal("50")))))
        .build();
    AwardFixture fixture = AwardFixture.year2021().unit("w1", people("m", 96, 95));
    CouncilVotes votes = CouncilVotes.of(
        CouncilVote.builder("m01", "high-title").members(15).present(9).votes(6, 2, 1).build(),
        CouncilVote.builder("m02", "high-title").members(15).present(12).votes(9, 2, 1)
            .build());

    AwardResult awards = AwardEvaluator.of(rules).evaluate(fixture.campaign(),
        fixture.evaluation(), fixture.inputs().withCouncilVotes(votes));

    assertThat(decision(awards, "m01", "high-title").reasons()).map(reason -> reason.in(VI))
        .containsExactly("9/15 thành viên có mặt (tối thiểu 2/3 = 10)");
    assertThat(decision(awards, "m01", "high-title").reasons()).map(reason -> reason.in(EN))
        .containsExactly("9 of 15 members present (quorum 2/3 = 10)");
    assertThat(decision(awards, "m02", "high-title").explain(VI)).isEqualTo("high-title: được "
        + "xét tặng (12/15 thành viên có mặt (tối thiểu 2/3 = 10); 9 tán thành, 2 không tán "
        + "thành, 1 không biểu quyết: 75% số phiếu, cần trên 50%)");
    assertThat(decision(awards, "m02", "high-title").explain(EN)).isEqualTo("high-title: "
        + "granted (12 of 15 members present (quorum 2/3 = 10); 9 for, 2 against, 1 abstain: "
        + "75% of votes, needs more than 50%)");
  }

  @Test
  void aSecretBallotShareKeepsItsDecimalsWithACommaInVietnamese() {
    ConditionResult result = Conditions.secretBallotApprovalAtLeast(new BigDecimal("90"))
        .evaluate(FakeContext.person("p1", "80").inputs(AwardInputs.none().withCouncilVotes(
            CouncilVotes.of(CouncilVote.builder("p1", "title").members(15).present(15)
                .votes(14, 1, 0).secretBallot(true).build()))));

    assertThat(result.reason().in(VI)).isEqualTo("bỏ phiếu kín: 14/15 thành viên tán thành "
        + "(93,33% tổng số thành viên), cần ít nhất 90%");
    assertThat(result.reason().in(EN)).isEqualTo("secret ballot: 14 of 15 members for "
        + "(93.33% of all members), needs at least 90%");
  }

  @Test
  void theChairmansCastingVoteOnATieReadsInBothLanguages() {
    ConditionResult result = Conditions.chairmanCastingVote(new BigDecimal("50"))
        .evaluate(FakeContext.person("p1", "80").inputs(AwardInputs.none().withCouncilVotes(
            CouncilVotes.of(CouncilVote.builder("p1", "title").members(13).present(12)
                .votes(6, 6, 0).chairman(ChairmanVote.FOR).build()))));

    assertThat(result.met()).isTrue();
    assertThat(result.reason().in(VI)).isEqualTo("số phiếu ngang nhau ở mức 50% (6 tán thành, "
        + "6 không tán thành, 0 không biểu quyết); chủ tịch hội đồng tán thành, là phiếu quyết "
        + "định");
    assertThat(result.reason().in(EN)).isEqualTo("tie at 50% of votes (6 for, 6 against, "
        + "0 abstain); the chairman voted for, which decides");
  }

  @Test
  void aCollectiveShortOfTheShareOfHoldersGivesTheShareInBothLanguages() {
    ConditionResult result = Conditions.memberShareHoldingAtLeast("ldtt", new BigDecimal("70"))
        .evaluate(FakeContext.unit("w1", "80").members(FakeContext.member("a", "90"),
            FakeContext.member("b", "90"), FakeContext.member("c", "60")).grant("a", "ldtt")
            .grant("b", "ldtt"));

    assertThat(result.reason().in(VI))
        .isEqualTo("2/3 thành viên (66,67%) đạt ldtt, cần từ 70% trở lên");
    assertThat(result.reason().in(EN))
        .isEqualTo("2 of 3 members (66.67%) hold ldtt, needs at least 70%");
  }

  @Test
  void theSummaryLineCountsCollectivesIndividualsAndAwards() {
    AwardSummary seed = new AwardSummary(ImmutableMap.of(), ImmutableMap.of(), 73, 19, 104);
    AwardSummary one = new AwardSummary(ImmutableMap.of(), ImmutableMap.of(), 1, 1, 1);

    assertThat(seed.describe(VI))
        .isEqualTo("19 tập thể và 73 cá nhân được khen thưởng (104 lượt khen thưởng)");
    assertThat(seed.describe(EN))
        .isEqualTo("19 collectives and 73 individuals commended (104 awards)");
    assertThat(one.describe(VI)).isEqualTo("1 tập thể và 1 cá nhân được khen thưởng "
        + "(1 lượt khen thưởng)");
    assertThat(one.describe()).isEqualTo("1 collective and 1 individual commended (1 award)");
  }

  @Test
  void aParticipantsDecisionsReadOnePerLineInTheLanguageAskedFor() {
    AwardResult awards = AwardFixture.year2021().unit("w1", person("p01", 60)).decide(LAW);

    assertThat(awards.explain("p01", VI).lines()).first().isEqualTo(
        "lao-dong-tien-tien: không được xét tặng (xếp loại COMPLETED, cần GOOD trở lên)");
    assertThat(awards.explain("p01", Locale.GERMAN)).isEqualTo(awards.explain("p01"));
  }

  @Test
  void quotasAndConditionsDescribeThemselvesInBothLanguages() {
    Quota quota = Quota.percentOfHolders(LDTT, new BigDecimal("15")).perUnit()
        .rounded(RoundingMode.CEILING).withAtLeastOne().withTies(Quota.TiePolicy.ALL_IN);
    Condition fighter = Conditions.all(Conditions.holds(LDTT),
        Conditions.any(Conditions.initiativesAtLeast(1, AwardLevel.GRASSROOTS),
            Conditions.not(Conditions.minScore(new BigDecimal("92.5")))));

    assertThat(quota.describe(VI)).isEqualTo("tối đa 15% số đạt lao-dong-tien-tien, theo từng "
        + "đơn vị, làm tròn lên, ít nhất 1, đồng hạng tại ngưỡng đều được xét");
    assertThat(quota.describe()).isEqualTo("at most 15% of the lao-dong-tien-tien holders, "
        + "per unit, rounded ceiling, at least 1, ties at the cut-off all in");
    assertThat(fighter.describe(VI)).isEqualTo("đạt lao-dong-tien-tien và một trong các điều "
        + "kiện (ít nhất 1 sáng kiến có phạm vi ảnh hưởng cấp cơ sở; phủ định (tổng điểm từ "
        + "92,5 trở lên))");
    assertThat(fighter.describe(EN)).isEqualTo(fighter.describe()).isEqualTo("holds "
        + "lao-dong-tien-tien and any of (at least 1 initiative of GRASSROOTS reach; not (total "
        + "92.5 or more))");
  }

  @Test
  void aPluginsReasonInOneLanguageIsKeptAsWrittenAndOneInSeveralIsRenderedPerLanguage() {
    ConditionResult written = ConditionResult.unmet("chưa hoàn thành khóa an toàn");
    ConditionResult bilingual = ConditionResult.met(
        locale -> Languages.isVietnamese(locale) ? "đã hoàn thành" : "completed");

    assertThat(written.reason().in(VI)).isEqualTo("chưa hoàn thành khóa an toàn");
    assertThat(written.reason().in(EN)).isEqualTo("chưa hoàn thành khóa an toàn");
    assertThat(bilingual.reason().in(VI)).isEqualTo("đã hoàn thành");
    assertThat(bilingual.reason().in(EN)).isEqualTo("completed");
  }
}
