package io.emulation.core.lifecycle;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.emulation.core.campaign.DecimalPolicy;
import io.emulation.core.period.Period;
import java.util.Optional;

/**
 * The reviews of one campaign kept by period: interim ones (Q1, Q2) and final ones (H1, the
 * year). Immutable: {@link #with} returns a new set. Reviewing a period again before results are
 * published replaces its review; corrections after publication are revisions ({@link
 * ResultStore}).
 *
 * <pre>{@code
 * Reviews reviews = Reviews.of("thi-dua-2021")
 *     .with(Review.conduct(compiled, data, Period.quarter(2021, 1)))
 *     .with(Review.conduct(compiled, data, Period.quarter(2021, 2)))
 *     .with(Review.conduct(compiled, data, Period.half(2021, 1)));
 * reviews.compare(Period.quarter(2021, 2), Period.quarter(2021, 1), campaign.decimals())
 *     .describe();   // "2021-Q2 vs 2021-Q1 (the previous period) ..."
 * }</pre>
 *
 * @since 0.1
 */
public final class Reviews {
  private final String campaignId;
  private final ImmutableSortedMap<Period, Review> byPeriod;

  private Reviews(String campaignId, ImmutableSortedMap<Period, Review> byPeriod) {
    this.campaignId = campaignId;
    this.byPeriod = byPeriod;
  }

  /** No reviews yet of the campaign. */
  public static Reviews of(String campaignId) {
    return new Reviews(requireNonNull(campaignId, "campaignId"), ImmutableSortedMap.of());
  }

  /** The campaign. */
  public String campaignId() {
    return campaignId;
  }

  /**
   * A copy with the review added, replacing an earlier review of the same period.
   *
   * @throws IllegalArgumentException when the review is of another campaign
   */
  public Reviews with(Review review) {
    requireNonNull(review, "review");
    checkArgument(review.campaignId().equals(campaignId),
        "a review of campaign '%s' cannot join the reviews of campaign '%s'",
        review.campaignId(), campaignId);
    ImmutableSortedMap.Builder<Period, Review> copy = ImmutableSortedMap.naturalOrder();
    byPeriod.forEach((period, kept) -> {
      if (!period.equals(review.period())) {
        copy.put(period, kept);
      }
    });
    copy.put(review.period(), review);
    return new Reviews(campaignId, copy.build());
  }

  /** The review of the period, if it was reviewed. */
  public Optional<Review> at(Period period) {
    return Optional.ofNullable(byPeriod.get(requireNonNull(period, "period")));
  }

  /** Every review in period order (earlier start first; a longer period before those inside). */
  public ImmutableList<Review> all() {
    return byPeriod.values().asList();
  }

  /** The reviews of one kind, in period order. */
  public ImmutableList<Review> ofKind(ReviewKind kind) {
    requireNonNull(kind, "kind");
    return byPeriod.values().stream().filter(r -> r.kind() == kind)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Compares the review of {@code current} with that of {@code baseline} ("Q2 vs Q1").
   *
   * @throws IllegalArgumentException when either period was not reviewed
   */
  public PeriodComparison compare(Period current, Period baseline, DecimalPolicy decimals) {
    return PeriodComparison.of(required(current).result(), required(baseline).result(),
        decimals);
  }

  private Review required(Period period) {
    return at(period).orElseThrow(() -> new IllegalArgumentException(
        LifecycleText.notReviewed(campaignId, period, byPeriod.keySet()).toString()));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Reviews that && campaignId.equals(that.campaignId)
        && byPeriod.equals(that.byPeriod);
  }

  @Override
  public int hashCode() {
    return campaignId.hashCode() * 31 + byPeriod.hashCode();
  }

  @Override
  public String toString() {
    return "Reviews{" + campaignId + ", " + byPeriod.keySet() + "}";
  }
}
