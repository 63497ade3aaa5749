package io.emulation.core.evaluation.internal;

import static com.google.common.base.Preconditions.checkState;

import io.emulation.core.evaluation.ParticipantResult;
import io.emulation.core.grading.GradingScale;
import io.emulation.core.org.Participant;
import java.util.List;

/**
 * Reads what the award step needs of an evaluation's result from the evaluation's columns,
 * without making the objects its public accessors make: {@link ParticipantResult} registers the
 * reader when it is loaded. Internal: this package is not exported.
 */
public final class ResultRows {
  private static volatile Reader reader;

  private ResultRows() {}

  /** What {@link ParticipantResult} registers. */
  public interface Reader {
    /**
     * The columns of an evaluation's list of results of one kind ({@code
     * EvaluationResult.individuals()} or {@code collectives()}); {@code null} for any other
     * list.
     */
    Listing listing(List<ParticipantResult> results);
  }

  /**
   * An evaluation's list of results of one kind as columns, by place: a participant's index in
   * the order the evaluation took them in (the organisation's), not where it is listed.
   */
  public interface Listing {
    /** Where the participant at a place is listed, best first, from 0. */
    int indexAt(int place);

    Participant participantAt(int place);

    String idAt(int place);

    /** The participant's ranking unit's id. */
    String unitAt(int place);

    /** The scale the participants were graded on. */
    GradingScale scale();

    /** The position of the participant's grade in {@link #scale()}, 0 for the best. */
    int gradePositionAt(int place);

    /** Whether a veto criterion failed on the participant's scorecard. */
    boolean vetoFailedAt(int place);

    /** Where a participant is listed, best first; -1 when it is not. */
    int indexOf(String participantId);
  }

  /** Called once, by {@link ParticipantResult}'s static initialiser. */
  public static void register(Reader rows) {
    checkState(reader == null, "a result reader is registered already");
    reader = rows;
  }

  /** The registered reader, loading {@link ParticipantResult} first if it is not loaded yet. */
  public static Reader reader() {
    Reader registered = reader;
    if (registered == null) {
      try {
        Class.forName(ParticipantResult.class.getName(), true,
            ParticipantResult.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("cannot load " + ParticipantResult.class.getName(), e);
      }
      registered = reader;
    }
    checkState(registered != null, "ParticipantResult did not register its reader");
    return registered;
  }
}
