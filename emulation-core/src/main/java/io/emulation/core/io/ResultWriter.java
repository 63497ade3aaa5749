package io.emulation.core.io;

import static com.google.common.base.Preconditions.checkArgument;
import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.emulation.core.award.AwardResult;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.criteria.Criterion;
import io.emulation.core.evaluation.EvaluationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes an {@link EvaluationResult}, with the {@link AwardResult} decided on it when there is
 * one, as JSON or as a CSV table. Output is deterministic: the same results give byte-identical
 * text, UTF-8 when written to a file, lines ended by {@code \n}.
 *
 * <p><b>JSON</b>: an object with {@code campaign}, {@code period}, {@code participants}
 * (individuals then collectives, each best first) and {@code awardSummary} ({@code perAward},
 * {@code perUnit}, {@code individualsCommended}, {@code collectivesCommended}, {@code
 * totalGrants}; {@code null} without awards). Each participant has {@code id, name, kind, unit,
 * lines, adjustments, criteriaTotal, bonus, penalty, total, vetoFailures, grade {code, name,
 * reasons}, placement, unitPlacement {rank, position, of, tiedWith, explanation}, awards,
 * decisions}; each line {@code criterion, name, status, formula, value, target, baseline, points,
 * verdict, weight, contribution, detail}; each decision {@code award, granted, reasons,
 * excludedBy}. Numbers are JSON numbers written from their {@code BigDecimal} in plain notation,
 * without loss; absent values are {@code null}; kinds, statuses and verdicts are kebab-case
 * ({@code missing-as-zero}). Explanations ({@code detail}, {@code reason}, {@code reasons},
 * {@code explanation}) are in the language the {@code Locale} overloads ask for, English
 * without one; names, ids and codes are kept as written.
 *
 * <p><b>CSV</b>: a header, then one row per participant in the same order: {@code id, name, kind,
 * unit}, a {@code points:<criterionId>} column per criterion (empty where the criterion does not
 * apply), {@code bonus, penalty, total, grade, rank, unitRank, awards} (award ids joined by
 * {@code ;}, in decision order). {@code unit} is the unit a participant is ranked in. The table
 * holds ids, names, codes and numbers only, so it is the same in every language.
 *
 * <p>Immutable and safe to share between threads.
 *
 * @since 0.1
 */
public final class ResultWriter {
  private static final ResultWriter STANDARD = new ResultWriter(ImmutableList.of());

  private final ImmutableList<String> criterionOrder;

  private ResultWriter(ImmutableList<String> criterionOrder) {
    this.criterionOrder = criterionOrder;
  }

  /**
   * A writer whose CSV points columns follow the order of the scorecards' lines. That is the
   * campaign's order, except that a criterion applying only to collectives comes after those of
   * individuals; use {@link #forCampaign} for the campaign's exact order.
   */
  public static ResultWriter standard() {
    return STANDARD;
  }

  /** A writer whose CSV points columns follow the campaign's criterion order exactly. */
  public static ResultWriter forCampaign(Campaign campaign) {
    return new ResultWriter(campaign.criteria().stream().map(Criterion::id)
        .collect(ImmutableList.toImmutableList()));
  }

  /** Writes the evaluation as JSON, without awards, explanations in English. */
  public void writeJson(EvaluationResult result, Writer out) {
    writeJson(result, out, Locale.ENGLISH);
  }

  /** Writes the evaluation as JSON, without awards, explanations in the locale's language. */
  public void writeJson(EvaluationResult result, Writer out, Locale locale) {
    json(requireNonNull(result, "result"), null, requireNonNull(out, "out"),
        requireNonNull(locale, "locale"));
  }

  /**
   * Writes the evaluation and its awards as JSON, explanations in English.
   *
   * @throws IllegalArgumentException when the awards are of another campaign or period
   */
  public void writeJson(EvaluationResult result, AwardResult awards, Writer out) {
    writeJson(result, awards, out, Locale.ENGLISH);
  }

