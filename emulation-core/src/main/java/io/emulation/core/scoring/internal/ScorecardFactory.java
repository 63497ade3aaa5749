package io.emulation.core.scoring.internal;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import io.emulation.core.criteria.Adjustment;
import io.emulation.core.period.Period;
import io.emulation.core.scoring.Scorecard;
import java.math.BigDecimal;

/**
 * Makes scorecards with {@link DerivedLines}, a form only the evaluation engine may create:
 * {@link Scorecard} registers the maker when it is loaded, so its constructor for derived lines
 * stays private. Internal: this package is not exported.
 */
public final class ScorecardFactory {
  private static volatile Maker maker;

  private ScorecardFactory() {}

  /** What {@link Scorecard} registers. */
  public interface Maker {
    /**
     * A scorecard whose lines are derived; the caller has checked that the totals add up.
     *
     * @see Scorecard
     */
    Scorecard derived(String participantId, Period period, DerivedLines lines,
        ImmutableList<Adjustment> adjustments, BigDecimal criteriaTotal, BigDecimal bonus,
        BigDecimal penalty, BigDecimal total, ImmutableList<String> vetoFailures);
  }

  /** Called once, by {@link Scorecard}'s static initialiser. */
  public static void register(Maker scorecards) {
    checkState(maker == null, "a scorecard maker is registered already");
    maker = scorecards;
  }

  /** The registered maker, loading {@link Scorecard} first if it is not loaded yet. */
  public static Maker maker() {
    Maker registered = maker;
    if (registered == null) {
      try {
        Class.forName(Scorecard.class.getName(), true, Scorecard.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("cannot load " + Scorecard.class.getName(), e);
      }
      registered = maker;
    }
    checkState(registered != null, "Scorecard did not register its maker");
    return registered;
  }
}
