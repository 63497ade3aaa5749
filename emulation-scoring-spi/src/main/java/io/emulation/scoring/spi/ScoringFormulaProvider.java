package io.emulation.scoring.spi;

import java.util.List;

/**
 * The service a plugin jar registers so the engine can discover its formulas with {@link
 * java.util.ServiceLoader}: list the implementation in {@code
 * META-INF/services/io.emulation.scoring.spi.ScoringFormulaProvider} and, on the module path,
 * declare {@code provides io.emulation.scoring.spi.ScoringFormulaProvider with ...}.
 *
 * <p>Implementations need a public no-argument constructor (or a public static {@code provider()}
 * method on the module path) and must not do expensive work in it.
 *
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public interface ScoringFormulaProvider {

  /**
   * The formulas this provider contributes, each with a unique id; never {@code null}, may be
   * empty. Called once per discovery.
   */
  List<ScoringFormula> formulas();

  /** A name for this provider in load reports and listings; defaults to its class name. */
  default String name() {
    return getClass().getName();
  }
}
