package io.emulation.scoring.spi;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a formula made of one input: the points, an optional pass/fail verdict and a short
 * explanation a person can read ("112% of plan: 50 (capped) + 2 bonus"). The engine rounds the
 * points to the campaign's declared scale; formulas need not round.
 *
 * @param value the points; never {@code null}
 * @param verdict whether a requirement was met; {@link Verdict#NOT_JUDGED} for point-only formulas
 * @param explanation how the points came about; never {@code null}, may be empty
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record Points(BigDecimal value, Verdict verdict, String explanation) {

  /** Checks that no part is {@code null}. */
  public Points {
    Objects.requireNonNull(value, "points value");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(explanation, "explanation");
  }

  /** Points without a verdict. */
  public static Points of(BigDecimal value, String explanation) {
    return new Points(value, Verdict.NOT_JUDGED, explanation);
  }

  /** Points for a requirement that was met. */
  public static Points passed(BigDecimal value, String explanation) {
    return new Points(value, Verdict.PASSED, explanation);
  }

  /** Points for a requirement that was not met. */
  public static Points failed(BigDecimal value, String explanation) {
    return new Points(value, Verdict.FAILED, explanation);
  }

  @Override
  public String toString() {
    String text = value.toPlainString() + (verdict == Verdict.NOT_JUDGED ? "" : " " + verdict);
    return explanation.isEmpty() ? text : text + " (" + explanation + ")";
  }
}
