package io.emulation.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.emulation.core.evaluation.RandomCampaigns;
import io.emulation.core.evaluation.SmallFactory;
import io.emulation.core.preset.Presets;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schema shipped in the core jar ({@code io/emulation/core/io/schema/}) accepts every
 * example, every preset and whatever the writer writes, and rejects typical mistakes.
 */
class DefinitionSchemaTest {
  static final String SCHEMA = "schema/campaign-definition.schema.json";
  private static final Schema schema = SchemaRegistry
      .withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(DefinitionFiles.resource(SCHEMA), InputFormat.JSON);
  private static final ObjectMapper YAML = YAMLMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The schema's complaints about a YAML or JSON document, read into a tree first. */
  static List<Error> validate(String text, boolean json) {
    try {
      JsonNode tree = (json ? JSON : YAML).readTree(text);
      return schema.validate(JSON.writeValueAsString(tree), InputFormat.JSON);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Error> validate(Path file) {
    return validate(DefinitionFiles.read(file), file.toString().endsWith(".json"));
  }

  static Stream<Path> examples() {
    return DefinitionFiles.examples().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyExampleFileValidates(Path file) {
    assertThat(validate(file)).as(file.toString()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void writerOutputOfEveryExampleValidates(Path file) {
    Definition definition = DefinitionReader.standard().read(file);
    assertThat(validate(DefinitionWriter.yaml().write(definition), false)).isEmpty();
    assertThat(validate(DefinitionWriter.json().write(definition), true)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.emulation.core.io.DefinitionFiles#presetResources")
  void everyPresetFileValidates(String preset) {
    assertThat(validate(DefinitionFiles.resource(preset), false)).as(preset).isEmpty();
  }

  @Test
  void writerOutputOfThePresetsValidates() {
    for (Definition preset : List.of(Definition.of(Presets.law2022()),
        Definition.of(Presets.army()))) {
      assertThat(validate(DefinitionWriter.yaml().write(preset), false)).isEmpty();
      assertThat(validate(DefinitionWriter.json().write(preset), true)).isEmpty();
    }
  }

  @Test
  void writerOutputOfTheSmallFactoryWithAwardsValidates() {
    Definition definition = Definition.of(SmallFactory.campaign(), Presets.law2022());
    assertThat(validate(DefinitionWriter.yaml().write(definition), false)).isEmpty();
    assertThat(validate(DefinitionWriter.json().write(definition), true)).isEmpty();
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 20);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void writerOutputOfSeededRandomCampaignsValidates(long seed) {
    Definition definition = Definition.of(RandomCampaigns.generate(seed).campaign);
    assertThat(validate(DefinitionWriter.yaml().write(definition), false)).as("seed %d", seed)
        .isEmpty();
    assertThat(validate(DefinitionWriter.json().write(definition), true)).as("seed %d", seed)
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      // no formatVersion
      "awards: {preset: army}",
      // a version this library does not read
      "formatVersion: 2\nawards: {preset: army}",
      // neither campaign nor awards
      "formatVersion: 1",
      // a misspelt property
      "formatVersion: 1\nawrds: {preset: army}",
      // an unknown preset
      "formatVersion: 1\nawards: {preset: law-2021}",
      // a campaign without organisation and criteria
      "formatVersion: 1\ncampaign: {id: c, period: 2021}",
      // an enum not in kebab-case's list
      "formatVersion: 1\nawards: {name: a, rules: [{award: {id: a, kind: medal, recipient: "
          + "individual}, conditions: registered}]}",
      // a condition of two kinds
      "formatVersion: 1\nawards: {name: a, rules: [{award: {id: a, kind: themed, recipient: "
          + "individual}, conditions: {holds: b, minScore: 3}}]}",
      // an unknown simple condition
      "formatVersion: 1\nawards: {name: a, rules: [{award: {id: a, kind: themed, recipient: "
          + "individual}, conditions: registred}]}",
      // a quota of two bases
      "formatVersion: 1\nawards: {name: a, rules: [{award: {id: a, kind: themed, recipient: "
          + "individual}, conditions: registered, quota: {count: 1, percentOfEligible: 5}}]}",
      // a quota above 100%
      "formatVersion: 1\nawards: {name: a, rules: [{award: {id: a, kind: themed, recipient: "
          + "individual}, conditions: registered, quota: {percentOfHeadcount: 120}}]}",
      // a misspelt parameter of a built-in formula
      "formatVersion: 1\ncampaign: {id: c, period: 2021}\norganisation: {units: [{id: u}]}\n"
          + "criteria: [{id: k, formula: 'emulation:linear', parameters: {maxPonts: 5}}]",
      // a period that is not one
      "formatVersion: 1\ncampaign: {id: c, period: 2021-Q5}\norganisation: {units: [{id: u}]}\n"
          + "criteria: [{id: k, formula: 'emulation:linear', parameters: {maxPoints: 5}}]",
      // a number written as a text
      "formatVersion: 1\ncampaign: {id: c, period: 2021}\norganisation: {units: [{id: u}]}\n"
          + "criteria: [{id: k, formula: 'emulation:linear', weight: '2',"
          + " parameters: {maxPoints: 5}}]"})
  void typicalMistakesFailSchemaValidation(String yaml) {
    assertThat(validate(yaml, false)).isNotEmpty();
  }
}
