package io.emulation.core.evaluation.internal;

import static com.google.common.base.Preconditions.checkState;

import io.emulation.core.evaluation.ParticipantResult;
import io.emulation.core.grading.GradingScale;
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
     * The position of the result's grade in {@code scale}, 0 for the best, when the result was
     * graded on that very scale; -1 otherwise (graded on another, or made of given parts).
     */
    int gradePosition(ParticipantResult result, GradingScale scale);

    /** Whether a veto criterion failed on the result's scorecard. */
    boolean hasVetoFailure(ParticipantResult result);

    /**
     * The columns of an evaluation's list of results of one kind ({@code
     * EvaluationResult.individuals()} or {@code collectives()}); {@code null} for any other
     * list.
     */
    Listing listing(List<ParticipantResult> results);
  }

  /** An evaluation's list of results of one kind, best first, as columns by listing index. */
  public interface Listing {
    /** The participant's id. */
    String id(int index);

    /** The participant's ranking unit's id. */
    String unit(int index);

    /** Where a participant is listed; -1 when it is not. */
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
