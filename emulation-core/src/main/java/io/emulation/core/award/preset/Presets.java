package io.emulation.core.award.preset;

import static io.emulation.core.award.Conditions.all;
import static io.emulation.core.award.Conditions.disciplineBelow;
import static io.emulation.core.award.Conditions.heldConsecutively;
import static io.emulation.core.award.Conditions.hiredMonthsBefore;
import static io.emulation.core.award.Conditions.holds;
import static io.emulation.core.award.Conditions.initiativesAtLeast;
import static io.emulation.core.award.Conditions.memberShareHoldingAtLeast;
import static io.emulation.core.award.Conditions.memberShareHoldingMoreThan;
import static io.emulation.core.award.Conditions.memberShareWithGradeAtLeast;
import static io.emulation.core.award.Conditions.membersHoldingAtLeast;
import static io.emulation.core.award.Conditions.minGrade;
import static io.emulation.core.award.Conditions.noMemberDisciplinedAtLeast;
import static io.emulation.core.award.Conditions.noVetoFailure;
import static io.emulation.core.award.Conditions.notUnderReview;
import static io.emulation.core.award.Conditions.registered;

import io.emulation.core.award.Award;
import io.emulation.core.award.AwardKind;
import io.emulation.core.award.AwardLevel;
import io.emulation.core.award.AwardRule;
import io.emulation.core.award.AwardRuleSet;
import io.emulation.core.award.Condition;
import io.emulation.core.award.ExclusionGroup;
import io.emulation.core.award.Quota;
import io.emulation.core.org.DisciplinaryLevel;
import io.emulation.core.org.ParticipantKind;
import java.math.BigDecimal;

/**
 * Ready rule packs modelled on Vietnam's Law on Emulation and Commendation 2022 (No.
 * 06/2022/QH15), Decree 98/2023/ND-CP and Circular 01/2024/TT-BNV as summarised in the project's
 * domain notes, for the four official grades ({@code EXCELLENT}, {@code GOOD}, {@code COMPLETED},
 * {@code NOT_COMPLETED}) of {@link io.emulation.core.grading.GradingScale#standard()}.
 *
 * <p>Where regulations differ, the packs say which text they follow: the collective titles bar a
 * member disciplined at <em>warning</em> level or above (the earlier law's wording, carried into
 * most current regulations), and individual titles bar anyone disciplined at <em>reprimand</em>
 * level or above (the older decree's wording, still in most regulations). Every organisation
 * writes its own regulation: start from a pack and change a rule with {@link
 * AwardRuleSet#toBuilder()}.
 *
 * @since 0.1
 */
public final class Presets {
  /** Lao động tiên tiến: Advanced Worker. */
  public static final String LDTT = "lao-dong-tien-tien";
  /** Chiến sĩ thi đua cơ sở: grassroots Emulation Fighter. */
  public static final String CSTDCS = "chien-si-thi-dua-co-so";
  /** Chiến sĩ thi đua cấp Bộ, ngành, tỉnh: ministry-level Emulation Fighter. */
  public static final String CSTD_BO = "chien-si-thi-dua-cap-bo";
  /** Tập thể lao động tiên tiến: Advanced Collective. */
  public static final String TTLDTT = "tap-the-lao-dong-tien-tien";
  /** Tập thể lao động xuất sắc: Excellent Collective. */
  public static final String TTLDXS = "tap-the-lao-dong-xuat-sac";
  /** Giấy khen of the head of the organisation. */
  public static final String GIAY_KHEN = "giay-khen";
  /** Chiến sĩ tiên tiến: the army's Advanced Soldier. */
  public static final String CSTT = "chien-si-tien-tien";
  /** Đơn vị tiên tiến: the army's Advanced Unit. */
  public static final String DVTT = "don-vi-tien-tien";
  /** Đơn vị quyết thắng: the army's Determined-to-Win Unit. */
  public static final String DVQT = "don-vi-quyet-thang";

  private Presets() {}

