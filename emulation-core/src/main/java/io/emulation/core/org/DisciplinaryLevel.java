package io.emulation.core.org;

/**
 * Disciplinary measures in increasing severity. Award rules bar people "disciplined at reprimand
 * level or above", or collectives with a member "at warning level or above".
 *
 * @since 0.1
 */
public enum DisciplinaryLevel {
  /** No disciplinary measure in the period. */
  NONE,
  /** Khiển trách. */
  REPRIMAND,
  /** Cảnh cáo. */
  WARNING,
  /** Hạ bậc lương / giáng chức: demotion in pay or rank. */
  DEMOTION,
  /** Cách chức: removal from post. */
  REMOVAL_FROM_POST,
  /** Buộc thôi việc: dismissal. */
  DISMISSAL;

  /** Whether this level is {@code other} or more severe. */
  public boolean isAtLeast(DisciplinaryLevel other) {
    return compareTo(other) >= 0;
  }
}
