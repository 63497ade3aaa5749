package io.emulation.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.emulation.core.plugin.PluginSource;
import io.emulation.core.text.Message;
import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.Verdict;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A line carries an error exactly when it is errored. */
class ScoreLineTest {
  private static final ScoringError ERROR = new ScoringError("acme:boom",
      PluginSource.of(TestFormula.class), "quality", "e1", ScoringError.Fault.THREW,
      Message.literal("formula 'acme:boom' scoring criterion 'quality' for participant 'e1'"
          + " failed"));

  private static ScoreLine line(ScoreLine.Status status, Optional<ScoringError> error) {
    return new ScoreLine("quality", "Quality", status, "acme:boom", FormulaParameters.empty(),
        Optional.of(BigDecimal.ONE), Optional.empty(), Optional.empty(), BigDecimal.ZERO,
        Verdict.NOT_JUDGED, BigDecimal.ONE, BigDecimal.ZERO, Message.literal(""), error);
  }

  @Test
  void erroredLineWithoutAnErrorIsRejected() {
    assertThatThrownBy(() -> line(ScoreLine.Status.ERRORED, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line quality has status ERRORED but no error");
  }

  @Test
  void scoredLineWithAnErrorIsRejected() {
    assertThatThrownBy(() -> line(ScoreLine.Status.SCORED, Optional.of(ERROR)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line quality has status SCORED but an error");
  }

  @Test
  void erroredLineCountsTowardTheTotalsWeight() {
    assertThat(line(ScoreLine.Status.ERRORED, Optional.of(ERROR)).isApplicable()).isTrue();
  }

  @Test
  void contributionCopyKeepsTheError() {
    assertThat(line(ScoreLine.Status.ERRORED, Optional.of(ERROR))
        .withContribution(BigDecimal.TEN).error()).contains(ERROR);
  }
}
