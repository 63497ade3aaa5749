package io.emulation.core.lifecycle;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * The days participants may register for titles (đăng ký thi đua), both inclusive. A
 * registration dated after {@code closes} is late; one dated before {@code opens} is early and
 * always rejected, since the campaign was not launched yet.
 *
 * @param opens the first day registrations are accepted
 * @param closes the last day, not before {@code opens}
 * @since 0.1
 */
public record RegistrationWindow(LocalDate opens, LocalDate closes) {

  /** Checks the days are in order. */
  public RegistrationWindow {
    requireNonNull(opens, "opens");
    requireNonNull(closes, "closes");
    checkArgument(!closes.isBefore(opens), "registration window closes on %s, before it opens "
        + "on %s", closes, opens);
  }

  /** The window from {@code opens} to {@code closes}, both inclusive. */
  public static RegistrationWindow of(LocalDate opens, LocalDate closes) {
    return new RegistrationWindow(opens, closes);
  }

  /** Whether the day is inside the window. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(opens) && !day.isAfter(closes);
  }

  /** Whether the day is before the window opens. */
  public boolean isEarly(LocalDate day) {
    return day.isBefore(opens);
  }

  /** Whether the day is after the window closes. */
  public boolean isLate(LocalDate day) {
    return day.isAfter(closes);
  }

  @Override
  public String toString() {
    return opens + ".." + closes;
  }
}
