package io.emulation.core.award;

import static java.util.Comparator.comparing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.emulation.core.EmulationException;
import io.emulation.core.InvalidDefinitionException;
import io.emulation.core.Problem;
import io.emulation.core.plugin.LoadFailure;
import io.emulation.core.plugin.LoadReport;
import io.emulation.core.plugin.PluginInfo;
import io.emulation.core.plugin.PluginLoadException;
import io.emulation.core.text.Languages;
import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.ParameterProblem;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Registering custom condition types and creating conditions from parameters. */
class ConditionRegistryTest {

  /** A type with any id, for the builder's checks. */
  private static final class NamedType implements ConditionType {
    private final String id;

    NamedType(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public Condition create(FormulaParameters parameters) {
      return Conditions.registered();
    }
  }

  private static ConditionRegistry acme() {
    return ConditionRegistry.builder().add(new TestConditionTypeProvider.MinScoreType())
        .add(new TestConditionTypeProvider.AlwaysType()).build();
  }

  @Test
  void builderKeepsTypesByIdInSortedOrder() {
    ConditionRegistry registry = ConditionRegistry.builder().add(new NamedType("acme:zeta"))
        .add(new NamedType("acme:alpha")).build();

    assertThat(registry.ids()).containsExactly("acme:alpha", "acme:zeta");
    assertThat(registry.find("acme:zeta")).isPresent();
    assertThat(registry.find("acme:missing")).isEmpty();
  }

  @Test
  void malformedIdIsRejectedNamingTheClass() {
    assertThatThrownBy(() -> ConditionRegistry.builder().add(new NamedType("NoNamespace")))
        .isInstanceOf(EmulationException.class)
        .hasMessageStartingWith("condition type " + NamedType.class.getName())
        .hasMessageEndingWith("has id 'NoNamespace', which is not of the form namespace:name");
  }

  @Test
  void nullIdIsRejected() {
    assertThatThrownBy(() -> ConditionRegistry.builder().add(new NamedType(null)))
        .isInstanceOf(EmulationException.class)
        .hasMessageEndingWith("has id 'null', which is not of the form namespace:name");
  }

  @Test
  void duplicateIdIsRejectedNamingBothClasses() {
    ConditionRegistry.Builder builder = ConditionRegistry.builder()
        .add(new TestConditionTypeProvider.AlwaysType());

    assertThatThrownBy(() -> builder.add(new NamedType("acme:always")))
        .isInstanceOf(EmulationException.class)
        .hasMessageStartingWith("two condition types have the id 'acme:always': "
            + TestConditionTypeProvider.AlwaysType.class.getName())
        .hasMessageContaining(" and " + NamedType.class.getName());
  }

  @Test
  void createMakesTheConditionFromValidParameters() {
    FormulaParameters parameters = FormulaParameters.of(Map.of("min", 80));
    Condition condition = acme().create("acme:min-score", parameters);

    assertThat(condition).isEqualTo(new Conditions.Custom("acme:min-score", parameters,
        Conditions.minScore(BigDecimal.valueOf(80))));
    assertThat(((Conditions.Custom) condition).condition())
        .isEqualTo(Conditions.minScore(BigDecimal.valueOf(80)));
  }

  @Test
  void createOfAnUnknownTypeNamesTheKnownOnes() {
    InvalidDefinitionException failure = catchThrowableOfType(InvalidDefinitionException.class,
        () -> acme().create("acme:nope", FormulaParameters.empty()));

    assertThat(failure.problems())
        .usingElementComparator(comparing(Problem::toString))
        .containsExactly(Problem.at("conditions/acme:nope",
            "unknown condition type 'acme:nope'; known types: [acme:always, acme:min-score]"));
  }

  @Test
  void createReportsEveryParameterProblem() {
    InvalidDefinitionException failure = catchThrowableOfType(InvalidDefinitionException.class,
        () -> acme().create("acme:min-score",
            FormulaParameters.of(Map.of("min", -1, "mni", 3, "extra", true))));

    assertThat(failure.problems())
        .usingElementComparator(comparing(Problem::toString))
        .containsExactly(
            Problem.at("conditions/acme:min-score/extra", "is not a parameter"),
            Problem.at("conditions/acme:min-score/min", "must be >= 0"),
            Problem.at("conditions/acme:min-score/mni", "is not a parameter"));
    assertThat(failure).hasMessageStartingWith("condition 'acme:min-score' has 3 problems:");
  }

