/**
 * Testing scoring formula plugins. Two tools, used from JUnit 5 tests:
 *
 * <ul>
 *   <li>{@link io.emulation.scoring.testkit.ScoringFormulaContract}: implement it in one test
 *       class and JUnit runs the SPI's contract against your formula (id, SPI version, parameter
 *       validation, determinism, thread safety, declared range, monotonicity) over seeded
 *       generated inputs; a failure prints its seed.
 *   <li>{@link io.emulation.scoring.testkit.FormulaTestKit}: run the formula inside a small
 *       campaign, as the engine will, and assert on points, verdict and explanation fluently:
 *       {@code FormulaTestKit.formula(f).parameters("maxPoints", 50).target("100")
 *       .score("112").assertPoints("50").assertExplanationContains("112%")}.
 * </ul>
 */
package io.emulation.scoring.testkit;
