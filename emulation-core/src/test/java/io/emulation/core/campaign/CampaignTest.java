package io.emulation.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.emulation.core.InvalidDefinitionException;
import io.emulation.core.Problem;
import io.emulation.core.criteria.Criterion;
import io.emulation.core.criteria.FormulaRef;
import io.emulation.core.grading.Grade;
import io.emulation.core.grading.GradeRequirement;
import io.emulation.core.grading.GradingScale;
import io.emulation.core.org.Individual;
import io.emulation.core.org.OrgUnit;
import io.emulation.core.org.Organisation;
import io.emulation.core.org.ParticipantKind;
import io.emulation.core.period.Period;
import io.emulation.core.ranking.RankKey;
import io.emulation.core.ranking.RankMethod;
import io.emulation.core.ranking.RankPolicy;
import io.emulation.scoring.spi.FormulaParameters;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class CampaignTest {
  private static final FormulaRef LINEAR =
      FormulaRef.of("emulation:linear", FormulaParameters.builder().put("maxPoints", 10).build());
  private static final Period H1 = Period.half(2021, 1);
  private static final Organisation ORG = Organisation.builder()
      .unit(OrgUnit.root("f", "Nhà máy Z"))
      .unit(OrgUnit.of("w1", "Phân xưởng 1", "f"))
      .individual(Individual.of("e1", "Nguyễn Văn An", "w1"))
      .collective("w1")
      .build();
  private static final Criterion OUTPUT = criterion("output", ParticipantKind.INDIVIDUAL);
  private static final Criterion DISCIPLINE = criterion("discipline", ParticipantKind.INDIVIDUAL);
  private static final Criterion SAFETY = criterion("safety", ParticipantKind.COLLECTIVE);

  private static Criterion criterion(String id, ParticipantKind kind) {
    return Criterion.builder(id, id).formula(LINEAR).appliesTo(kind).build();
  }

  private static Campaign.Builder valid() {
    return Campaign.builder("h1-2021", "Thi đua 6 tháng đầu năm")
        .period(H1)
        .organisation(ORG)
        .criteria(OUTPUT, SAFETY, DISCIPLINE);
  }

  private static GradingScale scale(Grade top) {
    return GradingScale.builder().band(top, BigDecimal.valueOf(90))
        .otherwise(Grade.NOT_COMPLETED).build();
  }

  @Test
  void validCampaignHasNoProblems() {
    assertThat(valid().problems()).isEmpty();
  }

  @Test
  void defaultsAreStandardGradingTwoPlacesHalfUpSumAndStandardRanking() {
    Campaign campaign = valid().build();

    assertThat(campaign.kind()).isEqualTo(CampaignKind.ONGOING);
    assertThat(campaign.theme()).isEmpty();
    assertThat(campaign.parentId()).isEmpty();
    assertThat(campaign.scope()).isEqualTo(Scope.everyone());
    assertThat(campaign.grading(ParticipantKind.INDIVIDUAL)).isEqualTo(GradingScale.standard());
    assertThat(campaign.grading(ParticipantKind.COLLECTIVE)).isEqualTo(GradingScale.standard());
    assertThat(campaign.decimals()).isEqualTo(DecimalPolicy.of(2, RoundingMode.HALF_UP));
    assertThat(campaign.totalMethod()).isEqualTo(TotalMethod.SUM);
    assertThat(campaign.memberAggregation()).isEqualTo(MemberAggregation.NONE);
    assertThat(campaign.memberWeight()).isEqualByComparingTo("1");
    assertThat(campaign.rankPolicy()).isEqualTo(RankPolicy.standard());
  }

  @Test
  void criteriaKeepTheirOrder() {
    assertThat(valid().build().criteria()).containsExactly(OUTPUT, SAFETY, DISCIPLINE);
  }

  @Test
  void criteriaForGivesTheCriteriaOfOneKindInOrder() {
    Campaign campaign = valid().build();

    assertThat(campaign.criteriaFor(ParticipantKind.INDIVIDUAL))
        .containsExactly(OUTPUT, DISCIPLINE);
    assertThat(campaign.criteriaFor(ParticipantKind.COLLECTIVE)).containsExactly(SAFETY);
  }

  @Test
  void criterionLooksUpById() {
    Campaign campaign = valid().build();

    assertThat(campaign.criterion("safety")).contains(SAFETY);
    assertThat(campaign.criterion("nothing")).isEmpty();
  }

  @Test
  void missingPeriodIsAProblem() {
    assertThat(Campaign.builder("c", "C").organisation(ORG).criteria(OUTPUT).problems())
        .extracting(Problem::toString).containsExactly("period: campaign 'c' has no period");
  }

  @Test
  void missingOrganisationIsAProblem() {
    assertThat(Campaign.builder("c", "C").period(H1).criteria(OUTPUT).problems())
        .extracting(Problem::toString).containsExactly(
            "organisation: campaign 'c' has no organisation");
  }

  @Test
  void noCriteriaIsAProblem() {
    assertThat(Campaign.builder("c", "C").period(H1).organisation(ORG).problems())
        .extracting(Problem::toString).containsExactly("criteria: campaign 'c' has no criteria");
  }

  @Test
  void duplicateCriterionIdIsAProblem() {
    assertThat(valid().criteria(criterion("output", ParticipantKind.COLLECTIVE)).problems())
        .extracting(Problem::toString).containsExactly(
            "criteria/output: duplicate criterion id 'output'");
  }

  @Test
  void peakDriveWithoutParentIsAProblem() {
    assertThat(valid().kind(CampaignKind.PEAK_DRIVE).problems())
        .extracting(Problem::toString).containsExactly(
        "parentId: peak drive 'h1-2021' must name the campaign it runs inside");
  }

  @Test
  void peakDriveWithParentIsValid() {
    Campaign drive = valid().kind(CampaignKind.PEAK_DRIVE).parentId("2021").build();

    assertThat(drive.parentId()).contains("2021");
  }

  @Test
  void campaignThatIsItsOwnParentIsAProblem() {
    assertThat(valid().parentId("h1-2021").problems())
        .extracting(Problem::toString).containsExactly(
        "parentId: campaign 'h1-2021' is its own parent");
  }

  @Test
  void blankCampaignIdIsAProblem() {
    assertThat(Campaign.builder(" ", "C").period(H1).organisation(ORG).criteria(OUTPUT)
        .problems()).extracting(p -> p.message().toString())
        .containsExactly("campaign id ' ' must be non-blank without leading or trailing spaces");
  }

  @Test
  void scopeNamingAnUnknownUnitIsAProblem() {
    assertThat(valid().scope(Scope.units("w1", "w9")).problems())
        .extracting(Problem::toString).containsExactly(
        "scope: scope names unit 'w9', which is not in the organisation");
  }

  @Test
  void weightedMeanWithIndividualWeightsSummingToZeroIsAProblem() {
    Campaign.Builder builder = Campaign.builder("c", "C").period(H1).organisation(ORG)
        .criteria(OUTPUT.toBuilder().weight(0).build(), DISCIPLINE.toBuilder().weight(0).build(),
            SAFETY)
        .totalMethod(TotalMethod.WEIGHTED_MEAN);

    assertThat(builder.problems())
        .extracting(Problem::toString).containsExactly(
            "criteria: the weights of the individual criteria [output, discipline] sum to zero, "
            + "so a weighted mean is undefined");
  }

  @Test
  void weightedMeanWithSomeWeightIsValid() {
    assertThat(valid().criteria(criterion("initiative", ParticipantKind.INDIVIDUAL)
        .toBuilder().weight(0).build()).totalMethod(TotalMethod.WEIGHTED_MEAN).problems())
        .isEmpty();
  }

  @Test
  void zeroWeightsAreFineUnderASum() {
    assertThat(Campaign.builder("c", "C").period(H1).organisation(ORG)
        .criteria(OUTPUT.toBuilder().weight(0).build()).problems()).isEmpty();
  }

  @Test
  void collectiveMembersLineRescuesAWeightedMeanOfZeroWeights() {
    Campaign.Builder builder = Campaign.builder("c", "C").period(H1).organisation(ORG)
        .criteria(OUTPUT, SAFETY.toBuilder().weight(0).build())
        .totalMethod(TotalMethod.WEIGHTED_MEAN)
        .memberAggregation(MemberAggregation.MEAN, BigDecimal.ONE);

    assertThat(builder.problems()).isEmpty();
  }

  @Test
  void negativeMemberWeightIsAProblem() {
    assertThat(valid().memberAggregation(MemberAggregation.SUM, new BigDecimal("-1")).problems())
        .extracting(Problem::toString).containsExactly(
            "memberWeight: member weight must be >= 0 but was -1");
  }

  @Test
  void rankKeyNamingAMissingCriterionIsAProblem() {
    Campaign.Builder builder = valid().rankPolicy(RankPolicy.of(RankMethod.DENSE,
        RankKey.byTotal(), RankKey.byCriterionPoints("initiative")));

    assertThat(builder.problems())
        .extracting(Problem::toString).containsExactly(
            "rankPolicy: rank key names criterion 'initiative', which the campaign does not have");
  }

  @Test
  void gradeRequirementNamingAMissingCriterionIsAProblem() {
    GradingScale scale = GradingScale.builder()
        .band(Grade.EXCELLENT, BigDecimal.valueOf(90),
            GradeRequirement.minCriterionPoints("initiative", BigDecimal.ONE))
        .otherwise(Grade.NOT_COMPLETED)
        .build();

    assertThat(valid().collectiveGrading(scale).problems())
        .extracting(Problem::toString).containsExactly(
        "grading: band EXCELLENT requires criterion 'initiative', which the campaign does not "
            + "have");
  }

  @Test
  void buildReportsEveryProblemTogether() {
    GradingScale scale = GradingScale.builder()
        .band(Grade.EXCELLENT, BigDecimal.valueOf(90),
            GradeRequirement.minCriterionPoints("initiative", BigDecimal.ONE))
        .otherwise(Grade.NOT_COMPLETED)
        .build();
    Campaign.Builder builder = Campaign.builder("c", "C")
        .kind(CampaignKind.PEAK_DRIVE)
        .criteria(OUTPUT.toBuilder().weight(0).build(), OUTPUT.toBuilder().weight(0).build())
        .totalMethod(TotalMethod.WEIGHTED_MEAN)
        .scope(Scope.units("w9"))
        .grading(scale)
        .rankPolicy(RankPolicy.of(RankMethod.STANDARD_COMPETITION,
            RankKey.byCriterionPoints("speed")));

    InvalidDefinitionException e = catchThrowableOfType(InvalidDefinitionException.class,
        builder::build);

    assertThat(e).hasMessageStartingWith("campaign 'c' has 7 problems:\n");
    assertThat(e.problems()).extracting(Problem::toString).containsExactly(
        "criteria: the weights of the individual criteria "
            + "[output, output] sum to zero, so a weighted mean is undefined",
        "criteria/output: duplicate criterion id 'output'",
        "grading: band EXCELLENT requires criterion 'initiative', which the campaign does not have",
        "organisation: campaign 'c' has no organisation",
        "parentId: peak drive 'c' must name the campaign it runs inside",
        "period: campaign 'c' has no period",
        "rankPolicy: rank key names criterion 'speed', which the campaign does not have");
  }

  @Test
  void scopeIsCheckedOnceThereIsAnOrganisation() {
    Campaign.Builder builder = valid().scope(Scope.units("w9")).kind(CampaignKind.PEAK_DRIVE);

    assertThat(builder.problems()).extracting(Problem::location)
        .containsExactly("parentId", "scope");
  }

  @Test
  void collectiveGradingCanBeSetApart() {
    GradingScale collectives = scale(Grade.of("FLAG", "Cờ thi đua"));

    Campaign campaign = valid().collectiveGrading(collectives).build();

    assertThat(campaign.grading(ParticipantKind.INDIVIDUAL)).isEqualTo(GradingScale.standard());
    assertThat(campaign.grading(ParticipantKind.COLLECTIVE)).isEqualTo(collectives);
  }

  @Test
  void gradingAppliesToCollectivesUnlessSetApart() {
    GradingScale scale = scale(Grade.of("A", "A"));

    Campaign campaign = valid().grading(scale).build();

    assertThat(campaign.grading(ParticipantKind.COLLECTIVE)).isEqualTo(scale);
  }

  @Test
  void gradingChangedThroughToBuilderStillAppliesToCollectives() {
    GradingScale scale = scale(Grade.of("A", "A"));

    Campaign changed = valid().build().toBuilder().grading(scale).build();

    assertThat(changed.grading(ParticipantKind.COLLECTIVE)).isEqualTo(scale);
  }

  @Test
  void collectiveGradingSetApartSurvivesToBuilder() {
    GradingScale collectives = scale(Grade.of("FLAG", "Cờ thi đua"));
    GradingScale individuals = scale(Grade.of("A", "A"));

    Campaign changed = valid().collectiveGrading(collectives).build().toBuilder()
        .grading(individuals).build();

    assertThat(changed.grading(ParticipantKind.INDIVIDUAL)).isEqualTo(individuals);
    assertThat(changed.grading(ParticipantKind.COLLECTIVE)).isEqualTo(collectives);
  }

  @Test
  void toBuilderRoundTripGivesAnEqualCampaign() {
    Campaign campaign = valid().theme("mẫu mực, kỷ cương, sáng tạo, quyết thắng")
        .kind(CampaignKind.THEMED)
        .scope(Scope.units("w1").excluding("e1"))
        .decimals(DecimalPolicy.of(1, RoundingMode.HALF_EVEN))
        .totalMethod(TotalMethod.WEIGHTED_MEAN)
        .memberAggregation(MemberAggregation.MEAN, new BigDecimal("0.3"))
        .rankPolicy(RankPolicy.of(RankMethod.DENSE, RankKey.byGrade(), RankKey.byTotal()))
        .build();

    Campaign copy = campaign.toBuilder().build();

    assertThat(copy).isEqualTo(campaign).hasSameHashCodeAs(campaign);
  }

  @Test
  void replaceCriterionKeepsItsPlace() {
    Criterion heavier = OUTPUT.toBuilder().weight(3).build();

    Campaign changed = valid().build().toBuilder().replaceCriterion(heavier).build();

    assertThat(changed.criteria()).containsExactly(heavier, SAFETY, DISCIPLINE);
  }

  @Test
  void replaceCriterionLeavesTheOriginalCampaignUnchanged() {
    Campaign campaign = valid().build();

    campaign.toBuilder().replaceCriterion(OUTPUT.toBuilder().weight(3).build()).build();

    assertThat(campaign.criteria()).containsExactly(OUTPUT, SAFETY, DISCIPLINE);
  }

  @Test
  void replaceCriterionRejectsAnUnknownIdNamingCampaignAndCriterion() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> valid().replaceCriterion(criterion("initiative",
            ParticipantKind.INDIVIDUAL)))
        .withMessage("campaign 'h1-2021' has no criterion 'initiative' to replace");
  }

  @Test
  void campaignsDifferingInOneCriterionAreNotEqual() {
    Campaign campaign = valid().build();

    assertThat(campaign.toBuilder().replaceCriterion(OUTPUT.toBuilder().weight(3).build())
        .build()).isNotEqualTo(campaign);
  }

  @Test
  void toStringNamesIdKindPeriodAndCriteriaCount() {
    assertThat(valid().build()).hasToString("Campaign{h1-2021, ONGOING, 2021-H1, 3 criteria}");
  }
}
