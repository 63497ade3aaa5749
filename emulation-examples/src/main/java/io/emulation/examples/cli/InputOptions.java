package io.emulation.examples.cli;

import io.emulation.core.award.ConditionRegistry;
import io.emulation.core.period.Period;
import io.emulation.core.scoring.FormulaRegistry;
import io.emulation.core.text.Languages;
import io.emulation.core.text.TextCatalog;
import io.emulation.examples.CampaignFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The definition and data files a command reads (docs/data-files.md describes the layouts). */
final class InputOptions {
  @Parameters(index = "0", paramLabel = "DEFINITION",
      description = "Campaign definition, YAML or JSON (.json), with award rules or without.")
  Path definition;

  @Option(names = "--measurements", paramLabel = "CSV",
      description = "Measurements (participant, criterion, period, value, target, source); may "
          + "be given more than once.")
  List<Path> measurements = new ArrayList<>();

  @Option(names = "--adjustments", paramLabel = "CSV",
      description = "Bonus and penalty points (participant, period, kind, points, reason); may "
          + "be given more than once.")
  List<Path> adjustments = new ArrayList<>();

  @Option(names = "--registrations", paramLabel = "CSV",
      description = "Who registered for which award (participant, award). Without it nobody "
          + "counts as registered.")
  Path registrations;

  @Option(names = "--history", paramLabel = "CSV",
      description = "Awards granted in earlier periods (participant, award, period, kind).")
  Path history;

  @Option(names = "--initiatives", paramLabel = "CSV",
      description = "Recognised initiatives (participant, title, reach, period).")
  Path initiatives;

  @Option(names = "--period", paramLabel = "PERIOD", converter = PeriodConverter.class,
      description = "Period to evaluate: 2021, 2021-H1, 2021-Q2, 2021-05 or "
          + "2021-03-01..2021-05-31. Default: the campaign's own period.")
  Period period;

  @Option(names = "--plugin-path", paramLabel = "PATH", split = "${sys:path.separator}",
      description = "Jars or folders of jars with more formulas and condition types; may be "
          + "given more than once.")
  List<Path> pluginPath = new ArrayList<>();

  @Option(names = "--lang", paramLabel = "LANG", converter = LanguageConverter.class,
      defaultValue = "en",
      description = "Language of what is printed, of the report and of the reasons: en "
          + "(English, the default) or vi (Vietnamese). Names stay as written.")
  Locale language = Languages.ENGLISH;

  /** The words of the chosen language. */
  TextCatalog.Localized text() {
    return CliText.CATALOG.in(language);
  }

  /** Whether any data file was given. */
  boolean hasData() {
    return !measurements.isEmpty() || !adjustments.isEmpty() || registrations != null
        || history != null || initiatives != null;
  }

  /** How many files {@link #files} reads, for the progress bar. */
  int fileCount() {
    return 1 + measurements.size() + adjustments.size() + (registrations != null ? 1 : 0)
        + (history != null ? 1 : 0) + (initiatives != null ? 1 : 0);
  }

  /** The files, read with the given registries. */
  CampaignFiles files(FormulaRegistry formulas, ConditionRegistry conditions) {
    CampaignFiles files = CampaignFiles.of(definition).withRegistries(formulas, conditions)
        .withMeasurements(measurements.toArray(Path[]::new))
        .withAdjustments(adjustments.toArray(Path[]::new));
    files = Optional.ofNullable(registrations).map(files::withRegistrations).orElse(files);
    files = Optional.ofNullable(history).map(files::withHistory).orElse(files);
    files = Optional.ofNullable(initiatives).map(files::withInitiatives).orElse(files);
    return Optional.ofNullable(period).map(files::withPeriod).orElse(files);
  }
}
