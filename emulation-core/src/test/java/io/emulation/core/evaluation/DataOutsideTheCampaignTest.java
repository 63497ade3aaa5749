package io.emulation.core.evaluation;

import static io.emulation.core.evaluation.SmallFactory.H1;
import static java.util.Comparator.comparing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.emulation.core.InvalidDataException;
import io.emulation.core.Problem;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.campaign.Scope;
import io.emulation.core.criteria.Adjustment;
import io.emulation.core.criteria.Measurement;
import io.emulation.core.scoring.FormulaRegistry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Data about someone the campaign does not evaluate is reported with its position, never dropped
 * in silence: {@link SmallFactory} scoped to workshop {@code w1} leaves {@code b1} and {@code w2}
 * outside.
 */
class DataOutsideTheCampaignTest {
  private final CampaignEvaluator evaluator = CampaignEvaluator.of(FormulaRegistry.load());
  private final Campaign w1Only =
      SmallFactory.campaign().toBuilder().scope(Scope.units("w1")).build();

  private static List<Measurement> measurementsOfW1() {
    return SmallFactory.data().measurements().stream()
        .filter(m -> m.participantId().startsWith("a") || m.participantId().equals("w1"))
        .toList();
  }

  private static List<Adjustment> adjustmentsOfW1() {
    return SmallFactory.data().adjustments().stream()
        .filter(a -> a.participantId().startsWith("a")).toList();
  }

  @Test
  void measurementOfAParticipantOutsideTheScopeIsAProblemAtItsPosition() {
    List<Measurement> measurements = new ArrayList<>(measurementsOfW1());
    measurements.add(Measurement.of("b1", "output", H1, BigDecimal.TEN));
    EvaluationData data = EvaluationData.of(measurements, adjustmentsOfW1());

    assertThatThrownBy(() -> evaluator.evaluate(w1Only, data, H1))
        .isInstanceOfSatisfying(InvalidDataException.class, e ->
            assertThat(e.problems())
                .usingElementComparator(comparing(Problem::toString))
                .containsExactly(
                    Problem.at("measurements[" + (measurements.size() - 1) + "]",
                        "participant 'b1' is outside the scope of campaign 'qt-2021'")));
  }

  @Test
  void adjustmentOfAParticipantOutsideTheScopeIsAProblemNamingItsReason() {
    List<Adjustment> adjustments = new ArrayList<>(adjustmentsOfW1());
    adjustments.add(Adjustment.bonus("b1", H1, BigDecimal.ONE, "record month"));
    EvaluationData data = EvaluationData.of(measurementsOfW1(), adjustments);

    assertThatThrownBy(() -> evaluator.evaluate(w1Only, data, H1))
        .isInstanceOfSatisfying(InvalidDataException.class, e ->
            assertThat(e.problems())
                .usingElementComparator(comparing(Problem::toString))
                .containsExactly(
                    Problem.at("adjustments[" + (adjustments.size() - 1) + "]",
                        "participant 'b1' of BONUS 'record month' is outside the scope of campaign "
                            + "'qt-2021'")));
  }

  @Test
  void adjustmentOfAnUnknownParticipantIsAProblemNamingItsReason() {
    List<Adjustment> adjustments = new ArrayList<>(SmallFactory.data().adjustments());
    adjustments.add(0, Adjustment.penalty("ghost", H1, BigDecimal.ONE, "late"));
    EvaluationData data = EvaluationData.of(SmallFactory.data().measurements(), adjustments);

    assertThatThrownBy(() -> evaluator.evaluate(SmallFactory.campaign(), data, H1))
        .isInstanceOfSatisfying(InvalidDataException.class, e ->
            assertThat(e.problems())
                .usingElementComparator(comparing(Problem::toString))
                .containsExactly(
                    Problem.at("adjustments[0]",
                        "PENALTY 'late' is for unknown participant 'ghost'")));
  }
}