  /**
   * The civil pack, 2022 law.
   *
   * <ul>
   *   <li>{@value #LDTT}: graded good or better; registered; recruited at least 6 months before
   *       the period ends (Circular 01/2024); not disciplined at reprimand level or above; not
   *       under review; no veto failed. No quota. Cash 0.3 × base salary.
   *   <li>{@value #CSTDCS}: holds {@value #LDTT} in the period; at least one recognised
   *       initiative. At most 15% of the {@value #LDTT} holders, rounded down; ties at the
   *       cut-off all out. Cash 1.0.
   *   <li>{@value #CSTD_BO}: {@value #CSTDCS} 3 consecutive times (this period included); an
   *       initiative of ministry-wide reach. Cash 3.0.
   *   <li>{@value #TTLDTT}: the collective completed its tasks (graded completed or better); more
   *       than 50% of members hold {@value #LDTT}; no member disciplined at warning level or
   *       above; no veto failed.
   *   <li>{@value #TTLDXS}: holds {@value #TTLDTT}; graded excellent (exceeded its targets);
   *       100% of members completed their tasks and at least 70% hold {@value #LDTT}; at least
   *       one member holds {@value #CSTDCS}; no member disciplined at warning level or above.
   *       Cash 1.5.
   *   <li>{@value #GIAY_KHEN}: graded excellent; not under review; no veto failed; at most 10% of
   *       each unit's headcount, rounded down but at least one. One achievement, one form:
   *       someone who becomes {@value #CSTDCS} is not also given this Giấy khen.
   * </ul>
   */
  public static AwardRuleSet law2022() {
    return AwardRuleSet.builder("Luật Thi đua, Khen thưởng 2022 (06/2022/QH15)")
        .rules(
            AwardRule.of(individual(LDTT, "Lao động tiên tiến", AwardLevel.GRASSROOTS, "0.3"),
                advancedIndividual()),
            fighter(CSTDCS, LDTT, Quota.percentOfHolders(LDTT, BigDecimal.valueOf(15))),
            AwardRule.of(individual(CSTD_BO, "Chiến sĩ thi đua cấp Bộ", AwardLevel.MINISTRY,
                "3.0"), all(heldConsecutively(CSTDCS, 3),
                    initiativesAtLeast(1, AwardLevel.MINISTRY))),
            AwardRule.of(collective(TTLDTT, "Tập thể lao động tiên tiến", null),
                advancedCollective(LDTT)),
            AwardRule.of(collective(TTLDXS, "Tập thể lao động xuất sắc", "1.5"),
                excellentCollective(TTLDTT, LDTT)),
            AwardRule.of(Award.of(GIAY_KHEN, "Giấy khen", AwardKind.COMMENDATION,
                    ParticipantKind.INDIVIDUAL, AwardLevel.GRASSROOTS),
                    all(minGrade("EXCELLENT"), notUnderReview(), noVetoFailure()))
                .withQuota(Quota.percentOfHeadcount(BigDecimal.TEN).perUnit().withAtLeastOne()))
        .exclusionGroup(ExclusionGroup.of("one-achievement-one-form", CSTDCS, GIAY_KHEN))
        .build();
  }

  /**
   * The army pack: the same shapes under the army's names, with the army's quotas.
   *
   * <ul>
   *   <li>{@value #CSTT}: as {@value #LDTT}; at most 40% of the headcount (older army rule).
   *   <li>{@value #CSTDCS}: holds {@value #CSTT}; at least one recognised initiative; at most
   *       10% of the headcount (army rule).
   *   <li>{@value #DVTT}: as {@value #TTLDTT}, counting {@value #CSTT}.
   *   <li>{@value #DVQT}: as {@value #TTLDXS}, holding {@value #DVTT} and counting {@value #CSTT}.
   * </ul>
   */
  public static AwardRuleSet army() {
    return AwardRuleSet.builder("Quân đội: thi đua quyết thắng")
        .rules(
            AwardRule.of(individual(CSTT, "Chiến sĩ tiên tiến", AwardLevel.GRASSROOTS, "0.3"),
                    advancedIndividual())
                .withQuota(Quota.percentOfHeadcount(BigDecimal.valueOf(40))),
            fighter(CSTDCS, CSTT, Quota.percentOfHeadcount(BigDecimal.TEN)),
            AwardRule.of(collective(DVTT, "Đơn vị tiên tiến", null), advancedCollective(CSTT)),
            AwardRule.of(collective(DVQT, "Đơn vị quyết thắng", "1.5"),
                excellentCollective(DVTT, CSTT)))
        .build();
  }

  private static Condition advancedIndividual() {
    return all(minGrade("GOOD"), registered(), hiredMonthsBefore(6),
        disciplineBelow(DisciplinaryLevel.REPRIMAND), notUnderReview(), noVetoFailure());
  }

  private static AwardRule fighter(String id, String advancedTitle, Quota quota) {
    return AwardRule.of(individual(id, "Chiến sĩ thi đua cơ sở", AwardLevel.GRASSROOTS, "1.0"),
            all(holds(advancedTitle), initiativesAtLeast(1, AwardLevel.GRASSROOTS)))
        .withQuota(quota);
  }

  private static Condition advancedCollective(String advancedTitle) {
    return all(minGrade("COMPLETED"),
        memberShareHoldingMoreThan(advancedTitle, BigDecimal.valueOf(50)),
        noMemberDisciplinedAtLeast(DisciplinaryLevel.WARNING), noVetoFailure());
  }

  private static Condition excellentCollective(String advancedUnitTitle, String advancedTitle) {
    return all(holds(advancedUnitTitle), minGrade("EXCELLENT"),
        memberShareWithGradeAtLeast("COMPLETED", BigDecimal.valueOf(100)),
        memberShareHoldingAtLeast(advancedTitle, BigDecimal.valueOf(70)),
        membersHoldingAtLeast(CSTDCS, 1),
        noMemberDisciplinedAtLeast(DisciplinaryLevel.WARNING));
  }

  private static Award individual(String id, String name, AwardLevel level, String cash) {
    Award award = Award.of(id, name, AwardKind.EMULATION_TITLE, ParticipantKind.INDIVIDUAL, level);
    return cash == null ? award : award.withCashMultiple(new BigDecimal(cash));
  }

  private static Award collective(String id, String name, String cash) {
    Award award = Award.of(id, name, AwardKind.EMULATION_TITLE, ParticipantKind.COLLECTIVE,
        AwardLevel.GRASSROOTS);
    return cash == null ? award : award.withCashMultiple(new BigDecimal(cash));
  }
}
