package io.emulation.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.emulation.core.InvalidDataException;
import io.emulation.core.evaluation.CampaignEvaluator;
import io.emulation.core.evaluation.EvaluationData;
import io.emulation.core.evaluation.EvaluationResult;
import io.emulation.core.scoring.FormulaRegistry;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Data read from CSV drives the engine, and the engine's errors point back to the rows. */
class CsvDataEvaluationTest {
  private static final String MEASUREMENTS = """
      participant,criterion,period,value
      a1,output,2021-Q1,50
      a1,output,2021-Q2,62
      a1,safety,2021-H1,0
      a2,output,2021-H1,80
      a2,initiatives,2021-H1,1
      a2,safety,2021-H1,0
      b1,output,2021-H1,130
      b1,initiatives,2021-H1,3
      b1,safety,2021-H1,1
      w1,unit-output,2021-H1,900
      w2,unit-output,2021-H1,1000
      """;
  private static final String ADJUSTMENTS = """
      participant,period,kind,points,reason
      a1,2021-Q2,bonus,2,giúp tổ mới
      a2,2021-H1,penalty,1.5,đi muộn hai lần
      b1,2021-H1,bonus,15,tháng kỷ lục
      """;

  private final CsvData csv = CsvData.standard();
  private final CampaignEvaluator evaluator = CampaignEvaluator.of(FormulaRegistry.load());

  @Test
  void dataReadFromCsvEvaluatesLikeDataBuiltInCode() {
    EvaluationData data = EvaluationData.builder()
        .addMeasurements(csv.readMeasurements(new StringReader(MEASUREMENTS), "m.csv"))
        .addAdjustments(csv.readAdjustments(new StringReader(ADJUSTMENTS), "a.csv"))
        .build();

    EvaluationResult fromCsv = evaluator.evaluate(SmallPlant.campaign(), data, SmallPlant.H1);

    assertThat(fromCsv.all()).extracting(r -> r.participantId() + " "
        + r.scorecard().total().toPlainString()).containsExactlyElementsOf(
        SmallPlant.evaluation().all().stream().map(r -> r.participantId() + " "
            + r.scorecard().total().toPlainString()).toList());
  }

  @Test
  void engineErrorAboutAMeasurementNamesItsFileAndLine() {
    EvaluationData data = EvaluationData.builder()
        .addMeasurements(csv.readMeasurements(new StringReader(MEASUREMENTS
            + "zz,output,2021-H1,5\n"), "m.csv"))
        .build();

    assertThatThrownBy(() -> evaluator.evaluate(SmallPlant.campaign(), data, SmallPlant.H1))
        .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.problems())
            .anySatisfy(p -> assertThat(p.location()).isEqualTo("m.csv:13")));
  }
}
