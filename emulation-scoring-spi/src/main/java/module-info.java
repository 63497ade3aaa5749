/**
 * The scoring SPI: the stable contract that scoring-formula plugins compile against.
 *
 * <p>A plugin implements {@link io.emulation.scoring.spi.ScoringFormula} (one id, one pure
 * scoring function) and registers a {@link io.emulation.scoring.spi.ScoringFormulaProvider} both
 * with {@code provides} in its own module descriptor and in {@code META-INF/services}. This module
 * depends on nothing but {@code java.base}.
 */
module io.emulation.scoring.spi {
  exports io.emulation.scoring.spi;
}
