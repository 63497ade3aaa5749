package io.emulation.scoring.spi;

/**
 * Whether a formula judged the measured value as meeting its requirement. Only pass/fail style
 * formulas judge; a criterion marked as a veto fails when its formula returns {@link #FAILED}.
 *
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public enum Verdict {
  /** The formula gives points only and makes no pass/fail judgement. */
  NOT_JUDGED,
  /** The requirement was met. */
  PASSED,
  /** The requirement was not met; on a veto criterion this caps the grade and bars awards. */
  FAILED
}
