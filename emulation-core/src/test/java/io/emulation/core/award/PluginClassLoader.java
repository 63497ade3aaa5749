package io.emulation.core.award;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * Loads the test plugin classes itself (child first), so that {@link java.util.ServiceLoader}
 * sees them as a class-path plugin would be seen: in this loader's unnamed module.
 *
 * <p>Needed because core's tests run on the module path, patched into {@code io.emulation.core}:
 * there the test provider is a class of a named module, and ServiceLoader ignores {@code
 * META-INF/services} entries naming classes of named modules (named modules declare providers
 * with {@code provides}, which core's {@code module-info} cannot do for a test class).
 */
final class PluginClassLoader extends ClassLoader {
  private final String classPrefix;
  private final List<URL> servicesFiles;

  /**
   * @param classPrefix the binary names to define here (with their nested classes)
   * @param servicesFiles the service files to offer instead of the parent's, or empty to offer
   *     the parent's (the test resources' own file)
   */
  PluginClassLoader(String classPrefix, List<URL> servicesFiles) {
    super("test-plugins", PluginClassLoader.class.getClassLoader());
    this.classPrefix = classPrefix;
    this.servicesFiles = List.copyOf(servicesFiles);
  }

  static {
    registerAsParallelCapable();
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (!name.startsWith(classPrefix)) {
      return super.loadClass(name, resolve);
    }
    synchronized (getClassLoadingLock(name)) {
      Class<?> loaded = findLoadedClass(name);
      if (loaded == null) {
        try (InputStream in = getParent().getResourceAsStream(
            name.replace('.', '/') + ".class")) {
          if (in == null) {
            throw new ClassNotFoundException(name);
          }
          byte[] bytes = in.readAllBytes();
          loaded = defineClass(name, bytes, 0, bytes.length);
        } catch (IOException e) {
          throw new ClassNotFoundException(name, e);
        }
      }
      if (resolve) {
        resolveClass(loaded);
      }
      return loaded;
    }
  }

  @Override
  public Enumeration<URL> getResources(String name) throws IOException {
    if (name.startsWith("META-INF/services/") && !servicesFiles.isEmpty()) {
      return Collections.enumeration(servicesFiles);
    }
    return super.getResources(name);
  }
}
