package io.emulation.scoring.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringInputTest {
  private static final BigDecimal VALUE = new BigDecimal("112.5");

  private static ScoringInput full() {
    return ScoringInput.builder(VALUE)
        .target(new BigDecimal("100"))
        .baseline(new BigDecimal("90"))
        .direction(Direction.LOWER_IS_BETTER)
        .parameters(FormulaParameters.of(Map.of("maxPoints", 50)))
        .peers(PeerValues.of(List.of(BigDecimal.ONE, VALUE)))
        .criterionId("output")
        .participantId("team-a")
        .build();
  }

  @Test
  void builderKeepsTheValue() {
    assertThat(ScoringInput.builder(VALUE).build().value()).isEqualTo(VALUE);
  }

  @Test
  void builderDefaultsToNoTarget() {
    assertThat(ScoringInput.builder(VALUE).build().target()).isEmpty();
  }

  @Test
  void builderDefaultsToNoBaseline() {
    assertThat(ScoringInput.builder(VALUE).build().baseline()).isEmpty();
  }

  @Test
  void builderDefaultsToHigherIsBetter() {
    assertThat(ScoringInput.builder(VALUE).build().direction())
        .isEqualTo(Direction.HIGHER_IS_BETTER);
  }

  @Test
  void builderDefaultsToNoParameters() {
    assertThat(ScoringInput.builder(VALUE).build().parameters())
        .isEqualTo(FormulaParameters.empty());
  }

  @Test
  void builderDefaultsToNoPeers() {
    assertThat(ScoringInput.builder(VALUE).build().peers()).isEqualTo(PeerValues.none());
  }

  @Test
  void builderDefaultsToEmptyIds() {
    ScoringInput input = ScoringInput.builder(VALUE).build();

    assertThat(input.criterionId()).isEmpty();
    assertThat(input.participantId()).isEmpty();
  }

  @Test
  void targetIsPresentWhenSet() {
    assertThat(full().target()).hasValueSatisfying(
        target -> assertThat(target).isEqualByComparingTo("100"));
  }

  @Test
  void baselineIsPresentWhenSet() {
    assertThat(full().baseline()).hasValueSatisfying(
        baseline -> assertThat(baseline).isEqualByComparingTo("90"));
  }

  @Test
  void builderKeepsEveryPartSet() {
    ScoringInput input = full();

    assertThat(input.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
    assertThat(input.parameters().requireDecimal("maxPoints")).isEqualByComparingTo("50");
    assertThat(input.peers().size()).isEqualTo(2);
    assertThat(input.criterionId()).isEqualTo("output");
    assertThat(input.participantId()).isEqualTo("team-a");
  }

  @Test
  void builderRejectsNullValue() {
    assertThatThrownBy(() -> ScoringInput.builder(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value");
  }

  @Test
  void builderRejectsNullTarget() {
    ScoringInput.Builder builder = ScoringInput.builder(VALUE);

    assertThatThrownBy(() -> builder.target(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("target");
  }

  @Test
  void toBuilderCopiesEveryPart() {
    ScoringInput original = full();

    assertThat(original.toBuilder().build()).isEqualTo(original);
  }

  @Test
  void changingACopyLeavesTheOriginalAlone() {
    ScoringInput original = full();

    ScoringInput changed = original.toBuilder().participantId("team-b").build();

    assertThat(changed.participantId()).isEqualTo("team-b");
    assertThat(original.participantId()).isEqualTo("team-a");
  }

  @Test
  void equalInputsHaveEqualHashCodes() {
    assertThat(full()).isEqualTo(full()).hasSameHashCodeAs(full());
  }

  @Test
  void inputsWithDifferentValuesAreNotEqual() {
    assertThat(ScoringInput.builder(VALUE).build())
        .isNotEqualTo(ScoringInput.builder(VALUE.add(BigDecimal.ONE)).build());
  }

  @Test
  void inputWithTargetDiffersFromInputWithout() {
    ScoringInput without = ScoringInput.builder(VALUE).build();

    assertThat(without).isNotEqualTo(without.toBuilder().target(VALUE).build());
  }

  @Test
  void inputsForDifferentParticipantsAreNotEqual() {
    assertThat(full()).isNotEqualTo(full().toBuilder().participantId("team-b").build());
  }

  @Test
  void toStringOmitsAbsentParts() {
    assertThat(ScoringInput.builder(VALUE).build())
        .hasToString("ScoringInput{value=112.5, direction=HIGHER_IS_BETTER, parameters={}}");
  }

  @Test
  void toStringShowsPresentParts() {
    assertThat(full()).hasToString("ScoringInput{value=112.5, target=100, baseline=90,"
        + " direction=LOWER_IS_BETTER, parameters={maxPoints=50}, peers=2, criterion=output,"
        + " participant=team-a}");
  }
}
