package io.emulation.examples;

import static java.util.Objects.requireNonNull;

import io.emulation.core.EmulationException;
import io.emulation.core.award.AwardEvaluator;
import io.emulation.core.award.AwardInputs;
import io.emulation.core.award.AwardResult;
import io.emulation.core.award.ConditionRegistry;
import io.emulation.core.award.Initiative;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.evaluation.CampaignEvaluator;
import io.emulation.core.evaluation.EvaluationData;
import io.emulation.core.evaluation.EvaluationResult;
import io.emulation.core.io.CsvData;
import io.emulation.core.io.Definition;
import io.emulation.core.io.DefinitionReader;
import io.emulation.core.period.Period;
import io.emulation.core.scoring.FormulaRegistry;
import io.emulation.core.text.Languages;
import io.emulation.core.text.TextCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A campaign's files, as the command-line tool and the seed example take them: a definition
 * (YAML or JSON, with award rules or without) and the CSV data files of {@code
 * docs/data-files.md}. {@link #run} reads them all, evaluates the period and, when the
 * definition has award rules, decides the awards.
 *
 * <pre>{@code
 * CampaignRun run = CampaignFiles.of(Path.of("campaign.yaml"))
 *     .withMeasurements(Path.of("measurements.csv"))
 *     .withRegistrations(Path.of("registrations.csv"))
 *     .run(step -> {});
 * }</pre>
 *
 * @param definition the definition file
 * @param measurements measurement files, read in order
 * @param adjustments bonus and penalty files, read in order
 * @param registrations the registrations file, if any; without one nobody counts as registered
 * @param history the award history file, if any
 * @param initiatives the initiatives file, if any
 * @param period the period to evaluate; the campaign's own when empty
 * @param formulas the formulas definitions may use
 * @param conditions the custom condition types award rules may use
 * @since 0.1
 */
public record CampaignFiles(Path definition, List<Path> measurements, List<Path> adjustments,
    Optional<Path> registrations, Optional<Path> history, Optional<Path> initiatives,
    Optional<Period> period, FormulaRegistry formulas, ConditionRegistry conditions) {
  /** The steps' and problems' words, {@code files.properties} and {@code files_vi.properties}. */
  private static final TextCatalog TEXT =
      TextCatalog.load(CampaignFiles.class::getResourceAsStream, "files");

  /** Checks the parts and copies the lists. */
  public CampaignFiles {
    requireNonNull(definition, "definition");
    measurements = List.copyOf(measurements);
    adjustments = List.copyOf(adjustments);
    requireNonNull(registrations, "registrations");
    requireNonNull(history, "history");
    requireNonNull(initiatives, "initiatives");
    requireNonNull(period, "period");
    requireNonNull(formulas, "formulas");
    requireNonNull(conditions, "conditions");
  }

  /** A definition without data, with the formulas and condition types on the class path. */
  public static CampaignFiles of(Path definition) {
    return new CampaignFiles(definition, List.of(), List.of(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), FormulaRegistry.load(),
        ConditionRegistry.load());
  }

  /** A copy with more measurement files. */
  public CampaignFiles withMeasurements(Path... files) {
    List<Path> all = new ArrayList<>(measurements);
    all.addAll(List.of(files));
    return new CampaignFiles(definition, all, adjustments, registrations, history, initiatives,
        period, formulas, conditions);
  }

  /** A copy with more adjustment files. */
  public CampaignFiles withAdjustments(Path... files) {
    List<Path> all = new ArrayList<>(adjustments);
    all.addAll(List.of(files));
    return new CampaignFiles(definition, measurements, all, registrations, history, initiatives,
        period, formulas, conditions);
  }

  /** A copy with a registrations file. */
  public CampaignFiles withRegistrations(Path file) {
    return new CampaignFiles(definition, measurements, adjustments, Optional.of(file), history,
        initiatives, period, formulas, conditions);
  }

  /** A copy with an award history file. */
  public CampaignFiles withHistory(Path file) {
    return new CampaignFiles(definition, measurements, adjustments, registrations,
        Optional.of(file), initiatives, period, formulas, conditions);
  }

  /** A copy with an initiatives file. */
  public CampaignFiles withInitiatives(Path file) {
    return new CampaignFiles(definition, measurements, adjustments, registrations, history,
        Optional.of(file), period, formulas, conditions);
  }

  /** A copy evaluating {@code value} instead of the campaign's own period. */
  public CampaignFiles withPeriod(Period value) {
    return new CampaignFiles(definition, measurements, adjustments, registrations, history,
        initiatives, Optional.of(value), formulas, conditions);
  }

  /** A copy using other registries (plugins loaded by the caller). */
  public CampaignFiles withRegistries(FormulaRegistry newFormulas,
      ConditionRegistry newConditions) {
    return new CampaignFiles(definition, measurements, adjustments, registrations, history,
        initiatives, period, newFormulas, newConditions);
  }

  /**
   * Reads the definition alone.
   *
   * @throws io.emulation.core.InvalidDefinitionException listing every problem with its place
   */
  public Definition readDefinition() {
    return DefinitionReader.of(formulas, conditions).read(definition);
  }

  /**
   * Reads everything, evaluates and decides the awards, telling {@code step} what it starts, in
   * English.
   *
   * @throws io.emulation.core.EmulationException for any problem of the files or the data, each
   *     at its file:line:column
   */
  public CampaignRun run(Consumer<String> step) {
    return run(Languages.ENGLISH, step);
  }

  /**
   * Reads everything, evaluates and decides the awards, telling {@code step} what it starts in
   * the given language ({@code "reading campaign.yaml"}, {@code "đang đọc campaign.yaml"}).
   *
   * @throws io.emulation.core.EmulationException for any problem of the files or the data, each
   *     at its file:line:column
   * @since 0.2
   */
  public CampaignRun run(Locale locale, Consumer<String> step) {
    requireNonNull(locale, "locale");
    step.accept(TEXT.text(locale, "files.step.reading", definition.toString()));
    Definition read = readDefinition();
    Campaign campaign = read.campaign().orElseThrow(() -> new EmulationException(
        TEXT.text(locale, "files.error.noCampaign", definition.toString())));
    CsvData csv = CsvData.standard();
    EvaluationData.Builder data = EvaluationData.builder();
    for (Path file : measurements) {
      step.accept(TEXT.text(locale, "files.step.reading", file.toString()));
      data.addMeasurements(csv.readMeasurements(file));
    }
    for (Path file : adjustments) {
      step.accept(TEXT.text(locale, "files.step.reading", file.toString()));
      data.addAdjustments(csv.readAdjustments(file));
    }
    AwardInputs inputs = AwardInputs.none();
    if (registrations.isPresent()) {
      step.accept(TEXT.text(locale, "files.step.reading", registrations.get().toString()));
      inputs = inputs.withRegistrations(csv.readRegistrations(registrations.get()));
    }
    if (history.isPresent()) {
      step.accept(TEXT.text(locale, "files.step.reading", history.get().toString()));
      inputs = inputs.withHistory(csv.readHistory(history.get()));
    }
    if (initiatives.isPresent()) {
      step.accept(TEXT.text(locale, "files.step.reading", initiatives.get().toString()));
      List<Initiative> recognised = csv.readInitiatives(initiatives.get());
      inputs = inputs.withInitiatives(recognised);
    }
    Period evaluated = period.orElse(campaign.period());
    step.accept(TEXT.text(locale, "files.step.evaluating", evaluated.toString()));
    EvaluationResult result = CampaignEvaluator.of(formulas).evaluate(campaign, data.build(),
        evaluated);
    Optional<AwardResult> awards = Optional.empty();
    if (read.awards().isPresent()) {
      step.accept(TEXT.text(locale, "files.step.decidingAwards"));
      awards = Optional.of(AwardEvaluator.of(read.awards().get())
          .evaluate(campaign, result, inputs));
    }
    return new CampaignRun(definition, campaign, read.awards(), inputs,
        registrations.isPresent(), result, awards);
  }
}
