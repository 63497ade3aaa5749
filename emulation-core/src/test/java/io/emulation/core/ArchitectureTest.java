package io.emulation.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.emulation.scoring.spi.ScoringFormula;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module boundaries the project promises its users, checked on the compiled classes. */
class ArchitectureTest {
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
  void corePackagesHaveNoCycles() {
    slices().matching("io.emulation.core.(*)..").should().beFreeOfCycles().check(core);
  }

  @Test
  void coreNeverReferencesExamples() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("io.emulation.examples..")
        .check(core);
  }
}
