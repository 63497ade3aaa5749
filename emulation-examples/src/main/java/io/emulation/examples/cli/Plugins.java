package io.emulation.examples.cli;

import io.emulation.core.award.ConditionRegistry;
import io.emulation.core.scoring.FormulaRegistry;
import io.emulation.core.text.TextCatalog;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The formulas and condition types a command may use: those on the tool's own class path plus
 * those in the jars of {@code --plugin-path} (a jar, or a folder whose jars are all read).
 */
final class Plugins implements AutoCloseable {
  private final URLClassLoader loader;
  final FormulaRegistry formulas;
  final ConditionRegistry conditions;

  private Plugins(URLClassLoader loader, FormulaRegistry formulas,
      ConditionRegistry conditions) {
    this.loader = loader;
    this.formulas = formulas;
    this.conditions = conditions;
  }

  /**
   * Loads the registries.
   *
   * @throws InputProblem naming a path that does not exist, in the words of {@code text}
   * @throws io.emulation.core.EmulationException naming a plugin that fails to load
   */
  static Plugins load(List<Path> path, TextCatalog.Localized text) {
    List<URL> urls = new ArrayList<>();
    for (Path entry : path) {
      if (!Files.exists(entry)) {
        throw new InputProblem(text.get("cli.error.pluginPathMissing", entry.toString()));
      }
      urls.addAll(jars(entry, text));
    }
    ClassLoader parent = Plugins.class.getClassLoader();
    URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), parent);
    return new Plugins(loader, FormulaRegistry.load(loader), ConditionRegistry.load(loader));
  }

  private static List<URL> jars(Path entry, TextCatalog.Localized text) {
    try {
      if (!Files.isDirectory(entry)) {
        return List.of(entry.toUri().toURL());
      }
      List<URL> urls = new ArrayList<>();
      urls.add(entry.toUri().toURL());
      try (Stream<Path> files = Files.list(entry)) {
        for (Path jar : files.filter(f -> f.toString().endsWith(".jar")).sorted().toList()) {
          urls.add(jar.toUri().toURL());
        }
      }
      return urls;
    } catch (MalformedURLException e) {
      throw new InputProblem(text.get("cli.error.pluginPathInvalid", entry.toString(),
          e.toString()));
    } catch (IOException e) {
      throw new InputProblem(text.get("cli.error.pluginFolderUnreadable", entry.toString(),
          e.toString()));
    }
  }

  @Override
  public void close() {
    try {
      loader.close();
    } catch (IOException e) {
      // nothing was written through the loader; a failure to close it changes no result
    }
  }
}
