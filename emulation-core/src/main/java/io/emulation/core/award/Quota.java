package io.emulation.core.award;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.emulation.core.text.Message;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;

/**
 * How many of the eligible may receive an award: no limit, a count, or a percentage of the
 * eligible, of the headcount, or of the holders of another award ("Chiến sĩ thi đua cơ sở: at
 * most 15% of the Lao động tiên tiến holders"); applied campaign-wide or per unit.
 *
 * <p>Percentages become places by a declared rounding ({@link RoundingMode#FLOOR} unless said
 * otherwise), at least one place if the rule says so and anyone is eligible. Places go by rank;
 * participants the rank keys cannot separate at the cut-off (participant id, the stable key,
 * never separates them) are all left out ({@link TiePolicy#ALL_OUT}, the default, which never
 * exceeds the quota) or all let in ({@link TiePolicy#ALL_IN}, which may exceed it by the size of
 * the tie less one).
 *
 * @param basis what the quota counts from
 * @param amount the count, or the percentage (0 to 100); zero for {@link Basis#NONE}
 * @param ofAward for {@link Basis#PERCENT_OF_HOLDERS}, the award whose holders are counted
 * @param per campaign-wide or per unit
 * @param rounding how a percentage becomes a whole number of places
 * @param atLeastOne whether a percentage gives at least one place when anyone is eligible
 * @param ties what happens to participants tied at the cut-off
 * @since 0.1
 */
