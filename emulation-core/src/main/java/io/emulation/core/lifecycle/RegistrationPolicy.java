package io.emulation.core.lifecycle;

import static java.util.Objects.requireNonNull;

/**
 * What a campaign's regulation does with a late registration (dated after the window closes) and
 * a duplicate one (a participant registering again for an award it already stands registered
 * for): reject it, or accept it with a flag for the council to see.
 *
 * <p><b>A flagged registration counts.</b> It stands like an accepted one, so the {@code
 * registered} award condition is met; the flag only marks it for review ({@link
 * RegistrationBook#flagged()}). A regulation under which a late registration must not count
 * rejects it. A duplicate never changes whether the participant is registered (the first
 * registration already stands); the policy only decides how the second one is recorded.
 *
 * @param late what to do with a registration after the window closes
 * @param duplicate what to do with a second registration for the same award
 * @since 0.1
 */
public record RegistrationPolicy(Handling late, Handling duplicate) {

  /** Checks the parts. */
  public RegistrationPolicy {
    requireNonNull(late, "late");
    requireNonNull(duplicate, "duplicate");
  }

  /** Rejects late and duplicate registrations. */
  public static RegistrationPolicy strict() {
    return new RegistrationPolicy(Handling.REJECT, Handling.REJECT);
  }

  /** Accepts late and duplicate registrations with a flag. */
  public static RegistrationPolicy lenient() {
    return new RegistrationPolicy(Handling.FLAG, Handling.FLAG);
  }

  /** A policy handling late and duplicate registrations as given. */
  public static RegistrationPolicy of(Handling late, Handling duplicate) {
    return new RegistrationPolicy(late, duplicate);
  }

  /**
   * What to do with an irregular registration.
   *
   * @since 0.1
   */
  public enum Handling {
    /** Record it as rejected: it does not count. */
    REJECT,
    /** Record it as flagged: it counts, and is listed for review. */
    FLAG
  }
}
