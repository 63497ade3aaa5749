package io.emulation.core.ranking;

import static java.util.Objects.requireNonNull;

import io.emulation.core.text.Message;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a participant placed in one ranking.
 *
 * <p>Immutable, with value equality over all its parts, like a record. A placement made by
 * {@link RankPolicy#rank} with built-in keys only keeps the standing it was ranked on and makes
 * its {@link #explanation()} (the keys' values) again each time it is read: the explanation is
 * equal on every read, and the placements of a million participants keep no text.
 *
 * @since 0.1
 */
public final class Placement {
  private final String participantId;
  private final int rank;
  private final int position;
  private final int of;
  private final int tiedWith;
  /** The explanation as given, or {@code null} when {@link #policy} makes it again. */
  private final Message explanation;
  private final RankPolicy policy;
  private final Standing standing;

  /**
   * A placement with the explanation given; checks the parts.
   *
   * @param participantId who
   * @param rank the rank number under the policy's method, from 1
   * @param position the place in the ordered listing, from 1 (unique; ties ordered by id)
   * @param of how many were ranked
   * @param tiedWith how many others share this rank
   * @param explanation the keys' values that placed it, e.g. {@code "total 87.50"}, rendered in
   *     the reader's language when read
   */
  public Placement(String participantId, int rank, int position, int of, int tiedWith,
      Message explanation) {
    this(participantId, rank, position, of, tiedWith,
        requireNonNull(explanation, "explanation"), null, null);
  }

  /** A placement whose explanation {@code policy} makes again from {@code standing} when read. */
  Placement(Standing standing, int rank, int position, int of, int tiedWith,
      RankPolicy policy) {
    this(standing.participantId(), rank, position, of, tiedWith, null,
        requireNonNull(policy, "policy"), standing);
  }

  private Placement(String participantId, int rank, int position, int of, int tiedWith,
      Message explanation, RankPolicy policy, Standing standing) {
    this.participantId = requireNonNull(participantId, "participantId");
    this.rank = rank;
    this.position = position;
    this.of = of;
    this.tiedWith = tiedWith;
    this.explanation = explanation;
    this.policy = policy;
    this.standing = standing;
  }

  /** Who. */
  public String participantId() {
    return participantId;
  }

  /** The rank number under the policy's method, from 1. */
  public int rank() {
    return rank;
  }

  /** The place in the ordered listing, from 1 (unique; ties ordered by id). */
  public int position() {
    return position;
  }

  /** How many were ranked. */
  public int of() {
    return of;
  }

  /** How many others share this rank. */
  public int tiedWith() {
    return tiedWith;
  }

  /**
   * The keys' values that placed it, e.g. {@code "total 87.50"}, rendered in the reader's
   * language when read.
   */
  public Message explanation() {
    return explanation != null ? explanation : policy.explanation(standing);
  }

  /**
   * The placement in English words, e.g. {@code "rank 2 of 40 (tied with 1 other; total
   * 87.50)"}.
   */
  public String explain() {
    return explain(Locale.ENGLISH);
  }

  /**
   * The placement in words in the given language.
   *
   * @since 0.2
   */
  public String explain(Locale locale) {
    Message text = tiedWith == 0
        ? Message.of("rank.placement", rank, of, explanation())
        : Message.of("rank.placement.tied", rank, of, tiedWith, explanation());
    return text.in(locale);
  }

  /** Equal when every part is. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Placement that && participantId.equals(that.participantId)
        && rank == that.rank && position == that.position && of == that.of
        && tiedWith == that.tiedWith && explanation().equals(that.explanation());
  }

  @Override
  public int hashCode() {
    return Objects.hash(participantId, rank, position, of, tiedWith, explanation());
  }

  /** The parts, as a record shows them. */
  @Override
  public String toString() {
    return "Placement[participantId=" + participantId + ", rank=" + rank + ", position="
        + position + ", of=" + of + ", tiedWith=" + tiedWith + ", explanation="
        + explanation() + "]";
  }
}
