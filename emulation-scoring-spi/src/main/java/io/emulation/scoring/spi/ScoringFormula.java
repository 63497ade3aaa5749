package io.emulation.scoring.spi;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A scoring formula: turns one measured value, with its target, parameters and, where needed,
 * last year's value and the values of peers, into points.
 *
 * <p>The contract is small on purpose. A formula needs an {@link #id()}, the SPI version it was
 * built against and {@link #score(ScoringInput)}; everything else has a default. A minimal
 * formula:
 *
 * <pre>{@code
 * public final class DoubleIt implements ScoringFormula {
 *   public String id() { return "acme:double-it"; }
 *   public String spiVersion() { return SpiVersion.CURRENT; }
 *   public Points score(ScoringInput in) {
 *     return Points.of(in.value().multiply(BigDecimal.valueOf(2)), "twice the value");
 *   }
 * }
 * }</pre>
 *
 * <p>Implementations must be immutable and thread-safe: the engine calls one instance from many
 * threads at once. {@link #score} must be pure: the same input always gives the same points, and
 * nothing outside the input is read (no clock, no randomness, no I/O).
 *
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public interface ScoringFormula {

  /**
   * What a formula id looks like: {@code namespace:name}. The namespace is one or more
   * dot-separated segments of lower-case letters, digits and dashes, starting with a letter; the
   * name is lower-case letters, digits and dashes. Examples: {@code emulation:linear}, {@code
   * acme.safety:incident-free-days}. The {@code emulation} namespace is reserved for the
   * built-in formulas.
   */
  Pattern ID_PATTERN = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)*:[a-z0-9][a-z0-9-]*");

  /**
   * The formula's id, which campaign definitions use to select it. Must match {@link
   * #ID_PATTERN}, be unique among all loaded formulas and never change between releases of the
   * plugin; never {@code null}.
   */
  String id();

  /** One line saying what the formula computes; defaults to the id. Never {@code null}. */
  default String description() {
    return id();
  }

  /**
   * The SPI version the formula was compiled against. Implement it as {@code return
   * SpiVersion.CURRENT;}: the constant is copied into the plugin's class file when it is
   * compiled, which is exactly the version to report. Never {@code null}.
   */
  String spiVersion();

  /**
   * Checks the parameters a campaign gives this formula, returning every problem found (not just
   * the first), or an empty list when they are valid. Called once when a campaign is defined;
   * {@link #score} may then assume valid parameters. The default accepts anything.
   *
   * @return the problems, never {@code null}
   */
  default List<ParameterProblem> validate(FormulaParameters parameters) {
    return List.of();
  }

  /**
   * The optional inputs this formula needs. The engine rejects a campaign whose criterion cannot
   * supply them, and computes peer values only for formulas that ask. Defaults to none.
   *
   * @return never {@code null}
   */
  default Set<InputRequirement> requirements() {
    return Set.of();
  }

  /**
   * The range every result lies in for the given (valid) parameters, if the formula knows it;
   * the engine treats a result outside it as a plugin fault. Defaults to no declared range.
   */
  default Optional<PointsRange> range(FormulaParameters parameters) {
    return Optional.empty();
  }

  /**
   * Whether, for the given (valid) parameters, points never decrease as the measured value
   * improves in the input's {@link Direction}, all other inputs fixed. Test kits check formulas
   * that say so. Defaults to {@code false} (no promise).
   */
  default boolean isMonotone(FormulaParameters parameters) {
    return false;
  }

  /**
   * Scores one input.
   *
   * @param input the value and its context; its parameters have passed {@link #validate}
   * @return the points, never {@code null}
   * @throws ScoringException when the input cannot be scored, with a message saying why
   */
  Points score(ScoringInput input);
}
