package io.emulation.core.lifecycle;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import io.emulation.core.text.Message;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One registration for a title as the {@link RegistrationBook} recorded it: who, for which award,
 * on which day (supplied by the host), and the outcome with the irregularities that decided it.
 *
 * @param participantId who registered
 * @param awardId for which award
 * @param on the day of the registration
 * @param outcome accepted, flagged (counts, listed for review) or rejected (does not count)
 * @param issues what was irregular, in {@link Issue} order; empty exactly when accepted
 * @since 0.1
 */
public record Registration(String participantId, String awardId, LocalDate on, Outcome outcome,
    ImmutableSet<Issue> issues) {

  /** Checks that the outcome fits the issues. */
  public Registration {
    requireNonNull(participantId, "participantId");
    requireNonNull(awardId, "awardId");
    requireNonNull(on, "on");
    requireNonNull(outcome, "outcome");
    requireNonNull(issues, "issues");
    checkArgument(issues.isEmpty() == (outcome == Outcome.ACCEPTED),
        "registration of %s for %s on %s is %s with issues %s: a registration is accepted "
            + "exactly when it has no issue", participantId, awardId, on, outcome, issues);
    checkArgument(!issues.contains(Issue.EARLY) || outcome == Outcome.REJECTED,
        "registration of %s for %s on %s is early, so it must be rejected", participantId,
        awardId, on);
  }

  /** Whether it counts: accepted or flagged. */
  public boolean stands() {
    return outcome != Outcome.REJECTED;
  }

  /**
   * The registration in English words, e.g. {@code "p1 for lao-dong-tien-tien on 2021-01-20:
   * flagged (late: the window closed on 2021-01-15)"}.
   */
  public String explain(RegistrationWindow window) {
    return explain(window, Locale.ENGLISH);
  }

  /**
   * The registration in words in the given language, e.g. {@code "p1 đăng ký danh hiệu
   * lao-dong-tien-tien ngày 2021-01-20: ... (đăng ký muộn: thời hạn đăng ký đã kết thúc ngày
   * 2021-01-15)"} in Vietnamese.
   */
  public String explain(RegistrationWindow window, Locale locale) {
    return explanation(window).in(requireNonNull(locale, "locale"));
  }

  /**
   * The registration and what was irregular about it, as a message to render in the reader's
   * language; the window gives the days the issues name.
   */
  public Message explanation(RegistrationWindow window) {
    return LifecycleText.registration(this, requireNonNull(window, "window"));
  }

  /**
   * How a registration was recorded.
   *
   * @since 0.1
   */
  public enum Outcome {
    /** On time and the first for this award. */
    ACCEPTED,
    /** Irregular, but the policy lets it count; listed for review. */
    FLAGGED,
    /** Irregular and the policy rejects it, or early: it does not count. */
    REJECTED
  }

  /**
   * What can be irregular about a registration.
   *
   * @since 0.1
   */
  public enum Issue {
    /** Before the window opens: always rejected. */
    EARLY,
    /** After the window closes. */
    LATE,
    /** The participant already stands registered for the award. */
    DUPLICATE
  }
}
