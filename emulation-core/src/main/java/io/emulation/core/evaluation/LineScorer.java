package io.emulation.core.evaluation;

import io.emulation.core.campaign.DecimalPolicy;
import io.emulation.core.criteria.Criterion;
import io.emulation.core.evaluation.MeasurementIndex.Resolved;
import io.emulation.core.plugin.PluginSource;
import io.emulation.core.plugin.internal.PluginType;
import io.emulation.core.scoring.ScoreLine;
import io.emulation.core.scoring.ScoringError;
import io.emulation.core.scoring.ScoringError.Fault;
import io.emulation.core.scoring.builtin.ExactPoints;
import io.emulation.core.scoring.builtin.QuietScoring;
import io.emulation.core.text.Message;
import io.emulation.scoring.spi.Explanation;
import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.InputRequirement;
import io.emulation.scoring.spi.PeerValues;
import io.emulation.scoring.spi.Points;
import io.emulation.scoring.spi.PointsRange;
import io.emulation.scoring.spi.ScoringException;
import io.emulation.scoring.spi.ScoringFormula;
import io.emulation.scoring.spi.ScoringInput;
import io.emulation.scoring.spi.Verdict;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Scores one criterion for one participant with its formula, turning anything a formula does
 * wrong (throws, returns null, leaves its declared range, fails in {@code range} or failed to
 * compile) into an {@link ScoreLine.Status#ERRORED} line whose {@link ScoringError} names
 * formula, criterion and participant. The contribution is filled in later, once all lines are
 * known.
 */
final class LineScorer {
  private static final Message NO_VALUE = Message.of("evaluation.line.noValue");
  private static final String BUILT_IN_PACKAGE = "io.emulation.core.scoring.builtin";

  private final Criterion criterion;
  private final ScoringFormula formula;
  private final PluginSource source;
  private final DecimalPolicy decimals;
  /** The declared range, or the fault that stops every result from being checked. */
  private final Optional<PointsRange> range;
  private final Optional<Failure> standingFault;
  private final boolean builtIn;
  private final boolean requiresTarget;
  /** A built-in formula's points in longs, or {@link ExactPoints#NEVER}. */
  private final ExactPoints exact;
  /** Zero at the campaign's scale, a line's contribution until it is weighted. */
  private final BigDecimal zero;

  LineScorer(Criterion criterion, CriterionFormula compiled, DecimalPolicy decimals) {
    this.criterion = criterion;
    this.formula = compiled.formula();
    this.requiresTarget = compiled.requires(InputRequirement.TARGET);
    this.source = PluginSource.ofInstance(formula);
    this.decimals = decimals;
    this.zero = decimals.round(BigDecimal.ZERO);
    Optional<PointsRange> declared = Optional.empty();
    Optional<Failure> fault = compiled.fault().map(why -> new Failure(Fault.CONTRACT_FAILED,
        Message.of("evaluation.error.contractFailed", why)));
    if (fault.isEmpty()) {
      try {
        declared = formula.range(criterion.formula().parameters());
        if (declared == null) {
          fault = Optional.of(new Failure(Fault.RANGE_FAILED,
              Message.of("evaluation.error.rangeReturnedNull")));
          declared = Optional.empty();
        }
      } catch (RuntimeException | LinkageError e) {
        fault = Optional.of(new Failure(Fault.RANGE_FAILED,
            Message.of("evaluation.error.rangeFailed", describe(e))));
      }
    }
    this.range = declared;
    this.standingFault = fault;
    Class<?> type = formula.getClass();
    this.builtIn = type.getClassLoader() == LineScorer.class.getClassLoader()
        && type.getPackageName().equals(BUILT_IN_PACKAGE);
    this.exact = builtIn && standingFault.isEmpty() && range.isPresent()
        ? ExactPoints.of(formula, criterion.formula().parameters(), criterion.direction(),
            decimals.scale(), decimals.rounding()).orElse(ExactPoints.NEVER)
        : ExactPoints.NEVER;
  }

  Criterion criterion() {
    return criterion;
  }

  /** Whether the formula needs a target, which each input then has to have. */
  boolean requiresTarget() {
    return requiresTarget;
  }

  /**
   * Whether the formula is one of the library's own, known to be a pure function of its input:
   * a line it scored can be made again, equal, when read.
   */
  boolean isBuiltIn() {
    return builtIn;
  }

  /** A line for a participant without a value, per the criterion's missing policy. */
  ScoreLine missing() {
    return switch (criterion.whenMissing()) {
      case ZERO -> line(ScoreLine.Status.MISSING_AS_ZERO, Optional.empty(), Optional.empty(),
          Optional.empty(), BigDecimal.ZERO, Verdict.NOT_JUDGED, NO_VALUE);
      case NOT_APPLICABLE, ERROR -> line(ScoreLine.Status.NOT_APPLICABLE, Optional.empty(),
          Optional.empty(), Optional.empty(), BigDecimal.ZERO, Verdict.NOT_JUDGED, NO_VALUE);
    };
  }

  /**
   * Scores a value: a scored line, or an errored one when the formula misbehaves. Unless {@code
   * explain}, a built-in formula's line has no explanation, only where the value came from (for
   * lines that are {@linkplain CompactScorecards made again} when read).
   */
  ScoreLine score(String participantId, Resolved resolved, Optional<BigDecimal> baseline,
      PeerValues peers, boolean explain) {
    Optional<BigDecimal> value = Optional.of(resolved.value());
    Object outcome = outcome(participantId, resolved, baseline, peers, explain);
    if (outcome instanceof Failure failure) {
      return errored(participantId, value, resolved, baseline, failure);
    }
    Points points = (Points) outcome;
    // builds the detail without rendering either part: text is rendered only when read
    Explanation text = points.explanationText();
    Message detail = text == Explanation.EMPTY || isBlank(text) ? resolved.detail()
        : isBlank(resolved.detail()) ? Message.from(text)
        : Message.of("evaluation.line.source", resolved.detail(), Message.from(text));
    return line(ScoreLine.Status.SCORED, value, resolved.target(), baseline,
        decimals.round(points.value()), points.verdict(), detail);
  }

  /** Whether {@link #pointsExactly} can answer other than {@link ExactPoints#NONE}. */
  boolean hasExactPoints() {
    return exact != ExactPoints.NEVER;
  }

  /**
   * The points a built-in formula gives a value, rounded to the campaign's decimals, as an
   * unscaled {@code long} worked out without {@code BigDecimal}s; {@link ExactPoints#NONE} when
   * the line is to be scored by {@link #pointsQuietly} (see {@link ExactPoints}).
   */
  long pointsExactly(BigDecimal value, Optional<BigDecimal> target,
      Optional<BigDecimal> baseline, PeerValues peers) {
    return exact.points(value, target, baseline, peers);
  }

  /**
   * The points a built-in formula gives a value, without an explanation and not yet rounded;
   * {@code null} when the formula fails, whose line {@link #score} makes errored.
   */
  Points pointsQuietly(String participantId, Resolved resolved, Optional<BigDecimal> baseline,
      PeerValues peers) {
    Object outcome = outcome(participantId, resolved, baseline, peers, false);
    return outcome instanceof Points points ? points : null;
  }

  /** The formula's {@link Points} for a value, or the {@link Failure} of the formula. */
  private Object outcome(String participantId, Resolved resolved, Optional<BigDecimal> baseline,
      PeerValues peers, boolean explain) {
    if (standingFault.isPresent()) {
      return standingFault.get();
    }
    FormulaParameters parameters = criterion.formula().parameters();
    // plain calls rather than method references, so the builder, a million times per
    // criterion, never escapes and need not be made
    ScoringInput.Builder builder = ScoringInput.builder(resolved.value())
        .direction(criterion.direction()).parameters(parameters).peers(peers)
        .criterionId(criterion.id()).participantId(participantId);
    if (resolved.target().isPresent()) {
      builder.target(resolved.target().get());
    }
    if (baseline.isPresent()) {
      builder.baseline(baseline.get());
    }
    ScoringInput input = builder.build();
    Points points;
    try {
      points = explain || !builtIn ? formula.score(input) : QuietScoring.score(formula, input);
    } catch (LinkageError e) {
      return new Failure(Fault.INCOMPATIBLE, Message.of("evaluation.error.threw", describe(e)));
    } catch (RuntimeException e) {
      return new Failure(Fault.THREW, Message.of("evaluation.error.threw", thrown(e)));
    }
    if (points == null) {
      return new Failure(Fault.RETURNED_NULL, Message.of("evaluation.error.returnedNull"));
    }
    if (range.isPresent() && !range.get().contains(points.value())) {
      return new Failure(Fault.OUT_OF_RANGE,
          Message.of("evaluation.error.outOfRange", points.value(), range.get().toString()));
    }
    return points;
  }

  private ScoreLine errored(String participantId, Optional<BigDecimal> value, Resolved resolved,
      Optional<BigDecimal> baseline, Failure failure) {
    ScoringError error = new ScoringError(formula.id(), source, criterion.id(), participantId,
        failure.fault(), Message.of("evaluation.error.scoring", formula.id(), source.toString(),
            criterion.id(), participantId, failure.what()));
    return new ScoreLine(criterion.id(), criterion.name(), ScoreLine.Status.ERRORED, formula.id(),
        criterion.formula().parameters(), value, resolved.target(), baseline, zero,
        Verdict.NOT_JUDGED, criterion.weight(), zero, resolved.detail(), Optional.of(error));
  }

  private ScoreLine line(ScoreLine.Status status, Optional<BigDecimal> value,
      Optional<BigDecimal> target, Optional<BigDecimal> baseline, BigDecimal points,
      Verdict verdict, Message detail) {
    return new ScoreLine(criterion.id(), criterion.name(), status, formula.id(),
        criterion.formula().parameters(), value, target, baseline, decimals.round(points),
        verdict, criterion.weight(), zero, detail);
  }

  /**
   * An exception in words: as Java says it, or for a linkage error, with what to rebuild the
   * plugin against in the reader's language; a {@link ScoringException} made with an {@link
   * Explanation} gives its message in the reader's language.
   */
  static Message describe(Throwable e) {
    if (e instanceof LinkageError linkage) {
      return PluginType.linkageExplanation(linkage, PluginType.scoringSpiHint());
    }
    if (e instanceof ScoringException scoring
        && !(scoring.explanation() instanceof Explanation.Fixed)) {
      return Message.of("evaluation.error.exception", e.getClass().getName(),
          Message.from(scoring.explanation()));
    }
    return Message.literal(e.toString());
  }

  /**
   * An exception {@code score} threw, in words: as Java says it ({@code toString()}), with the
   * message in the reader's language when it is a {@link ScoringException} made with an {@link
   * Explanation}.
   */
  private static Object thrown(RuntimeException e) {
    Message described = describe(e);
    return described.isLiteral() ? e.toString() : described;
  }

  /**
   * Whether an explanation is known to say nothing without rendering it: fixed or literal text
   * that is empty. Other explanations are taken to say something.
   */
  private static boolean isBlank(Explanation explanation) {
    if (explanation instanceof Explanation.Fixed fixed) {
      return fixed.text().isEmpty();
    }
    if (explanation instanceof Message message) {
      Object first = message.args().isEmpty() ? null : message.args().get(0);
      return message.isLiteral() ? "".equals(first)
          : message.key().equals("text") && first instanceof Explanation inner && isBlank(inner);
    }
    return false;
  }

  private record Failure(Fault fault, Message what) {}
}
