package io.emulation.core.award;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * The council's vote on proposing one participant for one award: how many members the council
 * has and how many were present, the tally of ballots (for, against, abstaining), whether the
 * ballot was secret, and the chairman's vote, which decides an exact tie.
 *
 * <p>The votes cast are {@code votesFor + votesAgainst + abstentions}: an abstention is a ballot
 * cast that is not for the proposal. Members present who cast no ballot are allowed, so the votes
 * cast may be fewer than the members present, never more.
 *
 * <pre>{@code
 * CouncilVote vote = CouncilVote.builder("p07", "chien-si-thi-dua-cap-bo")
 *     .members(15).present(12).votes(9, 2, 1).secretBallot(true)
 *     .chairman(ChairmanVote.FOR).build();
 * }</pre>
 *
 * @param participantId who was proposed
 * @param awardId for which award
 * @param members how many members the council has, {@code >= 1}
 * @param present how many were present, 0 to {@code members}
 * @param votesFor ballots for the proposal, {@code >= 0}
 * @param votesAgainst ballots against, {@code >= 0}
 * @param abstentions ballots abstaining, {@code >= 0}
 * @param secretBallot whether the vote was by secret ballot (bỏ phiếu kín)
 * @param chairman how the chairman voted; {@link ChairmanVote#ABSENT} only when someone was absent
 * @since 0.1
 */
public record CouncilVote(String participantId, String awardId, int members, int present,
    int votesFor, int votesAgainst, int abstentions, boolean secretBallot,
    ChairmanVote chairman) {

  /** Checks the parts: present at most members, ballots at most present. */
  public CouncilVote {
    requireNonNull(participantId, "participantId");
    requireNonNull(awardId, "awardId");
    requireNonNull(chairman, "chairman");
    checkArgument(members >= 1, "council vote on %s for %s: members must be >= 1 but was %s",
        awardId, participantId, members);
    checkArgument(present >= 0 && present <= members,
        "council vote on %s for %s: present must be 0 to %s members but was %s", awardId,
        participantId, members, present);
    checkArgument(votesFor >= 0 && votesAgainst >= 0 && abstentions >= 0,
        "council vote on %s for %s: ballots must be >= 0 but were %s for, %s against, "
            + "%s abstaining", awardId, participantId, votesFor, votesAgainst, abstentions);
    checkArgument((long) votesFor + votesAgainst + abstentions <= present,
        "council vote on %s for %s: %s ballots cast but only %s members present", awardId,
        participantId, (long) votesFor + votesAgainst + abstentions, present);
    checkArgument(chairman != ChairmanVote.ABSENT || present < members,
        "council vote on %s for %s: the chairman is absent but all %s members were present",
        awardId, participantId, members);
  }

  /** A builder for the vote on proposing {@code participantId} for {@code awardId}. */
  public static Builder builder(String participantId, String awardId) {
    return new Builder(participantId, awardId);
  }

  /** The ballots cast: for, against and abstaining. */
  public int votesCast() {
    return votesFor + votesAgainst + abstentions;
  }

  /**
   * Assembles a {@link CouncilVote}. Defaults: everyone present, no ballots, an open vote, the
   * chairman's vote not recorded. {@link #members} is required.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final String participantId;
    private final String awardId;
    private int members;
    private int present;
    private boolean presentSet;
    private int votesFor;
    private int votesAgainst;
    private int abstentions;
    private boolean secretBallot;
    private ChairmanVote chairman = ChairmanVote.NOT_RECORDED;

    private Builder(String participantId, String awardId) {
      this.participantId = requireNonNull(participantId, "participantId");
      this.awardId = requireNonNull(awardId, "awardId");
    }

    /** Sets how many members the council has. */
    public Builder members(int value) {
      this.members = value;
      return this;
    }

    /** Sets how many members were present; all of them unless set. */
    public Builder present(int value) {
      this.present = value;
      this.presentSet = true;
      return this;
    }

    /** Sets the tally: ballots for, against and abstaining. */
    public Builder votes(int votesFor, int votesAgainst, int abstentions) {
      this.votesFor = votesFor;
      this.votesAgainst = votesAgainst;
      this.abstentions = abstentions;
      return this;
    }

    /** Sets whether the vote was by secret ballot. */
    public Builder secretBallot(boolean value) {
      this.secretBallot = value;
      return this;
    }

    /** Sets how the chairman voted. */
    public Builder chairman(ChairmanVote value) {
      this.chairman = requireNonNull(value, "chairman");
      return this;
    }

    /**
     * The vote.
     *
     * @throws IllegalArgumentException naming the participant, the award and the bad count
     */
    public CouncilVote build() {
      return new CouncilVote(participantId, awardId, members, presentSet ? present : members,
          votesFor, votesAgainst, abstentions, secretBallot, chairman);
    }
  }
}
