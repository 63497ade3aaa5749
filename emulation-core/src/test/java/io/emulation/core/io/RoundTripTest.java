package io.emulation.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.award.preset.Presets;
import io.emulation.core.evaluation.RandomCampaigns;
import io.emulation.core.evaluation.SmallFactory;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RoundTripTest {
  private final DefinitionReader reader = DefinitionReader.standard();

  @Test
  void presetFileEqualsTheJavaPack() {
    assertThat(reader.preset("law-2022")).isEqualTo(Presets.law2022());
    assertThat(reader.preset("army")).isEqualTo(Presets.army());
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
}
