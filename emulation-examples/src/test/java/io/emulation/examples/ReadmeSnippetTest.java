package io.emulation.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's embedding snippet compiles against the library and prints what it says. */
class ReadmeSnippetTest {
  private static final Pattern SNIPPET =
      Pattern.compile("<!-- embedding-snippet -->\\s*```java\\n(.*?)```", Pattern.DOTALL);

  @TempDir
  Path work;

  @Test
  void embeddingSnippetCompilesAndRuns() throws Exception {
    Matcher snippet = SNIPPET.matcher(Files.readString(Path.of("..", "README.md")));
    assertThat(snippet.find()).as("README has an embedding snippet").isTrue();
    Path source = work.resolve("Embedding.java");
    Files.writeString(source, snippet.group(1));

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status = javac.run(null, null, errors, "-classpath", libraryPath(), "-d",
        work.toString(), source.toString());
    assertThat(status).as("javac: %s", errors.toString(StandardCharsets.UTF_8)).isZero();

    String printed = run(work);
    assertThat(printed)
        .contains("1. Nguyễn Văn An 96.00 EXCELLENT")
        .contains("2. Trần Thị Bình 80.00 GOOD")
        .contains("e2 Trần Thị Bình");
  }

  private static String run(Path classes) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        ReadmeSnippetTest.class.getClassLoader())) {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      Method main = loader.loadClass("Embedding").getMethod("main", String[].class);
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  /** The test's class path and module path together: the library jars and classes. */
  private static String libraryPath() throws IOException {
    List<String> entries = Stream.of("java.class.path", "jdk.module.path")
        .map(System::getProperty)
        .filter(p -> p != null && !p.isBlank())
        .flatMap(p -> Stream.of(p.split(File.pathSeparator)))
        .collect(Collectors.toList());
    return String.join(File.pathSeparator, entries);
  }
}
