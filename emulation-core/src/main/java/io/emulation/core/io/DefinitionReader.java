package io.emulation.core.io;

import static java.util.Objects.requireNonNull;

import io.emulation.core.EmulationException;
import io.emulation.core.InvalidDefinitionException;
import io.emulation.core.Problem;
import io.emulation.core.award.AwardEvaluator;
import io.emulation.core.award.AwardRuleSet;
import io.emulation.core.award.ConditionRegistry;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.evaluation.CampaignEvaluator;
import io.emulation.core.org.Individual;
import io.emulation.core.org.Organisation;
import io.emulation.core.scoring.FormulaRegistry;
import io.emulation.core.text.Message;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads campaign definitions and award rules from YAML or JSON (the same model; {@code .json}
 * files are JSON, everything else YAML), strictly: every problem of a document is reported at
 * once — unknown or misspelt properties (with a "did you mean"), wrong types, unknown formula
 * ids and condition types, duplicate ids, dangling references, award dependency cycles,
 * weights, quotas, thresholds out of order — each at {@code file:line:column} with its JSON path.
 * Documents are bounded by {@link ReadLimits}; nothing from the input names a Java class.
 *
 * <pre>{@code
 * Definition definition = DefinitionReader.standard().read(Path.of("campaign.yaml"));
 * }</pre>
 *
 * @since 0.1
 */
public final class DefinitionReader {
  /** The preset rule packs shipped as resources, by name. */
  static final List<String> PRESETS = List.of("law-2022", "army");

  private final FormulaRegistry formulas;
  private final ConditionRegistry conditions;
  private final ReadLimits limits;
  private final Function<Path, List<Individual>> individualsFiles;

  private DefinitionReader(FormulaRegistry formulas, ConditionRegistry conditions,
      ReadLimits limits, Function<Path, List<Individual>> individualsFiles) {
    this.formulas = formulas;
    this.conditions = conditions;
    this.limits = limits;
    this.individualsFiles = individualsFiles;
  }

  /**
   * A reader checking formulas and condition types discovered on the class path, reading an
   * {@code organisation.individualsFile} as CSV with {@link CsvData#standard()}.
   */
  public static DefinitionReader standard() {
    return of(FormulaRegistry.load(), ConditionRegistry.load());
  }

  /** A reader checking formulas and condition types against the given registries. */
  public static DefinitionReader of(FormulaRegistry formulas, ConditionRegistry conditions) {
    return new DefinitionReader(requireNonNull(formulas, "formulas"),
        requireNonNull(conditions, "conditions"), ReadLimits.defaults(),
        CsvData.standard()::readIndividuals);
  }

  /** A copy checking formula ids and parameters against {@code registry}. */
  public DefinitionReader withFormulas(FormulaRegistry registry) {
    return new DefinitionReader(requireNonNull(registry), conditions, limits, individualsFiles);
  }

  /** A copy resolving custom condition types in {@code registry}. */
  public DefinitionReader withConditions(ConditionRegistry registry) {
    return new DefinitionReader(formulas, requireNonNull(registry), limits, individualsFiles);
  }

  /** A copy with other read limits (for the definition and its individuals file). */
  public DefinitionReader withLimits(ReadLimits newLimits) {
    return new DefinitionReader(formulas, conditions, requireNonNull(newLimits),
        CsvData.withLimits(newLimits)::readIndividuals);
  }

  /**
   * A copy reading {@code organisation.individualsFile} with {@code reader}, given the file's
   * path resolved against the definition's folder.
   */
  public DefinitionReader withIndividualsFiles(Function<Path, List<Individual>> reader) {
    return new DefinitionReader(formulas, conditions, limits, requireNonNull(reader));
  }

