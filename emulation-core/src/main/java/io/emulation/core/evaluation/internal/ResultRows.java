package io.emulation.core.evaluation.internal;

import static com.google.common.base.Preconditions.checkState;

import io.emulation.core.evaluation.ParticipantResult;
import io.emulation.core.grading.GradingScale;

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