  /**
   * Writes the evaluation and its awards as JSON, explanations in the locale's language ({@code
   * Languages.VIETNAMESE}, {@code Locale.ENGLISH}).
   *
   * @throws IllegalArgumentException when the awards are of another campaign or period
   */
  public void writeJson(EvaluationResult result, AwardResult awards, Writer out, Locale locale) {
    json(result, checked(result, awards), requireNonNull(out, "out"),
        requireNonNull(locale, "locale"));
  }

  /** Writes the evaluation as a UTF-8 JSON file, without awards, explanations in English. */
  public void writeJson(EvaluationResult result, Path file) {
    writeJson(result, file, Locale.ENGLISH);
  }

  /**
   * Writes the evaluation as a UTF-8 JSON file, without awards, explanations in the locale's
   * language.
   */
  public void writeJson(EvaluationResult result, Path file, Locale locale) {
    requireNonNull(result, "result");
    requireNonNull(locale, "locale");
    toFile(file, out -> json(result, null, out, locale));
  }

  /** Writes the evaluation and its awards as a UTF-8 JSON file, explanations in English. */
  public void writeJson(EvaluationResult result, AwardResult awards, Path file) {
    writeJson(result, awards, file, Locale.ENGLISH);
  }

  /**
   * Writes the evaluation and its awards as a UTF-8 JSON file, explanations in the locale's
   * language.
   */
  public void writeJson(EvaluationResult result, AwardResult awards, Path file, Locale locale) {
    AwardResult checked = checked(result, awards);
    requireNonNull(locale, "locale");
    toFile(file, out -> json(result, checked, out, locale));
  }

  /** Writes the evaluation as a CSV table, with an empty awards column. */
  public void writeCsv(EvaluationResult result, Writer out) {
    csv(requireNonNull(result, "result"), null, requireNonNull(out, "out"));
  }

  /**
   * Writes the evaluation and its awards as a CSV table.
   *
   * @throws IllegalArgumentException when the awards are of another campaign or period
   */
  public void writeCsv(EvaluationResult result, AwardResult awards, Writer out) {
    csv(result, checked(result, awards), requireNonNull(out, "out"));
  }

  /** Writes the evaluation as a UTF-8 CSV file, with an empty awards column. */
  public void writeCsv(EvaluationResult result, Path file) {
    requireNonNull(result, "result");
    toFile(file, out -> csv(result, null, out));
  }

  /** Writes the evaluation and its awards as a UTF-8 CSV file. */
  public void writeCsv(EvaluationResult result, AwardResult awards, Path file) {
    AwardResult checked = checked(result, awards);
    toFile(file, out -> csv(result, checked, out));
  }

  private static void json(EvaluationResult result, AwardResult awards, Writer out,
      Locale locale) {
    try {
      ResultJson.write(result, awards, out, locale);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the JSON result of campaign '"
          + result.campaignId() + "'", e);
    }
  }

  private void csv(EvaluationResult result, AwardResult awards, Writer out) {
    try {
      ResultCsv.write(result, awards, columns(result), out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the CSV result of campaign '"
          + result.campaignId() + "'", e);
    }
  }

  /** The campaign's criteria that some scorecard has, then the rest in scorecard order. */
  private List<String> columns(EvaluationResult result) {
    List<String> present = ResultCsv.criteriaOf(result);
    List<String> columns = new ArrayList<>();
    criterionOrder.stream().filter(present::contains).forEach(columns::add);
    present.stream().filter(id -> !columns.contains(id)).forEach(columns::add);
    return columns;
  }

  private static AwardResult checked(EvaluationResult result, AwardResult awards) {
    requireNonNull(result, "result");
    requireNonNull(awards, "awards");
    checkArgument(awards.campaignId().equals(result.campaignId())
        && awards.period().equals(result.period()),
        "awards of campaign '%s' for %s do not belong to the evaluation of campaign '%s' for %s",
        awards.campaignId(), awards.period(), result.campaignId(), result.period());
    return awards;
  }

  private static void toFile(Path file, WriteAction action) {
    requireNonNull(file, "file");
    try (Writer out = Files.newBufferedWriter(file, UTF_8)) {
      action.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  @FunctionalInterface
  private interface WriteAction {
    void write(Writer out);
  }
}
