/**
 * The scoring SPI: what a plugin author implements to add a scoring formula to Emulation.
 *
 * <p>Start at {@link io.emulation.scoring.spi.ScoringFormula}. Formulas receive an immutable
 * {@link io.emulation.scoring.spi.ScoringInput} and return {@link
 * io.emulation.scoring.spi.Points}; all arithmetic is {@link java.math.BigDecimal}. Types here
 * carry {@link io.emulation.scoring.spi.Api} to say how stable they are.
 */
package io.emulation.scoring.spi;
