package io.emulation.core.criteria;

/**
 * How measurements of shorter periods combine into a longer one when the longer period has no
 * measurement of its own (Q1 and Q2 into H1).
 *
 * @since 0.1
 */
public enum RollUp {
  /** Add them up (output, revenue, incident counts). */
  SUM,
  /** Their mean (ratings, percentages). */
  MEAN,
  /** The latest one (a level or stock at period end). */
  LAST
}