  /**
   * Reads a definition file (UTF-8).
   *
   * @throws InvalidDefinitionException listing every problem, each at file:line:column
   */
  public Definition read(Path file) {
    String name = file.toString();
    // a UTF-8 character takes at most 3 bytes per Java char: more bytes are surely too many
    // characters, and reading stops there rather than filling memory with a huge file
    long maxBytes = 3L * limits.maxDocumentChars();
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
    } catch (IOException e) {
      throw new InvalidDefinitionException(what(name),
          List.of(Problem.at(name, Message.of("io.file.cannotRead", e.toString()))));
    }
    if (bytes.length > maxBytes) {
      throw new InvalidDefinitionException(what(name), List.of(Problem.at(name,
          Message.of("io.file.tooManyBytes", maxBytes, limits.maxDocumentChars()))));
    }
    return read(decode(bytes, name), name, Optional.ofNullable(file.toAbsolutePath()
        .getParent()));
  }

  /**
   * Reads a definition from text; {@code fileName} names it in problems and decides the format.
   *
   * @throws InvalidDefinitionException listing every problem, each at file:line:column
   */
  public Definition read(String text, String fileName) {
    return read(text, fileName, Optional.empty());
  }

  /**
   * A preset rule pack shipped with the library: {@code law-2022} or {@code army}.
   *
   * @throws IllegalArgumentException for an unknown name
   */
  public AwardRuleSet preset(String name) {
    if (!PRESETS.contains(name)) {
      throw new IllegalArgumentException("unknown preset '" + name + "'; presets are " + PRESETS);
    }
    String resource = "presets/" + name + ".yaml";
    try (InputStream in = DefinitionReader.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new EmulationException("preset resource " + resource + " is missing from the jar");
      }
      return read(decode(in.readAllBytes(), resource), resource, Optional.empty()).awards()
          .orElseThrow(() -> new EmulationException("preset " + resource + " has no awards"));
    } catch (IOException e) {
      throw new EmulationException("cannot read preset " + resource + ": " + e, e);
    }
  }

  private Definition read(String text, String fileName, Optional<Path> folder) {
    ProblemList problems = new ProblemList();
    DocNode root = DocumentParser.parse(text, fileName, limits, problems);
    Mapping mapping = new Mapping(fileName, problems);
    Optional<Definition> definition =
        Fields.of(root, Message.of("io.what.definitionDocument"), mapping)
            .flatMap(fields -> definition(fields, mapping, folder));
    if (!problems.isEmpty() || definition.isEmpty()) {
      if (problems.isEmpty()) {
        problems.add(Problem.at(Mapping.where(root), Message.of("io.definition.empty")));
      }
      throw new InvalidDefinitionException(what(fileName), problems.report(fileName));
    }
    return definition.get();
  }

  private Optional<Definition> definition(Fields root, Mapping mapping, Optional<Path> folder) {
    Optional<Integer> version = root.requiredInteger("formatVersion");
    if (version.isPresent() && version.get() != Definition.FORMAT_VERSION) {
      mapping.problem(root.get("formatVersion").orElseThrow(), version.get()
          > Definition.FORMAT_VERSION
          ? Message.of("io.definition.newerVersion", version.get(), Definition.FORMAT_VERSION)
          : Message.of("io.definition.olderVersion", version.get(), Definition.FORMAT_VERSION));
      return Optional.empty();
    }
    boolean hasCampaign = root.has("campaign");
    Optional<Organisation> organisation = hasCampaign
        ? root.get("organisation").flatMap(node -> Fields.of(node, Fields.property("organisation"), mapping))
            .flatMap(org -> OrganisationSection.read(org, file -> individuals(file, folder)))
        : Optional.empty();
    Optional<Campaign> campaign = hasCampaign
        ? CampaignSection.read(root, organisation, CampaignEvaluator.of(formulas)::check)
        : Optional.empty();
    Optional<AwardRuleSet> awards = root.object("awards").flatMap(section ->
        new AwardSection(mapping, new ConditionFormat(mapping, conditions)).read(section,
            name -> PRESETS.contains(name) ? Optional.of(preset(name)) : Optional.empty()));
    root.finish();
    if (!hasCampaign && !root.has("awards")) {
      mapping.problem(root.node(), Message.of("io.definition.nothing"));
    }
    if (campaign.isPresent() && awards.isPresent()) {
      mapping.domainProblems(AwardEvaluator.of(awards.get()).problems(campaign.get()),
          root.node());
    }
    if (hasCampaign && campaign.isEmpty() || root.has("awards") && awards.isEmpty()
        || !hasCampaign && !root.has("awards")) {
      return Optional.empty();
    }
    return Optional.of(new Definition(campaign, awards));
  }

  private List<Individual> individuals(String file, Optional<Path> folder) {
    return individualsFiles.apply(folder.map(f -> f.resolve(file)).orElse(Path.of(file)));
  }

  /** {@code definition <file>}, for exception messages. */
  static Message what(String file) {
    return Message.of("io.what.definition", file);
  }

  /** UTF-8 text without its byte order mark; invalid bytes are reported at line:column. */
  private static String decode(byte[] bytes, String name) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int bad = in.position();
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      int column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8)
          .length() + 1;
      throw new InvalidDefinitionException(what(name), List.of(Problem.at(
          name + ":" + line + ":" + column, Message.of("io.file.notUtf8",
              String.format(Locale.ROOT, "%02X", bytes[bad] & 0xFF)))));
    }
    String text = out.flip().toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
