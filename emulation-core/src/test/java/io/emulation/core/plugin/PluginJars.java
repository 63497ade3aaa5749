package io.emulation.core.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * Builds real plugin jars for discovery tests: the compiled fixture classes of {@code
 * io.emulation.core.plugin.fixtures} plus a {@code META-INF/services} file, and a class loader
 * that loads fixture classes from those jars (child first), so that each plugin has a jar of its
 * own and sits outside the core module, as a plugin dropped next to a host does.
 */
final class PluginJars {
  private static final String FIXTURES = "io.emulation.core.plugin.fixtures.";

  private PluginJars() {}

  /**
   * A jar holding the providers' classes and a services file for {@code service} listing them,
   * then {@code extraLines} (such as the name of a class that does not exist).
   */
  static Path jar(Path folder, String name, Class<?> service, List<Class<?>> providers,
      String... extraLines) {
    Path jar = folder.resolve(name);
    List<String> lines = new ArrayList<>();
    providers.forEach(p -> lines.add(p.getName()));
    lines.addAll(List.of(extraLines));
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (Class<?> provider : providers) {
        for (Class<?> member : provider.getNestMembers()) {
          String file = member.getName().substring(member.getPackageName().length() + 1);
          out.putNextEntry(new JarEntry(member.getName().replace('.', '/') + ".class"));
          try (InputStream bytes = member.getResourceAsStream(file + ".class")) {
            bytes.transferTo(out);
          }
          out.closeEntry();
        }
      }
      out.putNextEntry(new JarEntry("META-INF/services/" + service.getName()));
      write(out, String.join("\n", lines) + "\n");
      out.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return jar;
  }

  /** A loader over the jars that defines fixture classes itself and delegates the rest. */
  static URLClassLoader loader(Path... jars) {
    URL[] urls = new URL[jars.length];
    for (int i = 0; i < jars.length; i++) {
      try {
        urls[i] = jars[i].toUri().toURL();
      } catch (MalformedURLException e) {
        throw new IllegalArgumentException(e);
      }
    }
    return new ChildFirst(urls, PluginJars.class.getClassLoader());
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Loads fixture classes from its own jars before asking its parent. */
  private static final class ChildFirst extends URLClassLoader {
    static {
      registerAsParallelCapable();
    }

    ChildFirst(URL[] urls, ClassLoader parent) {
      super(urls, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith(FIXTURES)) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> loaded = findLoadedClass(name);
        return loaded != null ? loaded : findClass(name);
      }
    }
  }
}
