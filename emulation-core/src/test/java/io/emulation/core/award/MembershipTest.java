package io.emulation.core.award;

import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.evaluation.EvaluationResult;
import io.emulation.core.evaluation.ParticipantResult;
import io.emulation.core.org.ParticipantKind;
import io.emulation.core.preset.Presets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who belongs where, as the award step reads it, over seeded random factories: the participants
 * of each kind by ranking unit, grouped from the columns, are those of their own records.
 */
class MembershipTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 3);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void individualsByUnitAreThoseOfTheirRankingUnitInOrderOfFirstAppearance(long seed) {
    assertGroupedByTheirUnits(seed, ParticipantKind.INDIVIDUAL);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void collectivesByUnitAreThoseOfTheirRankingUnitInOrderOfFirstAppearance(long seed) {
    assertGroupedByTheirUnits(seed, ParticipantKind.COLLECTIVE);
  }

  private static void assertGroupedByTheirUnits(long seed, ParticipantKind kind) {
    RandomAwardCampaigns factory = RandomAwardCampaigns.generate(seed);
    EvaluationResult evaluation = factory.decide(Presets.law2022()).evaluation();
    List<ParticipantResult> results = kind == ParticipantKind.INDIVIDUAL
        ? evaluation.individuals() : evaluation.collectives();

    Map<String, List<ParticipantResult>> grouped = Membership.of(factory.campaign(), evaluation)
        .byRankingUnit(kind);
    Map<String, List<ParticipantResult>> expected = results.stream().collect(Collectors
        .groupingBy(result -> result.participant().rankingUnitId(), LinkedHashMap::new,
            Collectors.toList()));

    assertThat(results).isNotEmpty();
    assertThat(grouped).as("seed %s", seed).isEqualTo(expected);
    assertThat(grouped.keySet()).as("seed %s: units in order of first appearance", seed)
        .containsExactlyElementsOf(expected.keySet());
  }
}
