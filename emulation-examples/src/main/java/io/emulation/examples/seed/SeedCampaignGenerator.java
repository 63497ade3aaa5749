package io.emulation.examples.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates the seed campaign's files ({@code examples/seed-campaign}): the definition and the
 * CSV data of a factory of fifteen units and about four hundred staff, drawn deterministically
 * from {@link SeedParameters#standard()} with a seeded {@link java.util.SplittableRandom}. The
 * same parameters always give byte-identical files (UTF-8, lines ended by {@code \n}).
 *
 * <p>Run from the repository root to rewrite the committed files:
 * {@code mvn -q -pl emulation-examples -am compile exec:java
 * -Dexec.mainClass=io.emulation.examples.seed.SeedCampaignGenerator}.
 *
 * @since 0.1
 */
public final class SeedCampaignGenerator {
  /** Where the files live, relative to the repository root. */
  public static final Path FOLDER = Path.of("examples", "seed-campaign");

  /** The generated files, in the order {@link #files} lists them. */
  public static final List<String> FILE_NAMES = List.of("campaign.yaml", "individuals.csv",
      "measurements.csv", "adjustments.csv", "registrations.csv", "initiatives.csv");

  private SeedCampaignGenerator() {}

  /**
   * Writes the files into the folder given as the only argument, or into {@link #FOLDER} under
   * the working directory (or its parent, when run from the module's folder).
   */
  public static void main(String[] args) throws IOException {
    Path folder = args.length > 0 ? Path.of(args[0]) : defaultFolder();
    write(SeedParameters.standard(), folder);
    System.out.println("wrote " + FILE_NAMES.size() + " files to " + folder);
  }

  /** Every generated file's name and text, in {@link #FILE_NAMES} order. */
  public static Map<String, String> files(SeedParameters parameters) {
    List<SeedPerson> people = SeedWorkforce.draw(parameters);
    SeedData data = new SeedData(parameters, people);
    Map<String, String> files = new LinkedHashMap<>();
    files.put("campaign.yaml", SeedDefinition.text(parameters));
    files.put("individuals.csv", data.individuals());
    files.put("measurements.csv", data.measurements());
    files.put("adjustments.csv", data.adjustments());
    files.put("registrations.csv", data.registrations());
    files.put("initiatives.csv", data.initiatives());
    return files;
  }

  /** Writes the files of {@code parameters} into {@code folder}, creating it if needed. */
  public static void write(SeedParameters parameters, Path folder) {
    try {
      Files.createDirectories(folder);
      for (Map.Entry<String, String> file : files(parameters).entrySet()) {
        Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the seed campaign to " + folder, e);
    }
  }

  /** {@link #FOLDER} in the repository, whether run from its root or from a module folder. */
  public static Path defaultFolder() {
    Path here = Path.of("").toAbsolutePath();
    for (Path dir = here; dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("examples")) || Files.exists(dir.resolve(".ci"))) {
        return dir.resolve(FOLDER);
      }
    }
    return here.resolve(FOLDER);
  }
}
