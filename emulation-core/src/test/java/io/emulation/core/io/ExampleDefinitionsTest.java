package io.emulation.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.preset.Presets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file in {@code examples/definitions} reads without problems and round-trips. */
class ExampleDefinitionsTest {
  private final DefinitionReader reader = DefinitionReader.standard();

  static Stream<Path> examples() {
    return DefinitionFiles.examples().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyExampleFileReadsWithoutProblems(Path file) {
    assertThat(reader.read(file)).isNotNull();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyExampleRoundTripsThroughYamlAndJson(Path file) {
    Definition definition = reader.read(file);
    assertThat(reader.read(DefinitionWriter.yaml().write(definition), "again.yaml"))
        .isEqualTo(definition);
    assertThat(reader.read(DefinitionWriter.json().write(definition), "again.json"))
        .isEqualTo(definition);
  }

  @Test
  void jsonExampleDefinesTheSameCampaignAsTheYamlOne() {
    Path folder = DefinitionFiles.examplesFolder();
    assertThat(reader.read(folder.resolve("quyet-thang-2021.json")))
        .isEqualTo(reader.read(folder.resolve("quyet-thang-2021.yaml")));
  }

  @Test
  void completeExampleUsesTheLaw2022PresetAndKeepsVietnameseNames() {
    Definition definition = reader.read(
        DefinitionFiles.examplesFolder().resolve("quyet-thang-2021.yaml"));
    assertThat(definition.awards()).contains(Presets.law2022());
    assertThat(definition.requireCampaign().organisation().individuals())
        .extracting(p -> p.name()).contains("Nguyễn Văn An", "Đặng Thị Giang");
  }

  @Test
  void awardsOnlyExampleHasNoCampaign() {
    Definition definition = reader.read(
        DefinitionFiles.examplesFolder().resolve("quy-che-khen-thuong.yaml"));
    assertThat(definition.campaign()).isEmpty();
    assertThat(definition.awards()).isPresent();
  }
}
