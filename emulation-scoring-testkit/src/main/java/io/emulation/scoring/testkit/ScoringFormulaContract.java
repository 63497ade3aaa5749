package io.emulation.scoring.testkit;

import io.emulation.scoring.spi.Api;
import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.ScoringFormula;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scoring SPI's contract as JUnit 5 tests: implement this interface in one test class, say
 * which formula and which parameters to use, and JUnit runs every check below against it.
 *
 * <pre>{@code
 * class IncidentSeverityContractTest implements ScoringFormulaContract {
 *   public ScoringFormula formula() { return new IncidentSeverityFormula(); }
 *
 *   public List<FormulaParameters> validParameters() {
 *     return List.of(FormulaParameters.builder().put("pointsByLevel", List.of(10, 6, 2)).build());
 *   }
 *
 *   public List<InvalidParameters> invalidParameters() {
 *     return List.of(InvalidParameters.of().problemAt("pointsByLevel"));
 *   }
 *
 *   public InputGenerator inputs() {
 *     return InputGenerator.standard().values("0", "5").scale(0)
 *         .directions(Direction.LOWER_IS_BETTER);
 *   }
 * }
 * }</pre>
 *
 * <p>Scoring checks run over {@link #samples()} inputs per parameter set, drawn by {@link
 * #inputs()} from a {@link java.util.SplittableRandom} seeded with {@link #seed()}, so a run is
 * reproducible; every failure message starts with the seed, the parameter set and the input. To
 * try other inputs once, run with {@code -Demulation.testkit.seed=N}.
 *
 * <p>A check that does not apply is skipped, not passed: the range check when no parameter set
 * declares a range, the monotonicity check when none is declared monotone, the rejection check
 * when {@link #invalidParameters()} is empty.
 *
 * @since 0.1
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public interface ScoringFormulaContract {

  /** The formula under test; a new or shared instance, never {@code null}. */
  ScoringFormula formula();

  /**
   * Parameter sets the formula must accept; the scoring checks run with each. Defaults to the
   * empty set only, which suits formulas without parameters.
   */
  default List<FormulaParameters> validParameters() {
    return List.of(FormulaParameters.empty());
  }

  /** Parameter sets the formula must reject, with what its problem should say. None by default. */
  default List<InvalidParameters> invalidParameters() {
    return List.of();
  }

  /** How inputs are drawn; {@link InputGenerator#standard()} by default. */
  default InputGenerator inputs() {
    return InputGenerator.standard();
  }

  /** The seed of the generated inputs; {@code -Demulation.testkit.seed=N} overrides it. */
  default long seed() {
    return 20_261_101L;
  }

  /** How many inputs to score per valid parameter set; 200 by default. */
  default int samples() {
    return 200;
  }

  /** How many threads score at once in {@link #scoringIsThreadSafe()}; 8 by default. */
  default int threads() {
    return 8;
  }

  /** The id matches {@link ScoringFormula#ID_PATTERN}: {@code namespace:name}, lower case. */
  @Test
  default void idIsWellFormed() {
    ContractChecks.idIsWellFormed(this);
  }

  /** The id is outside the {@code emulation} namespace, unless the formula is a built-in. */
  @Test
  default void idIsOutsideTheReservedNamespace() {
    ContractChecks.idIsOutsideTheReservedNamespace(this);
  }

  /** The SPI version the formula reports can run on this runtime's SPI. */
  @Test
  default void spiVersionIsCompatibleWithThisRuntime() {
    ContractChecks.spiVersionIsCompatible(this);
  }

  /** The description is one line of text. */
  @Test
  default void descriptionIsOneNonBlankLine() {
    ContractChecks.descriptionIsOneLine(this);
  }

  /** A {@code FormulaRegistry} accepts the formula, as a host's discovery will. */
  @Test
  default void formulaRegistersInARegistry() {
    ContractChecks.registers(this);
  }

  /** Every valid parameter set validates without problems, and range and monotonicity answer. */
  @Test
  default void validParametersHaveNoProblems() {
    ContractChecks.validParametersHaveNoProblems(this);
  }

  /**
   * Every invalid parameter set is rejected with messages, naming what was expected; each
   * message reads in English, Vietnamese and a language the formula may not speak.
   */
  @Test
  default void invalidParametersAreReportedWithMessages() {
    ContractChecks.invalidParametersAreReported(this);
  }

  /**
   * {@code validate} returns problems, never throws, for odd parameters: none, an unknown name,
   * a parameter removed, or given text, a negative number or a list instead.
   */
  @Test
  default void validateNeverThrows() {
    ContractChecks.validateNeverThrows(this);
  }

  /**
   * {@code score} returns points or throws a {@code ScoringException} with a message, never
   * {@code null} or another exception, and scores at least one generated input per parameter
   * set.
   */
  @Test
  default void scoreFailsOnlyWithScoringException() {
    ContractChecks.scoreFailsOnlyWithScoringException(this);
  }

  /**
   * The explanation of every scored input renders in English and Vietnamese (and falls back for
   * a language the formula does not speak) without throwing, and never as {@code null}.
   *
   * @since 0.2
   */
  @Test
  default void explanationRendersInEnglishAndVietnamese() {
    ContractChecks.explanationsRenderInEveryLanguage(this);
  }

  /** Scoring an input twice, or an equal copy of it, gives equal points (or the same failure). */
  @Test
  default void scoringIsDeterministic() {
    ContractChecks.scoringIsDeterministic(this);
  }

  /**
   * Scoring every input from {@link #threads()} threads at once, each in its own order, gives
   * exactly what a sequential run gave.
   */
  @Test
  default void scoringIsThreadSafe() {
    ContractChecks.scoringIsThreadSafe(this);
  }

  /** Every result lies in the range the formula declares for its parameters. */
  @Test
  default void pointsStayInTheDeclaredRange() {
    ContractChecks.pointsStayInTheDeclaredRange(this);
  }

  /**
   * Where the formula declares itself monotone, a better value (in the input's direction), all
   * else equal, never scores fewer points.
   */
  @Test
  default void pointsAreMonotoneWhereDeclared() {
    ContractChecks.pointsAreMonotoneWhereDeclared(this);
  }
}
