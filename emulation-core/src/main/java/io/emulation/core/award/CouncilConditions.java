package io.emulation.core.award;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.emulation.core.text.Message;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The council conditions: records made by {@link Conditions#quorum}, {@link
 * Conditions#councilApprovalMoreThan}, {@link Conditions#secretBallotApprovalAtLeast} and {@link
 * Conditions#chairmanCastingVote}, reading the {@link CouncilVote} on the participant and award
 * being decided from {@link AwardInputs#councilVotes()}. Without a recorded vote each is unmet,
 * saying so. Every reason gives the tally, e.g. {@code "12 of 15 members present (quorum 2/3 =
 * 10)"} and {@code "9 for, 2 against, 1 abstain: 75% of votes, needs more than 50%"} ({@code "9
 * tán thành, 2 không tán thành, 1 không biểu quyết: 75% số phiếu, cần trên 50%"} in Vietnamese).
 *
 * <p>Shares of votes are of the votes cast, abstentions included: an abstention counts like a
 * ballot against when the rule is "more than 50% of votes". High titles use a share of all the
 * council's members instead ({@link SecretBallotApproval}), so absent members count against.
 *
 * @since 0.1
 */
public final class CouncilConditions {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private CouncilConditions() {}

  /**
   * At least {@code numerator/denominator} of the council's members were present, rounded up:
   * a quorum of 2/3 of 15 members is 10.
   *
   * @param numerator {@code >= 1}
   * @param denominator {@code >= numerator}
   */
  public record Quorum(int numerator, int denominator) implements BuiltInCondition {
    /** Checks the fraction is above 0 and at most 1. */
    public Quorum {
      checkArgument(numerator >= 1 && denominator >= numerator,
          "quorum must be a fraction above 0 and at most 1 but was %s/%s", numerator,
          denominator);
    }

    @Override
    public ConditionResult evaluate(ConditionContext context) {
      Optional<CouncilVote> found = voteOf(context);
      if (found.isEmpty()) {
        return ConditionResult.unmet(Text.noVote(context));
      }
      CouncilVote vote = found.get();
      long needed = ((long) vote.members() * numerator + denominator - 1) / denominator;
      return ConditionResult.of(vote.present() >= needed,
          Text.quorum(vote, numerator, denominator, needed));
    }

    @Override
    public Message description() {
      return Text.describeQuorum(numerator, denominator);
    }
  }

  /**
   * More than {@code percent}% of the votes cast (abstentions included) are for the proposal.
   *
   * @param percent 0 to 100
   */
  public record ApprovalMoreThan(BigDecimal percent) implements BuiltInCondition {
    /** Checks the percent. */
    public ApprovalMoreThan {
      checkPercent(percent);
    }

    @Override
    public ConditionResult evaluate(ConditionContext context) {
      Optional<CouncilVote> found = voteOf(context);
      if (found.isEmpty()) {
        return ConditionResult.unmet(Text.noVote(context));
      }
      CouncilVote vote = found.get();
      if (vote.votesCast() == 0) {
        return ConditionResult.unmet(Text.noBallots(vote, percent));
      }
      int order = compareShare(vote.votesFor(), vote.votesCast(), percent);
      return ConditionResult.of(order > 0, Text.approval(vote, percent));
    }

    @Override
    public Message description() {
      return Text.describeApproval(percent);
    }
  }

  /**
   * The vote was by secret ballot and at least {@code percent}% of all the council's members,
   * present or not, voted for the proposal (90% for high titles).
   *
   * @param percent 0 to 100
   */
  public record SecretBallotApproval(BigDecimal percent) implements BuiltInCondition {
    /** Checks the percent. */
    public SecretBallotApproval {
      checkPercent(percent);
    }

    @Override
    public ConditionResult evaluate(ConditionContext context) {
      Optional<CouncilVote> found = voteOf(context);
      if (found.isEmpty()) {
        return ConditionResult.unmet(Text.noVote(context));
      }
      CouncilVote vote = found.get();
      if (!vote.secretBallot()) {
        return ConditionResult.unmet(Text.openVote(vote, percent));
      }
      int order = compareShare(vote.votesFor(), vote.members(), percent);
      return ConditionResult.of(order >= 0, Text.secretBallot(vote, percent));
    }

    @Override
    public Message description() {
      return Text.describeSecretBallot(percent);
    }
  }

  /**
   * On an exact tie, where the votes for are exactly {@code percent}% of the votes cast (for 50%:
   * as many for as against and abstaining together), the chairman's vote decides: met when the
   * chairman voted for. Combine it with the approval it completes: {@code
   * any(councilApprovalMoreThan(50), chairmanCastingVote(50))}.
   *
   * @param percent the threshold of the approval it completes, 0 to 100
   */
  public record ChairmanCastingVote(BigDecimal percent) implements BuiltInCondition {
    /** Checks the percent. */
    public ChairmanCastingVote {
      checkPercent(percent);
    }

    @Override
    public ConditionResult evaluate(ConditionContext context) {
      Optional<CouncilVote> found = voteOf(context);
      if (found.isEmpty()) {
        return ConditionResult.unmet(Text.noVote(context));
      }
      CouncilVote vote = found.get();
      boolean tie = vote.votesCast() > 0
          && compareShare(vote.votesFor(), vote.votesCast(), percent) == 0;
      if (!tie) {
        return ConditionResult.unmet(Text.noTie(vote, percent));
      }
      return ConditionResult.of(vote.chairman() == ChairmanVote.FOR,
          Text.tie(vote, percent));
    }

    @Override
    public Message description() {
      return Text.describeCastingVote(percent);
    }
  }

  // ---- helpers

  private static Optional<CouncilVote> voteOf(ConditionContext context) {
    return context.inputs().councilVotes()
        .vote(context.participant().id(), context.award().id());
  }

  private static void checkPercent(BigDecimal percent) {
    requireNonNull(percent, "percent");
    checkArgument(percent.signum() >= 0 && percent.compareTo(HUNDRED) <= 0,
        "percent must be 0 to 100 but was %s", percent);
  }

  /** How {@code part / whole} compares with {@code percent / 100}, exactly. */
  private static int compareShare(int part, int whole, BigDecimal percent) {
    return BigDecimal.valueOf(part).multiply(HUNDRED)
        .compareTo(percent.multiply(BigDecimal.valueOf(whole)));
  }

  /** {@code part / whole} as a percent for reasons: 75, 66.67, 93.33. */
  private static BigDecimal percentOf(int part, int whole) {
    BigDecimal share = BigDecimal.valueOf(part).multiply(HUNDRED)
        .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP).stripTrailingZeros();
    return share.scale() < 0 ? share.setScale(0) : share;
  }

  /**
   * Every text these conditions produce, in one place: messages of the bundled catalogs, with the
   * tally's numbers as arguments.
   */
  private static final class Text {
    private Text() {}

    static Message noVote(ConditionContext context) {
      return Message.of("condition.council.noVote", context.award().id(),
          context.participant().id());
    }

    static Message quorum(CouncilVote vote, int numerator, int denominator, long needed) {
      return Message.of("condition.quorum", vote.present(), vote.members(), numerator,
          denominator, needed);
    }

    static Message tally(CouncilVote vote) {
      return Message.of("condition.council.tally", vote.votesFor(), vote.votesAgainst(),
          vote.abstentions());
    }

    static Message noBallots(CouncilVote vote, BigDecimal percent) {
      return Message.of("condition.councilApproval.noBallots", vote.present(), percent);
    }

    static Message approval(CouncilVote vote, BigDecimal percent) {
      return Message.of("condition.councilApproval", tally(vote),
          percentOf(vote.votesFor(), vote.votesCast()), percent);
    }

    static Message openVote(CouncilVote vote, BigDecimal percent) {
      return Message.of("condition.secretBallot.openVote", vote.votesFor(), vote.members(),
          percent);
    }

    static Message secretBallot(CouncilVote vote, BigDecimal percent) {
      return Message.of("condition.secretBallot", vote.votesFor(), vote.members(),
          percentOf(vote.votesFor(), vote.members()), percent);
    }

    static Message noTie(CouncilVote vote, BigDecimal percent) {
      Message share = vote.votesCast() == 0 ? Message.of("condition.castingVote.noBallots")
          : Message.of("condition.castingVote.share",
              percentOf(vote.votesFor(), vote.votesCast()));
      return Message.of("condition.castingVote.noTie", percent, tally(vote), share);
    }

    static Message tie(CouncilVote vote, BigDecimal percent) {
      return switch (vote.chairman()) {
        case FOR -> Message.of("condition.castingVote.chairmanFor", percent, tally(vote));
        case AGAINST -> Message.of("condition.castingVote.chairmanAgainst", percent, tally(vote));
        case ABSENT -> Message.of("condition.castingVote.chairmanAbsent", percent, tally(vote));
        case NOT_RECORDED ->
            Message.of("condition.castingVote.chairmanNotRecorded", percent, tally(vote));
      };
    }

    static Message describeQuorum(int numerator, int denominator) {
      return Message.of("condition.quorum.describe", numerator, denominator);
    }

    static Message describeApproval(BigDecimal percent) {
      return Message.of("condition.councilApproval.describe", percent);
    }

    static Message describeSecretBallot(BigDecimal percent) {
      return Message.of("condition.secretBallot.describe", percent);
    }

    static Message describeCastingVote(BigDecimal percent) {
      return Message.of("condition.castingVote.describe", percent);
    }
  }
}
