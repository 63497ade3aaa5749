package io.emulation.core.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.emulation.core.period.Period;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MeasurementColumnTest {
  private static final Period H1 = Period.half(2026, 1);

  private static MeasurementColumn column(String... values) {
    MeasurementColumn.Builder builder = MeasurementColumn.builder("output", H1);
    for (int i = 0; i < values.length; i++) {
      builder.add("e" + (i + 1), new BigDecimal(values[i]));
    }
    return builder.build();
  }

  @Test
  void valuesKeepTheirScale() {
    MeasurementColumn column = column("97.50", "112", "-3.125");

    assertThat(column.value(0)).isEqualTo(new BigDecimal("97.50"));
    assertThat(column.value(1)).isEqualTo(new BigDecimal("112"));
    assertThat(column.value(2)).isEqualTo(new BigDecimal("-3.125"));
  }

  @Test
  void valuesTooLargeForALongOrItsScaleAreKeptAsGiven() {
    MeasurementColumn column = column("123456789012345678901234.5", "1E-200", "1E+300", "7");

    assertThat(column.value(0)).isEqualTo(new BigDecimal("123456789012345678901234.5"));
    assertThat(column.value(1)).isEqualTo(new BigDecimal("1E-200"));
    assertThat(column.value(2)).isEqualTo(new BigDecimal("1E+300"));
    assertThat(column.value(3)).isEqualTo(new BigDecimal("7"));
  }

  @Test
  void rowsKeepTheOrderAdded() {
    MeasurementColumn column = column("1", "2", "3");

    assertThat(column.size()).isEqualTo(3);
    assertThat(column.participantId(0)).isEqualTo("e1");
    assertThat(column.participantId(2)).isEqualTo("e3");
  }

  @Test
  void manyRowsOutgrowTheFirstCapacity() {
    MeasurementColumn.Builder builder = MeasurementColumn.builder("output", H1);
    for (int i = 0; i < 1000; i++) {
      builder.add("e" + i, BigDecimal.valueOf(i, 1));
    }
    MeasurementColumn column = builder.build();

    assertThat(column.size()).isEqualTo(1000);
    assertThat(column.participantId(999)).isEqualTo("e999");
    assertThat(column.value(999)).isEqualTo(new BigDecimal("99.9"));
  }

  @Test
  void aRowIsAMeasurementWithoutTargetOrSource() {
    assertThat(column("97.50").measurement(0))
        .isEqualTo(Measurement.of("e1", "output", H1, new BigDecimal("97.50")));
  }

  @Test
  void aRowOutsideTheColumnIsRejected() {
    MeasurementColumn column = column("1");

    assertThatThrownBy(() -> column.value(1)).isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessageContaining("row");
    assertThatThrownBy(() -> column.participantId(-1))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void aMissingValueNamesCriterionAndParticipant() {
    MeasurementColumn.Builder builder = MeasurementColumn.builder("output", H1);

    assertThatThrownBy(() -> builder.add("e1", null)).isInstanceOf(NullPointerException.class)
        .hasMessage("value of output for e1");
  }

  @Test
  void columnsWithTheSameRowsAreEqual() {
    assertThat(column("1.0", "2")).isEqualTo(column("1.0", "2"))
        .hasSameHashCodeAs(column("1.0", "2"))
        .isNotEqualTo(column("1.00", "2"))
        .isNotEqualTo(column("1.0"));
    assertThat(column("1E+300")).isEqualTo(column("1E+300")).isNotEqualTo(column("1E+301"));
  }

  @Test
  void describesItselfByCriterionPeriodAndSize() {
    assertThat(column("1", "2")).hasToString("output 2026-H1 (2 rows)");
  }

  @Test
  void valuesOfLongSizeAndMixedScalesKeepTheirScale() {
    MeasurementColumn column = column("3000000000", "-0.5", "12.250", "0");

    assertThat(column.value(0)).isEqualTo(new BigDecimal("3000000000"));
    assertThat(column.value(1)).isEqualTo(new BigDecimal("-0.5"));
    assertThat(column.value(2)).isEqualTo(new BigDecimal("12.250"));
    assertThat(column.value(3)).isEqualTo(new BigDecimal("0"));
  }

  @Test
  void columnsDifferingInOneValueOrScaleAreNotEqual() {
    assertThat(column("1", "2")).isNotEqualTo(column("1", "3"))
        .isNotEqualTo(column("1", "2.0")).isNotEqualTo(column("1", "2", "3"))
        .isNotEqualTo(column("1", "3000000000"));
    assertThat(column("1", "3000000000")).isEqualTo(column("1", "3000000000"))
        .hasSameHashCodeAs(column("1", "3000000000"));
    assertThat(column("1.5", "2")).isEqualTo(column("1.5", "2"))
        .hasSameHashCodeAs(column("1.5", "2"));
  }

  @Test
  void aColumnWithoutAFileHasNoSources() {
    assertThat(column("1").source(0)).isEmpty();
  }

  @Test
  void rowsOfANamedFileHaveTheirLineAsSource() {
    MeasurementColumn column = MeasurementColumn.builder("output", H1).source("m.csv")
        .add("e1", BigDecimal.ONE, 2).add("e2", BigDecimal.TEN, 7).build();

    assertThat(column.source(1)).contains("m.csv:7");
    assertThat(column.measurement(0))
        .isEqualTo(Measurement.of("e1", "output", H1, BigDecimal.ONE).withSource("m.csv:2"));
  }

  @Test
  void manyRowsOfANamedFileKeepTheirLines() {
    MeasurementColumn.Builder builder = MeasurementColumn.builder("output", H1).source("m.csv");
    for (int i = 0; i < 40; i++) {
      builder.add("e" + i, BigDecimal.valueOf(i), i + 2);
    }

    assertThat(builder.build().source(39)).contains("m.csv:41");
  }

  @Test
  void columnsOfOtherSourcesAreNotEqual() {
    MeasurementColumn fromM = MeasurementColumn.builder("output", H1).source("m.csv")
        .add("e1", BigDecimal.ONE, 2).build();

    assertThat(fromM).isNotEqualTo(MeasurementColumn.builder("output", H1).source("n.csv")
            .add("e1", BigDecimal.ONE, 2).build())
        .isNotEqualTo(MeasurementColumn.builder("output", H1).source("m.csv")
            .add("e1", BigDecimal.ONE, 3).build())
        .isNotEqualTo(column("1"));
  }

  @Test
  void aRowOfANamedFileNeedsItsLine() {
    MeasurementColumn.Builder builder = MeasurementColumn.builder("output", H1).source("m.csv");

    assertThatThrownBy(() -> builder.add("e1", BigDecimal.ONE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a row of column output 2026-H1 read from m.csv needs its line");
  }

  @Test
  void aLineNeedsAFile() {
    assertThatThrownBy(() -> MeasurementColumn.builder("output", H1).add("e1", BigDecimal.ONE, 3))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("column output 2026-H1 names no file for line 3; call source first");
  }

  @Test
  void aLineIsPositive() {
    assertThatThrownBy(() -> MeasurementColumn.builder("output", H1).source("m.csv")
        .add("e1", BigDecimal.ONE, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line 0 of m.csv is not positive");
  }

  @Test
  void theFileIsNamedOnceBeforeTheRows() {
    assertThatThrownBy(() -> MeasurementColumn.builder("output", H1)
        .add("e1", BigDecimal.ONE).source("m.csv"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the source of column output 2026-H1 is named before its rows, once");
    assertThatThrownBy(() -> MeasurementColumn.builder("output", H1).source("m.csv")
        .source("n.csv"))
        .isInstanceOf(IllegalStateException.class);
  }
}
