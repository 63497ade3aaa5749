package io.emulation.core.lifecycle;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import com.google.common.collect.Sets;
import io.emulation.core.award.Registrations;
import io.emulation.core.lifecycle.Registration.Issue;
import io.emulation.core.lifecycle.Registration.Outcome;
import io.emulation.core.lifecycle.RegistrationPolicy.Handling;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The registrations of one campaign (đăng ký thi đua), each recorded with its outcome under the
 * campaign's {@link RegistrationWindow} and {@link RegistrationPolicy}. It is the {@link
 * Registrations} the {@code registered} award condition reads: a participant is registered for an
 * award when an accepted or flagged registration for it stands; rejected ones are kept for the
 * record and never count.
 *
 * <p>Immutable: {@link #register} returns a new book. Registrations are decided in the order they
 * are recorded, so the second registration for the same award is the duplicate.
 *
 * <pre>{@code
 * RegistrationBook book = RegistrationBook.open("thi-dua-2021",
 *         RegistrationWindow.of(LocalDate.of(2021, 1, 4), LocalDate.of(2021, 1, 15)),
 *         RegistrationPolicy.of(Handling.FLAG, Handling.REJECT))
 *     .register("p1", "lao-dong-tien-tien", LocalDate.of(2021, 1, 5))
 *     .register("p2", "lao-dong-tien-tien", LocalDate.of(2021, 1, 20));   // late: flagged
 * AwardInputs inputs = AwardInputs.none().withRegistrations(book);
 * }</pre>
 *
 * @since 0.1
 */
public final class RegistrationBook implements Registrations {
  private final String campaignId;
  private final RegistrationWindow window;
  private final RegistrationPolicy policy;
  private final ImmutableList<Registration> entries;
  private final ImmutableSetMultimap<String, String> standing;

  private RegistrationBook(String campaignId, RegistrationWindow window,
      RegistrationPolicy policy, ImmutableList<Registration> entries) {
    this.campaignId = campaignId;
    this.window = window;
    this.policy = policy;
    this.entries = entries;
    ImmutableSetMultimap.Builder<String, String> index = ImmutableSetMultimap.builder();
    entries.stream().filter(Registration::stands)
        .forEach(r -> index.put(r.participantId(), r.awardId()));
    this.standing = index.build();
  }

  /** An empty book for the campaign. */
  public static RegistrationBook open(String campaignId, RegistrationWindow window,
      RegistrationPolicy policy) {
    return new RegistrationBook(requireNonNull(campaignId, "campaignId"),
        requireNonNull(window, "window"), requireNonNull(policy, "policy"), ImmutableList.of());
  }

  /**
   * A book holding registrations as they were recorded (to restore one from storage): outcomes
   * are kept, not decided again, so a later change of policy does not rewrite the record.
   *
   * @throws IllegalArgumentException when two registrations for the same participant and award
   *     both stand
   */
  public static RegistrationBook restore(String campaignId, RegistrationWindow window,
      RegistrationPolicy policy, List<Registration> entries) {
    requireNonNull(campaignId, "campaignId");
    requireNonNull(window, "window");
    requireNonNull(policy, "policy");
    Set<String> seen = Sets.newHashSet();
    for (Registration entry : entries) {
      if (entry.stands() && !seen.add(entry.participantId() + '\u0000' + entry.awardId())) {
        throw new IllegalArgumentException(
            LifecycleText.twoStanding(campaignId, entry).toString());
      }
    }
    return new RegistrationBook(campaignId, window, policy, ImmutableList.copyOf(entries));
  }

  /** The campaign. */
  public String campaignId() {
    return campaignId;
  }

  /** The registration window. */
  public RegistrationWindow window() {
    return window;
  }

  /** The policy for late and duplicate registrations. */
  public RegistrationPolicy policy() {
    return policy;
  }

  /**
   * How a registration made now would be recorded, without recording it: early (always
   * rejected), late or duplicate (rejected or flagged by the policy), else accepted.
   */
  public Registration decide(String participantId, String awardId, LocalDate on) {
    requireNonNull(participantId, "participantId");
    requireNonNull(awardId, "awardId");
    requireNonNull(on, "on");
    EnumSet<Issue> issues = EnumSet.noneOf(Issue.class);
    if (window.isEarly(on)) {
      issues.add(Issue.EARLY);
    }
    if (window.isLate(on)) {
      issues.add(Issue.LATE);
    }
    if (isRegistered(participantId, awardId)) {
      issues.add(Issue.DUPLICATE);
    }
    boolean rejected = issues.contains(Issue.EARLY)
        || issues.contains(Issue.LATE) && policy.late() == Handling.REJECT
        || issues.contains(Issue.DUPLICATE) && policy.duplicate() == Handling.REJECT;
    Outcome outcome = issues.isEmpty() ? Outcome.ACCEPTED
        : rejected ? Outcome.REJECTED : Outcome.FLAGGED;
    return new Registration(participantId, awardId, on, outcome,
        Sets.immutableEnumSet(issues));
  }

  /**
   * Records a registration of {@code participantId} for {@code awardId} made on {@code on} (the
   * host's date), with the outcome {@link #decide} gives.
   *
   * @return the book with the registration added; the last of {@link #entries()}
   */
  public RegistrationBook register(String participantId, String awardId, LocalDate on) {
    Registration entry = decide(participantId, awardId, on);
    return new RegistrationBook(campaignId, window, policy,
        ImmutableList.<Registration>builder().addAll(entries).add(entry).build());
  }

  @Override
  public boolean isRegistered(String participantId, String awardId) {
    return standing.containsEntry(participantId, awardId);
  }

  /** Every registration, in the order recorded. */
  public ImmutableList<Registration> entries() {
    return entries;
  }

  /** The registrations of one participant, in the order recorded. */
  public ImmutableList<Registration> entriesOf(String participantId) {
    requireNonNull(participantId, "participantId");
    return entries.stream().filter(r -> r.participantId().equals(participantId))
        .collect(ImmutableList.toImmutableList());
  }

  /** The awards a participant stands registered for, in the order registered. */
  public ImmutableSet<String> awardsOf(String participantId) {
    return standing.get(requireNonNull(participantId, "participantId"));
  }

  /** The flagged registrations: they count, and are listed for the council's review. */
  public ImmutableList<Registration> flagged() {
    return withOutcome(Outcome.FLAGGED);
  }

  /** The rejected registrations, which do not count. */
  public ImmutableList<Registration> rejected() {
    return withOutcome(Outcome.REJECTED);
  }

  private ImmutableList<Registration> withOutcome(Outcome outcome) {
    return entries.stream().filter(r -> r.outcome() == outcome)
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RegistrationBook that && campaignId.equals(that.campaignId)
        && window.equals(that.window) && policy.equals(that.policy)
        && entries.equals(that.entries);
  }

  @Override
  public int hashCode() {
    return campaignId.hashCode() * 31 + entries.hashCode();
  }

  @Override
  public String toString() {
    return "RegistrationBook{" + campaignId + ", " + window + ", " + entries.size()
        + " registrations}";
  }
}
