package io.emulation.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.emulation.scoring.spi.ScoringFormula;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module boundaries the project promises its users, checked on the compiled classes. */
class ArchitectureTest {
  /** The SPI's sources, seen from this module's directory (the tests' working directory). */
  private static final Path SPI_SOURCES = Path.of("..", "emulation-scoring-spi", "src", "main",
      "java");

  private static JavaClasses core;
  private static JavaClasses spi;

  @BeforeAll
  static void importClasses() {
    ClassFileImporter importer =
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS);
    core = importer.importPackages("io.emulation.core");
    spi = importer.importPackagesOf(ScoringFormula.class);
  }

  @Test
  void spiReferencesOnlyTheJdkAndItself() {
    classes().should().onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "io.emulation.scoring.spi..")
        .because("plugin authors compile against the SPI alone")
        .check(spi);
  }

  @Test
  void domainPackagesDoNotKnowJackson() {
    noClasses().that().resideOutsideOfPackage("io.emulation.core.io..")
        .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..")
        .because("data formats are modules; the domain does not know JSON exists")
        .check(core);
  }

  @Test
  void coreDoesNotKnowTheCommandLine() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("picocli..")
        .because("the command line is a program of the examples; the library has no console")
        .check(core);
  }

  @Test
  void corePackagesHaveNoCycles() {
    slices().matching("io.emulation.core.(*)..").should().beFreeOfCycles().check(core);
  }

  @Test
  void coreNeverReferencesExamples() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("io.emulation.examples..")
        .check(core);
  }

  /**
   * Javadoc is not in class files, so this reads the SPI's sources: the comment right above each
   * public type's declaration (annotations between them allowed) must be a Javadoc comment.
   * Whether the comments are well formed is the doclint run's job ({@code mvn verify}).
   */
  @Test
  void everyPublicSpiTypeHasJavadoc() {
    classes().that().arePublic().and().areNotAnonymousClasses()
        .should(haveJavadocIn(SPI_SOURCES))
        .because("plugin authors read the SPI's contract in its Javadoc")
        .check(spi);
  }

  @Test
  void javadocCheckTellsJavadocFromOtherComments() {
    List<String> source = List.of("/** Documented. */", "@Api(status = STABLE)",
        "public final class Documented {", "  /* not Javadoc */", "  public enum Plain {}",
        "  // nor this", "  public interface Bare {}", "}");

    assertThat(hasJavadoc(source, "Documented")).isTrue();
    assertThat(hasJavadoc(source, "Plain")).isFalse();
    assertThat(hasJavadoc(source, "Bare")).isFalse();
    assertThat(hasJavadoc(source, "Missing")).isFalse();
  }

  private static ArchCondition<JavaClass> haveJavadocIn(Path sourceRoot) {
    return new ArchCondition<>("have a Javadoc comment in " + sourceRoot) {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        JavaClass outermost = type;
        while (outermost.getEnclosingClass().isPresent()) {
          outermost = outermost.getEnclosingClass().get();
        }
        Path file = sourceRoot.resolve(outermost.getName().replace('.', '/') + ".java");
        boolean documented = hasJavadoc(read(file), type.getSimpleName());
        events.add(new SimpleConditionEvent(type, documented, type.getName()
            + (documented ? " has" : " has no") + " Javadoc comment in " + file));
      }
    };
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file.toAbsolutePath(), e);
    }
  }

  /** Whether the declaration of {@code simpleName} follows a Javadoc comment. */
  private static boolean hasJavadoc(List<String> lines, String simpleName) {
    Pattern declaration = Pattern.compile(
        "^\\s*(?:[a-z-]+\\s+)*(?:class|interface|enum|record|@interface)\\s+"
            + Pattern.quote(simpleName) + "\\b");
    for (int line = 0; line < lines.size(); line++) {
      Matcher matcher = declaration.matcher(lines.get(line));
      if (matcher.find()) {
        int above = line - 1;
        while (above >= 0 && lines.get(above).strip().startsWith("@")) {
          above--;
        }
        if (above < 0 || !lines.get(above).strip().endsWith("*/")) {
          return false;
        }
        while (above >= 0 && !lines.get(above).contains("/*")) {
          above--;
        }
        return above >= 0 && lines.get(above).contains("/**");
      }
    }
    return false;
  }
}
