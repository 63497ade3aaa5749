package io.emulation.core.preset;

import io.emulation.core.award.AwardRuleSet;
import io.emulation.core.award.ConditionRegistry;
import io.emulation.core.io.DefinitionReader;
import io.emulation.core.scoring.FormulaRegistry;



/**
 * Ready rule packs, shipped as definition files ({@code io/emulation/core/io/presets/*.yaml},
 * readable in a definition as {@code awards: {preset: law-2022}}), modelled on Vietnam's Law on Emulation and Commendation 2022 (No.
 * 06/2022/QH15), Decree 98/2023/ND-CP and Circular 01/2024/TT-BNV as summarised in the project's
 * domain notes, for the four official grades ({@code EXCELLENT}, {@code GOOD}, {@code COMPLETED},
 * {@code NOT_COMPLETED}) of {@link io.emulation.core.grading.GradingScale#standard()}.
 *
 * <p>Where regulations differ, the packs say which text they follow: the collective titles bar a
 * member disciplined at <em>warning</em> level or above (the earlier law's wording, carried into
 * most current regulations), and individual titles bar anyone disciplined at <em>reprimand</em>
 * level or above (the older decree's wording, still in most regulations). Every organisation
 * writes its own regulation: start from a pack and change a rule with {@link
 * AwardRuleSet#toBuilder()}, or copy its file.
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
   *   <li>{@value #GIAY_KHEN}: graded excellent; not disciplined at reprimand level or above;
   *       not under review; no veto failed; at most 10% of
   *       each unit's headcount, rounded down but at least one. One achievement, one form:
   *       someone who becomes {@value #CSTDCS} is not also given this Giấy khen.
   * </ul>
   */
  public static AwardRuleSet law2022() {
    return load("law-2022");
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
    return load("army");
  }

  private static AwardRuleSet load(String name) {
    return DefinitionReader.of(FormulaRegistry.builder().build(),
        ConditionRegistry.builder().build()).preset(name);
  }
}
