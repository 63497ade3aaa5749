package io.emulation.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar ({@code target/emulation.jar}) runs the README's first command end to end,
 * and is put together as the build says: one jar, services merged, no module descriptor.
 */
class RunnableJarIT {
  private static final Pattern FIRST_BLOCK = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  private static final Path JAR = Path.of(System.getProperty("emulation.jar",
      "target/emulation.jar")).toAbsolutePath();

  @TempDir
  Path folder;

  @Test
  void readmeFirstCommandEvaluatesTheSeedCampaignThroughTheJar() throws Exception {
    List<String> command = readmeJavaCommand();
    int out = command.indexOf("--out");
    command.set(out + 1, folder.resolve("seed-report").toString());
    int store = command.indexOf("--store");
    command.set(store + 1, folder.resolve("seed-store").toString());

    Result result = run(command);
    Result again = run(command);

    assertThat(result.code()).as(result.text()).isZero();
    assertThat(result.text()).contains("19 collectives and 73 individuals commended")
        .contains("Published revision 1 of quyet-thang-2021 for 2021-H1");
    for (String file : List.of("result.json", "result.csv", "report.html")) {
      assertThat(folder.resolve("seed-report").resolve(file)).isNotEmptyFile();
    }
    assertThat(again.text()).contains("Unchanged: revision 1 of quyet-thang-2021 for 2021-H1");
  }

  @Test
  void jarHasNoModuleDescriptorAndMergedServiceFiles() throws IOException {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      assertThat(jar.getEntry("module-info.class")).isNull();
      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
          .isEqualTo("io.emulation.examples.cli.EmulationCli");
      String formulas = new String(jar.getInputStream(jar.getEntry(
          "META-INF/services/io.emulation.scoring.spi.ScoringFormulaProvider")).readAllBytes(),
          StandardCharsets.UTF_8);
      assertThat(formulas).contains("io.emulation.core.scoring.builtin.BuiltInFormulas");
    }
  }

  @Test
  void pluginsCommandFindsTheBuiltInFormulasInsideTheJar() throws Exception {
    Result result = run(List.of(java(), "-jar", JAR.toString(), "plugins"));

    assertThat(result.code()).as(result.text()).isZero();
    assertThat(result.text()).contains("emulation:linear").contains("emulation.jar");
  }

  @Test
  void badInputExitsOneWithoutAStackTrace() throws Exception {
    Path definition = folder.resolve("bad.yaml");
    Files.writeString(definition, "formatVersion: 1\ncampaign: {id: c}\n");

    Result result = run(List.of(java(), "-jar", JAR.toString(), "validate",
        definition.toString()));

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.text()).contains("bad.yaml").doesNotContain("\tat ");
  }

  /** The README's first code block, from {@code java -jar} on, as arguments. */
  private static List<String> readmeJavaCommand() throws IOException {
    Matcher block = FIRST_BLOCK.matcher(Files.readString(ROOT.resolve("README.md")));
    assertThat(block.find()).as("README has a first sh block").isTrue();
    String text = block.group(1).replace("\\\n", " ").strip();
    assertThat(text).startsWith("mvn -B -q -DskipTests package && java -jar "
        + "emulation-examples/target/emulation.jar evaluate");
    List<String> words = new ArrayList<>(Arrays.asList(
        text.substring(text.indexOf("java -jar")).split("\\s+")));
    words.set(0, java());
    words.set(2, JAR.toString());
    return words;
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private Result run(List<String> command) throws Exception {
    Path log = folder.resolve("output.txt");
    Process process = new ProcessBuilder(command).directory(ROOT.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    // a bound so a stuck process fails the test instead of hanging the build; not a timing check
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly().waitFor();
    }
    return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  private record Result(int code, String text) {}
}
