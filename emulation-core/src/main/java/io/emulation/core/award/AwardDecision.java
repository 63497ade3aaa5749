package io.emulation.core.award;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.emulation.core.text.Message;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether one participant gets one award, and why: each condition with its actual and required
 * values, the quota position ("ranked 7th of 12 eligible for 6 places"), or the award of higher
 * precedence that took its place. A denial always has at least one reason. Reasons are {@link
 * Message}s, read in a language with {@code in(locale)} ({@code toString()} is English), and
 * {@link #explain(Locale)} gives the whole decision in Vietnamese or English.
 *
 * @param participantId who
 * @param awardId which award
 * @param outcome granted, or why not: not eligible, no quota place, or excluded
 * @param reasons why, in order, in words for people; never empty
 * @param excludedBy the award of the same exclusion group that took this one's place
 * @since 0.1
 */
public record AwardDecision(String participantId, String awardId, Outcome outcome,
    ImmutableList<Message> reasons, Optional<String> excludedBy) {

  /** Checks the parts. */
  public AwardDecision {
    requireNonNull(participantId, "participantId");
    requireNonNull(awardId, "awardId");
    requireNonNull(outcome, "outcome");
    requireNonNull(reasons, "reasons");
    requireNonNull(excludedBy, "excludedBy");
    checkArgument(!reasons.isEmpty(), "decision on %s for %s needs a reason", awardId,
        participantId);
    checkArgument(excludedBy.isPresent() == (outcome == Outcome.EXCLUDED),
        "decision on %s for %s names the award that excluded it exactly when it is excluded",
        awardId, participantId);
  }

  /** Whether the award was granted. */
  public boolean granted() {
    return outcome == Outcome.GRANTED;
  }

  /** The decision in English: {@code "lao-dong-tien-tien: granted (grade GOOD ...)"}. */
  public String explain() {
    return explain(Locale.ENGLISH);
  }

  /**
   * The decision in the given language: {@code "lao-dong-tien-tien: được xét tặng (xếp loại GOOD
   * ...)"} in Vietnamese; English for languages the library does not speak.
   *
   * @since 0.2
   */
  public String explain(Locale locale) {
    return explanation().in(locale);
  }

  /**
   * The decision in words, as a message: the award, granted or denied, and the reasons.
   *
   * @since 0.2
   */
  public Message explanation() {
    return granted() ? Message.of("award.decision.granted", awardId, reasons)
        : Message.of("award.decision.denied", awardId, reasons);
  }

  /** What was decided. */
  public enum Outcome {
    /** Eligible and within the quota. */
    GRANTED,
    /** At least one condition unmet. */
    NOT_ELIGIBLE,
    /** Eligible, but ranked beyond the quota's places (or tied out at the cut-off). */
    NO_QUOTA_PLACE,
    /** A higher award of the same exclusion group was granted for the same achievement. */
    EXCLUDED,
    /**
     * The participant's scorecard has scoring errors (an evaluation published under {@code
     * FaultPolicy.PUBLISH_WITH_ERRORS}), so no award is decided until an evaluation without them.
     *
     * @since 0.1
     */
    WITHHELD
  }
}
