/**
 * The evaluation engine: compiles a campaign against its formulas, checks the data, scores,
 * totals, grades and ranks every participant, and explains each number.
 */
package io.emulation.core.evaluation;
