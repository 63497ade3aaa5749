/**
 * Scoring: the registry of formulas (built-in and plugged in) and the scorecards they produce,
 * a line per criterion with its inputs and points.
 */
package io.emulation.core.scoring;
