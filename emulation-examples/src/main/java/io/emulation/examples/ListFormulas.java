package io.emulation.examples;

import io.emulation.core.plugin.LoadReport;
import io.emulation.core.scoring.FormulaRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A host's plugin folder, listed: every scoring formula found in the jars of a folder (and the
 * built-ins), with id, SPI version, description, class and jar, then every plugin that failed
 * to load and why. Run it with the folder as argument:
 *
 * <pre>{@code
 * mvn -B -q -pl emulation-examples -am package exec:java \
 *     -Dexec.mainClass=io.emulation.examples.ListFormulas -Dexec.args=/opt/host/plugins
 * }</pre>
 *
 * <p>Exits with status 1 when a plugin failed to load, so a deployment script can stop.
 *
 * @since 0.1
 */
public final class ListFormulas {
  private ListFormulas() {}

  /** Lists the formulas of the folder named by the first argument (default {@code plugins}). */
  public static void main(String[] args) throws IOException {
    LoadReport<FormulaRegistry> report = discover(Path.of(args.length > 0 ? args[0] : "plugins"));
    System.out.println(report.describe());
    if (!report.isClean()) {
      System.exit(1);
    }
  }

  /**
   * Discovers the formulas of every jar in {@code folder}, in a class loader of their own.
   *
   * @throws IllegalArgumentException when the folder does not exist
   */
  public static LoadReport<FormulaRegistry> discover(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("plugin folder " + folder.toAbsolutePath()
          + " does not exist");
    }
    List<URL> jars = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted()
          .forEach(jar -> jars.add(url(jar)));
    }
    try (URLClassLoader plugins = new URLClassLoader(jars.toArray(URL[]::new),
        ListFormulas.class.getClassLoader())) {
      return FormulaRegistry.discover(plugins);
    }
  }

  private static URL url(Path jar) {
    try {
      return jar.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new UncheckedIOException(e);
    }
  }
}
