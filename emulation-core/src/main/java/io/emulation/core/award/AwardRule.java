package io.emulation.core.award;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.emulation.core.ranking.RankKey;
import java.util.Arrays;
import java.util.Locale;

/**
 * How an award is granted: who is eligible (a {@link Condition}), how many may receive it (a
 * {@link Quota}), and in which order quota places go (rank keys; empty means the campaign's rank
 * policy).
 *
 * <pre>{@code
 * AwardRule fighter = AwardRule.of(CSTDCS,
 *         Conditions.all(Conditions.holds("lao-dong-tien-tien"),
 *             Conditions.initiativesAtLeast(1, AwardLevel.GRASSROOTS)))
 *     .withQuota(Quota.percentOfHolders("lao-dong-tien-tien", new BigDecimal("15")));
 * }</pre>
 *
 * @param award the award granted
 * @param eligibility the condition every recipient must meet
 * @param quota how many may receive it
 * @param allocationOrder the keys quota places go by; empty for the campaign's rank policy
 * @since 0.1
 */
public record AwardRule(Award award, Condition eligibility, Quota quota,
    ImmutableList<RankKey> allocationOrder) {

  /** Checks the parts. */
  public AwardRule {
    requireNonNull(award, "award");
    requireNonNull(eligibility, "eligibility");
    requireNonNull(quota, "quota");
    requireNonNull(allocationOrder, "allocationOrder");
  }

  /** A rule without a quota, allocating by the campaign's rank policy. */
  public static AwardRule of(Award award, Condition eligibility) {
    return new AwardRule(award, eligibility, Quota.none(), ImmutableList.of());
  }

  /** A copy with a quota. */
  public AwardRule withQuota(Quota newQuota) {
    return new AwardRule(award, eligibility, newQuota, allocationOrder);
  }

  /** A copy allocating quota places by the given keys. */
  public AwardRule allocatedBy(RankKey... keys) {
    return new AwardRule(award, eligibility, quota, ImmutableList.copyOf(Arrays.asList(keys)));
  }

  /** The rule in words, in English. */
  public String describe() {
    return describe(Locale.ENGLISH);
  }

  /**
   * The rule in words in the given language: the award's id, its conditions and its quota.
   *
   * @since 0.2
   */
  public String describe(Locale locale) {
    return award.id() + ": " + eligibility.describe(locale) + "; " + quota.describe(locale);
  }
}