  @Test
  void parameterProblemToldInSeveralLanguagesIsCarriedInTheReadersLanguage() {
    ConditionType bilingual = new ConditionType() {
      @Override
      public String id() {
        return "acme:bilingual";
      }

      @Override
      public Condition create(FormulaParameters parameters) {
        return Conditions.registered();
      }

      @Override
      public List<ParameterProblem> validate(FormulaParameters parameters) {
        return List.of(ParameterProblem.of("min", locale ->
            Languages.isVietnamese(locale) ? "bắt buộc phải có" : "is required"));
      }
    };
    InvalidDefinitionException failure = catchThrowableOfType(InvalidDefinitionException.class,
        () -> ConditionRegistry.builder().add(bilingual).build()
            .create("acme:bilingual", FormulaParameters.empty()));

    assertThat(failure.problems()).extracting(p -> p.describe(Languages.VIETNAMESE))
        .containsExactly("conditions/acme:bilingual/min: bắt buộc phải có");
    assertThat(failure.problems()).extracting(p -> p.describe(Languages.ENGLISH))
        .containsExactly("conditions/acme:bilingual/min: is required");
  }

  @Test
  void aTypeWithoutValidationAcceptsAnyParameters() {
    Condition condition = acme().create("acme:always", FormulaParameters.of(Map.of("anything", 1)));
    assertThat(((Conditions.Custom) condition).condition())
        .isEqualTo(new TestConditionTypeProvider.AlwaysType().create(FormulaParameters.empty()));
  }

  @Test
  void descriptionDefaultsToTheId() {
    assertThat(new TestConditionTypeProvider.AlwaysType().description()).isEqualTo("acme:always");
  }

  @Test
  void loadWithAClassLoaderDiscoversAPluginsProvider() {
    ClassLoader plugins = new PluginClassLoader(TestConditionTypeProvider.class.getName(),
        List.of());

    ConditionRegistry registry = ConditionRegistry.load(plugins);

    assertThat(registry.ids()).containsExactly("acme:always", "acme:min-score");
    assertThat(registry.create("acme:min-score", FormulaParameters.of(Map.of("min", 5))))
        .isEqualTo(new Conditions.Custom("acme:min-score", FormulaParameters.of(Map.of("min", 5)),
            Conditions.minScore(BigDecimal.valueOf(5))));
  }

  @Test
  void loadNamesAProviderThatFails(@TempDir Path dir) throws IOException {
    Path services = Files.writeString(dir.resolve("services"),
        ExplodingConditionTypeProvider.class.getName() + "\n");
    ClassLoader plugins = new PluginClassLoader(ExplodingConditionTypeProvider.class.getName(),
        List.of(services.toUri().toURL()));

    assertThatThrownBy(() -> ConditionRegistry.load(plugins))
        .isInstanceOf(PluginLoadException.class)
        .hasMessageStartingWith("discovery of condition types has 1 problem:")
        .hasMessageContaining("condition type provider "
            + ExplodingConditionTypeProvider.class.getName())
        .hasMessageContaining("failed to load: java.lang.IllegalStateException: boom");
  }

  @Test
  void discoverReportsAFailingProviderAsDataAndKeepsTheOthers(@TempDir Path dir)
      throws IOException {
    Path services = Files.writeString(dir.resolve("services"),
        ExplodingConditionTypeProvider.class.getName() + "\n");
    ClassLoader plugins = new PluginClassLoader(ExplodingConditionTypeProvider.class.getName(),
        List.of(services.toUri().toURL()));

    LoadReport<ConditionRegistry> report = ConditionRegistry.discover(plugins);

    assertThat(report.registry().ids()).isEmpty();
    assertThat(report.failures()).singleElement()
        .satisfies(f -> assertThat(f.kind()).isEqualTo(LoadFailure.Kind.PROVIDER_FAILED));
  }

  @Test
  void listingShowsEachTypeWithoutAnSpiVersion() {
    assertThat(acme().listing()).extracting(PluginInfo::toString)
        .allSatisfy(line -> assertThat(line).contains("  SPI -  "));
  }

  @Test
  void typeInTheReservedNamespaceIsRejected() {
    assertThatThrownBy(() -> ConditionRegistry.builder().add(new NamedType("emulation:course")))
        .isInstanceOf(EmulationException.class)
        .hasMessageContaining("condition type 'emulation:course'")
        .hasMessageContaining("reserved for the condition types built into Emulation");
  }

  @Test
  void discoveryWithoutProvidersIsCleanAndEmpty() {
    LoadReport<ConditionRegistry> report =
        ConditionRegistry.discover(ConditionRegistryTest.class.getClassLoader());
    assertThat(report.isClean()).isTrue();
    assertThat(report.registry().ids()).isEmpty();
  }
}
