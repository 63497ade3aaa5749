package io.emulation.core.award;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The council conditions: records made by {@link Conditions#quorum}, {@link
 * Conditions#councilApprovalMoreThan}, {@link Conditions#secretBallotApprovalAtLeast} and {@link
 * Conditions#chairmanCastingVote}, reading the {@link CouncilVote} on the participant and award
 * being decided from {@link AwardInputs#councilVotes()}. Without a recorded vote each is unmet,
 * saying so. Every reason gives the tally, e.g. {@code "12 of 15 members present (quorum 2/3 =
 * 10)"} and {@code "9 for, 2 against, 1 abstain: 75% of votes, needs more than 50%"}.
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
  public record Quorum(int numerator, int denominator) implements Condition {
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
    public String describe() {
      return Text.describeQuorum(numerator, denominator);
    }
  }

  /**
   * More than {@code percent}% of the votes cast (abstentions included) are for the proposal.
   *
   * @param percent 0 to 100
   */
  public record ApprovalMoreThan(BigDecimal percent) implements Condition {
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
    public String describe() {
      return Text.describeApproval(percent);
    }
  }

  /**
   * The vote was by secret ballot and at least {@code percent}% of all the council's members,
   * present or not, voted for the proposal (90% for high titles).
   *
   * @param percent 0 to 100
   */
  public record SecretBallotApproval(BigDecimal percent) implements Condition {
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
    public String describe() {
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
  public record ChairmanCastingVote(BigDecimal percent) implements Condition {
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
    public String describe() {
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
  private static String percentOf(int part, int whole) {
    return BigDecimal.valueOf(part).multiply(HUNDRED)
        .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP)
        .stripTrailingZeros().toPlainString();
  }

  /** Every text these conditions produce, in one place so it can move to a resource bundle. */
  private static final class Text {
    private Text() {}

    static String noVote(ConditionContext context) {
      return "no council vote recorded on " + context.award().id() + " for "
          + context.participant().id();
    }

    static String quorum(CouncilVote vote, int numerator, int denominator, long needed) {
      return vote.present() + " of " + vote.members() + " members present (quorum "
          + numerator + "/" + denominator + " = " + needed + ")";
    }

    static String tally(CouncilVote vote) {
      return vote.votesFor() + " for, " + vote.votesAgainst() + " against, "
          + vote.abstentions() + " abstain";
    }

    static String noBallots(CouncilVote vote, BigDecimal percent) {
      return "no ballots cast by the " + vote.present() + " members present, needs more than "
          + percent.toPlainString() + "% of votes";
    }

    static String approval(CouncilVote vote, BigDecimal percent) {
      return tally(vote) + ": " + percentOf(vote.votesFor(), vote.votesCast())
          + "% of votes, needs more than " + percent.toPlainString() + "%";
    }

    static String openVote(CouncilVote vote, BigDecimal percent) {
      return "open vote (" + vote.votesFor() + " of " + vote.members()
          + " members for), needs a secret ballot with at least " + percent.toPlainString()
          + "% of all members";
    }

    static String secretBallot(CouncilVote vote, BigDecimal percent) {
      return "secret ballot: " + vote.votesFor() + " of " + vote.members() + " members for ("
          + percentOf(vote.votesFor(), vote.members()) + "% of all members), needs at least "
          + percent.toPlainString() + "%";
    }

    static String noTie(CouncilVote vote, BigDecimal percent) {
      String share = vote.votesCast() == 0 ? "no ballots cast"
          : percentOf(vote.votesFor(), vote.votesCast()) + "% of votes";
      return "no tie at " + percent.toPlainString() + "%: " + tally(vote) + " (" + share
          + "), so the chairman's vote does not decide";
    }

    static String tie(CouncilVote vote, BigDecimal percent) {
      String tie = "tie at " + percent.toPlainString() + "% of votes (" + tally(vote) + "); ";
      return tie + switch (vote.chairman()) {
        case FOR -> "the chairman voted for, which decides";
        case AGAINST -> "the chairman voted against, which decides";
        case ABSENT -> "the chairman is absent, so nobody breaks the tie";
        case NOT_RECORDED -> "the chairman's vote is not recorded, so nobody breaks the tie";
      };
    }

    static String describeQuorum(int numerator, int denominator) {
      return "at least " + numerator + "/" + denominator + " of council members present";
    }

    static String describeApproval(BigDecimal percent) {
      return "council approval by more than " + percent.toPlainString() + "% of votes cast";
    }

    static String describeSecretBallot(BigDecimal percent) {
      return "approval by at least " + percent.toPlainString()
          + "% of all council members by secret ballot";
    }

    static String describeCastingVote(BigDecimal percent) {
      return "on a tie at " + percent.toPlainString() + "% of votes, the chairman's vote decides";
    }
  }
}
