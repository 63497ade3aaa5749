package io.emulation.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The definition files the tests read: the repository's examples and the shipped presets. */
final class DefinitionFiles {
  /** The presets, as resources next to {@link DefinitionReader}. */
  static final List<String> PRESETS = List.of("presets/law-2022.yaml", "presets/army.yaml");

  private DefinitionFiles() {}

  /** {@code examples/definitions} at the repository root. */
  static Path examplesFolder() {
    Path module = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    Path folder = module.resolveSibling("examples").resolve("definitions");
    assertThat(folder).as("examples folder").isDirectory();
    return folder;
  }

  /** Every example definition file, sorted by name; there are several. */
  static List<Path> examples() {
    try (Stream<Path> files = Files.list(examplesFolder())) {
      List<Path> examples = files.filter(f -> f.toString().endsWith(".yaml")
          || f.toString().endsWith(".json")).sorted().toList();
      assertThat(examples).as("example definition files").hasSizeGreaterThanOrEqualTo(4);
      return examples;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An example's text. */
  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The preset resource names, for parameterized tests. */
  static Stream<String> presetResources() {
    return PRESETS.stream();
  }

  /** A resource next to {@link DefinitionReader}, as text. */
  static String resource(String name) {
    try (InputStream in = DefinitionReader.class.getResourceAsStream(name)) {
      assertThat(in).as("resource %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
