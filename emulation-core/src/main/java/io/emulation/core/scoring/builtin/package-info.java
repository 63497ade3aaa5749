/**
 * The built-in scoring formulas, in the reserved {@code emulation} namespace, and their provider
 * {@link io.emulation.core.scoring.builtin.BuiltInFormulas}.
 *
 * <p>Each formula is an immutable, stateless implementation of {@link
 * io.emulation.scoring.spi.ScoringFormula}; its class description lists its parameters and edge
 * behaviour. All arithmetic is {@link java.math.BigDecimal}; divisions use {@link
 * java.math.MathContext#DECIMAL128} and the engine rounds to the campaign's scale. Explanations
 * round computed numbers to two decimals for reading only, marking them with {@code ≈}.
 *
 * <p>Formulas whose points only make sense one way round ({@code emulation:per-occurrence},
 * {@code emulation:rating}: higher is better; {@code emulation:penalty}: lower is better) throw a
 * {@link io.emulation.scoring.spi.ScoringException} when scored for a criterion declared the
 * other way, so that their {@code isMonotone} promise always holds.
 */
package io.emulation.core.scoring.builtin;
