package io.emulation.core.scoring.internal;

import com.google.common.collect.ImmutableList;
import io.emulation.core.scoring.ScoreLine;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A scorecard's lines kept compactly and made again when read, so that an evaluation of many
 * participants does not keep every line of every scorecard alive. Implementations return equal
 * lines on every call and never a line with an error. Internal: this package is not exported.
 */
public interface DerivedLines {
  /** Every line, in campaign order, made again on each call. */
  ImmutableList<ScoreLine> all();

  /** The line for a criterion, made again on each call. */
  Optional<ScoreLine> line(String criterionId);

  /** The points of the line for a criterion, without making the line. */
  Optional<BigDecimal> points(String criterionId);
}
