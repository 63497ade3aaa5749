package io.emulation.core.org;

/**
 * Someone or something that is scored, graded, ranked and awarded: an {@link Individual} or a
 * {@link Collective}. Ids are unique across both kinds within an {@link Organisation}.
 *
 * @since 0.1
 */
public sealed interface Participant permits Individual, Collective {

  /** The participant's id, unique in its organisation; never blank. */
  String id();

  /** The display name; never {@code null}. */
  String name();

  /** Whether this is a person or a unit. */
  ParticipantKind kind();

  /**
   * The unit the participant is ranked within: an individual's own unit; for a collective, the
   * unit above it (or itself when it is the root).
   */
  String rankingUnitId();
}
