package io.emulation.core.org;

/**
 * Who takes part: a person or a unit competing as a whole.
 *
 * @since 0.1
 */
public enum ParticipantKind {
  /** A person (cá nhân). */
  INDIVIDUAL,
  /** A unit competing as a whole (tập thể). */
  COLLECTIVE
}
