package io.emulation.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.preset.Presets;
import io.emulation.core.evaluation.RandomCampaigns;
import io.emulation.core.evaluation.SmallFactory;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RoundTripTest {
  private final DefinitionReader reader = DefinitionReader.standard();

  @Test
  void presetIsReadableByNameInADefinition() {
    Definition definition = reader.read("formatVersion: 1\nawards: {preset: army}\n", "a.yaml");
    assertThat(definition.awards()).contains(Presets.army());
    assertThat(Presets.army().rules()).hasSize(4);
  }

  @Test
  void presetPackRoundTripsThroughYamlAndJson() {
    Definition law = Definition.of(Presets.law2022());
    assertThat(reader.read(DefinitionWriter.yaml().write(law), "law.yaml")).isEqualTo(law);
    assertThat(reader.read(DefinitionWriter.json().write(law), "law.json")).isEqualTo(law);
  }

  @Test
  void campaignWithAwardsRoundTripsThroughYamlAndJson() {
    Definition definition = Definition.of(SmallFactory.campaign(), Presets.law2022());
    String yaml = DefinitionWriter.yaml().write(definition);
    assertThat(reader.read(yaml, "small.yaml")).isEqualTo(definition);
    assertThat(reader.read(DefinitionWriter.json().write(definition), "small.json"))
        .isEqualTo(definition);
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 20);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void seededRandomCampaignsRoundTrip(long seed) {
    Definition definition = Definition.of(RandomCampaigns.generate(seed).campaign);
    assertThat(reader.read(DefinitionWriter.yaml().write(definition), "random.yaml"))
        .as("seed %d", seed).isEqualTo(definition);
  }

  @Test
  void councilConditionsRoundTrip() {
    io.emulation.core.award.AwardRuleSet rules = io.emulation.core.award.AwardRuleSet
        .builder("council").rules(io.emulation.core.award.AwardRule.of(
            io.emulation.core.award.Award.of("bang-khen", "Bằng khen",
                io.emulation.core.award.AwardKind.COMMENDATION,
                io.emulation.core.org.ParticipantKind.INDIVIDUAL,
                io.emulation.core.award.AwardLevel.MINISTRY),
            io.emulation.core.award.Conditions.all(
                io.emulation.core.award.Conditions.quorum(2, 3),
                io.emulation.core.award.Conditions.any(
                    io.emulation.core.award.Conditions.councilApprovalMoreThan(
                        java.math.BigDecimal.valueOf(50)),
                    io.emulation.core.award.Conditions.chairmanCastingVote(
                        java.math.BigDecimal.valueOf(50))),
                io.emulation.core.award.Conditions.secretBallotApprovalAtLeast(
                    java.math.BigDecimal.valueOf(90))))).build();
    Definition definition = Definition.of(rules);
    String yaml = DefinitionWriter.yaml().write(definition);
    assertThat(yaml).contains("quorum: 2/3").contains("secretBallotApprovalAtLeast: 90");
    assertThat(reader.read(yaml, "council.yaml")).isEqualTo(definition);
  }
}
