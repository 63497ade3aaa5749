package io.emulation.core.grading;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * A grade level (xếp loại) of a {@link GradingScale}, such as "Hoàn thành xuất sắc" or "A".
 * Grades compare by their position in their scale, not by name.
 *
 * @param code a short stable code used in definitions and rules, e.g. {@code EXCELLENT} or
 *     {@code A}
 * @param name the display name
 * @since 0.1
 */
public record Grade(String code, String name) {

  /** Hoàn thành xuất sắc nhiệm vụ: completed tasks excellently. */
  public static final Grade EXCELLENT = new Grade("EXCELLENT", "Hoàn thành xuất sắc nhiệm vụ");
  /** Hoàn thành tốt nhiệm vụ: completed tasks well. */
  public static final Grade GOOD = new Grade("GOOD", "Hoàn thành tốt nhiệm vụ");
  /** Hoàn thành nhiệm vụ: completed tasks. */
  public static final Grade COMPLETED = new Grade("COMPLETED", "Hoàn thành nhiệm vụ");
  /** Không hoàn thành nhiệm vụ: did not complete tasks. */
  public static final Grade NOT_COMPLETED = new Grade("NOT_COMPLETED", "Không hoàn thành nhiệm vụ");

  /** Checks the parts. */
  public Grade {
    requireNonNull(code, "code");
    requireNonNull(name, "name");
    checkArgument(!code.isBlank(), "grade code must not be blank");
  }

  /** A grade with a code and a name. */
  public static Grade of(String code, String name) {
    return new Grade(code, name);
  }

  @Override
  public String toString() {
    return code;
  }
}