public record Quota(Basis basis, BigDecimal amount, Optional<String> ofAward, Per per,
    RoundingMode rounding, boolean atLeastOne, TiePolicy ties) {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Quota NONE = new Quota(Basis.NONE, BigDecimal.ZERO, Optional.empty(),
      Per.CAMPAIGN, RoundingMode.FLOOR, false, TiePolicy.ALL_OUT);

  /** Checks the parts. */
  public Quota {
    requireNonNull(basis, "basis");
    requireNonNull(amount, "amount");
    requireNonNull(ofAward, "ofAward");
    requireNonNull(per, "per");
    requireNonNull(rounding, "rounding");
    requireNonNull(ties, "ties");
    checkArgument(amount.signum() >= 0, "quota must be >= 0 but was %s", amount);
    checkArgument(basis == Basis.COUNT || basis == Basis.NONE || amount.compareTo(HUNDRED) <= 0,
        "a percentage quota must be 0 to 100% but was %s%", amount);
    checkArgument(basis != Basis.COUNT || amount.stripTrailingZeros().scale() <= 0
            && amount.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0,
        "a count quota must be a whole number up to %s but was %s", Integer.MAX_VALUE, amount);
    checkArgument(ofAward.isPresent() == (basis == Basis.PERCENT_OF_HOLDERS),
        "only a percent-of-holders quota names another award");
    checkArgument(rounding != RoundingMode.UNNECESSARY, "quota rounding must say how to round");
  }

  /** No limit. */
  public static Quota none() {
    return NONE;
  }

  /** At most {@code count} places. */
  public static Quota count(int count) {
    return NONE.with(Basis.COUNT, BigDecimal.valueOf(count), Optional.empty());
  }

  /** At most {@code percent}% of the eligible. */
  public static Quota percentOfEligible(BigDecimal percent) {
    return NONE.with(Basis.PERCENT_OF_ELIGIBLE, percent, Optional.empty());
  }

  /** At most {@code percent}% of the headcount (all participants of the award's kind). */
  public static Quota percentOfHeadcount(BigDecimal percent) {
    return NONE.with(Basis.PERCENT_OF_HEADCOUNT, percent, Optional.empty());
  }

  /** At most {@code percent}% of the holders of {@code awardId} in this evaluation. */
  public static Quota percentOfHolders(String awardId, BigDecimal percent) {
    return NONE.with(Basis.PERCENT_OF_HOLDERS, percent, Optional.of(awardId));
  }

  /** A copy applied per unit rather than campaign-wide. */
  public Quota perUnit() {
    return new Quota(basis, amount, ofAward, Per.UNIT, rounding, atLeastOne, ties);
  }

  /** A copy rounding percentages with {@code mode}. */
  public Quota rounded(RoundingMode mode) {
    return new Quota(basis, amount, ofAward, per, mode, atLeastOne, ties);
  }

  /** A copy giving at least one place when anyone is eligible. */
  public Quota withAtLeastOne() {
    return new Quota(basis, amount, ofAward, per, rounding, true, ties);
  }

  /** A copy with another policy for ties at the cut-off. */
  public Quota withTies(TiePolicy policy) {
    return new Quota(basis, amount, ofAward, per, rounding, atLeastOne, policy);
  }

  /** Whether the quota limits anything. */
  public boolean isLimited() {
    return basis != Basis.NONE;
  }

  /**
   * The number of places, or {@link Integer#MAX_VALUE} without a limit.
   *
   * @param eligible how many are eligible (in the unit, when per unit)
   * @param headcount how many participants of the award's kind (in the unit)
   * @param holders how many hold {@link #ofAward()} (in the unit)
   */
  public int places(int eligible, int headcount, int holders) {
    int base = switch (basis) {
      case NONE -> Integer.MAX_VALUE;
      case COUNT -> amount.intValueExact();
      case PERCENT_OF_ELIGIBLE -> percentOf(eligible);
      case PERCENT_OF_HEADCOUNT -> percentOf(headcount);
      case PERCENT_OF_HOLDERS -> percentOf(holders);
    };
    return atLeastOne && eligible > 0 ? Math.max(1, base) : base;
  }

  /**
   * The quota in English, e.g. {@code "at most 15% of the lao-dong-tien-tien holders, per unit,
   * rounded floor"}.
   */
  public String describe() {
    return describe(Locale.ENGLISH);
  }

  /**
   * The quota in the given language, e.g. {@code "tối đa 15% số đạt lao-dong-tien-tien, theo từng
   * đơn vị, làm tròn xuống"} in Vietnamese.
   *
   * @since 0.2
   */
  public String describe(Locale locale) {
    return description().in(locale);
  }

  /** The quota in words, as a message. */
  Message description() {
    Message text = switch (basis) {
      case NONE -> Message.of("award.quota.none");
      case COUNT -> Message.of("award.quota.count", amount);
      case PERCENT_OF_ELIGIBLE -> Message.of("award.quota.percentOfEligible", amount);
      case PERCENT_OF_HEADCOUNT -> Message.of("award.quota.percentOfHeadcount", amount);
      case PERCENT_OF_HOLDERS ->
          Message.of("award.quota.percentOfHolders", amount, ofAward.orElseThrow());
    };
    if (basis == Basis.NONE) {
      return text;
    }
    ImmutableList.Builder<Message> parts = ImmutableList.<Message>builder().add(text);
    if (per == Per.UNIT) {
      parts.add(Message.of("award.quota.perUnit"));
    }
    if (basis != Basis.COUNT) {
      parts.add(roundingText());
    }
    if (atLeastOne) {
      parts.add(Message.of("award.quota.atLeastOne"));
    }
    if (ties == TiePolicy.ALL_IN) {
      parts.add(Message.of("award.quota.tiesAllIn"));
    }
    return AwardTexts.commaList(parts.build());
  }

  private Message roundingText() {
    return switch (rounding) {
      case FLOOR -> Message.of("award.quota.rounded.floor");
      case CEILING -> Message.of("award.quota.rounded.ceiling");
      case UP -> Message.of("award.quota.rounded.up");
      case DOWN -> Message.of("award.quota.rounded.down");
      case HALF_UP -> Message.of("award.quota.rounded.halfUp");
      case HALF_DOWN -> Message.of("award.quota.rounded.halfDown");
      case HALF_EVEN -> Message.of("award.quota.rounded.halfEven");
      case UNNECESSARY -> throw new IllegalStateException("a quota always says how to round");
    };
  }

  private int percentOf(int count) {
    return BigDecimal.valueOf(count).multiply(amount).divide(HUNDRED, 0, rounding).intValueExact();
  }

  private Quota with(Basis newBasis, BigDecimal newAmount, Optional<String> award) {
    return new Quota(newBasis, newAmount, award, per, rounding, atLeastOne, ties);
  }

  /** What a quota counts from. */
  public enum Basis {
    /** No limit. */
    NONE,
    /** A fixed number of places. */
    COUNT,
    /** A percentage of those eligible. */
    PERCENT_OF_ELIGIBLE,
    /** A percentage of all participants of the award's kind. */
    PERCENT_OF_HEADCOUNT,
    /** A percentage of the holders of another award. */
    PERCENT_OF_HOLDERS
  }

  /** Where a quota applies. */
  public enum Per {
    /** Across the whole campaign. */
    CAMPAIGN,
    /** Within each unit (an individual's unit; the unit a collective is ranked in). */
    UNIT
  }

  /** What happens to participants tied at the cut-off after every rank key. */
  public enum TiePolicy {
    /** None of the tied get a place: the quota is never exceeded. */
    ALL_OUT,
    /** All of the tied get a place: the quota may be exceeded by the tie. */
    ALL_IN
  }
}
