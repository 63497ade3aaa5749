package io.emulation.examples;

import io.emulation.core.award.AwardEvaluator;
import io.emulation.core.award.AwardInputs;
import io.emulation.core.award.AwardResult;
import io.emulation.core.award.Registrations;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.criteria.Criterion;
import io.emulation.core.criteria.Measurement;
import io.emulation.core.evaluation.CampaignEvaluator;
import io.emulation.core.evaluation.EvaluationData;
import io.emulation.core.evaluation.EvaluationResult;
import io.emulation.core.io.JsonFileResultStore;
import io.emulation.core.lifecycle.ResultDiff;
import io.emulation.core.lifecycle.ResultSnapshot;
import io.emulation.core.lifecycle.ResultStore;
import io.emulation.core.lifecycle.Revision;
import io.emulation.core.org.Individual;
import io.emulation.core.org.OrgUnit;
import io.emulation.core.org.Organisation;
import io.emulation.core.period.Period;
import io.emulation.core.preset.Presets;
import io.emulation.core.scoring.FormulaRegistry;
import io.emulation.scoring.spi.FormulaParameters;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The shortest whole use of the library: build a campaign in code, evaluate a quarter, decide
 * the 2022 law's titles and print who got what; given a folder, also keep the result there
 * between runs, as a host would, publishing a new revision only when the result changed.
 *
 * @since 0.1
 */
public final class EmbeddingExample {
  private EmbeddingExample() {}

  /**
   * Evaluates and prints every award granted, one line per recipient; with a folder as the only
   * argument, also {@linkplain #publish publishes} the result there.
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Period q2 = Period.quarter(2021, 2);
    LocalDate hired = LocalDate.of(2018, 3, 1);
    Organisation factory = Organisation.builder().unit(OrgUnit.root("z", "Nhà máy Z"))
        .individual(Individual.of("e1", "Nguyễn Văn An", "z").withHireDate(hired))
        .individual(Individual.of("e2", "Trần Thị Bình", "z").withHireDate(hired))
        .individual(Individual.of("e3", "Lê Văn Cường", "z").withHireDate(hired)).build();
    Campaign campaign = Campaign.builder("q2-2021", "Thi đua quyết thắng quý 2").period(q2)
        .organisation(factory)
        .criteria(Criterion.builder("output", "Giá trị sản xuất so với kế hoạch")
            .formula("emulation:linear", FormulaParameters.builder().put("maxPoints", 100).build())
            .target(new BigDecimal("100")).build())
        .build();
    EvaluationData data = EvaluationData.builder()
        .add(Measurement.of("e1", "output", q2, new BigDecimal("97")),
            Measurement.of("e2", "output", q2, new BigDecimal("82")),
            Measurement.of("e3", "output", q2, new BigDecimal("64")))
        .build();
    EvaluationResult result =
        CampaignEvaluator.of(FormulaRegistry.load()).evaluate(campaign, data, q2);
    AwardResult awards = AwardEvaluator.of(Presets.law2022())
        .evaluate(campaign, result, AwardInputs.none().withRegistrations(Registrations.everyone()));
    awards.decisions().stream().filter(d -> d.granted()).forEach(d -> out.println(
        d.awardId() + ": " + factory.participant(d.participantId()).orElseThrow().name()));
    out.println(awards.summary().describe());
    if (args.length > 0) {
      out.println(publish(JsonFileResultStore.at(Path.of(args[0])),
          ResultSnapshot.of(result, awards), Instant.now()));
    }
  }

  /**
   * Publishes the snapshot as the next revision of its campaign and period unless the latest
   * one already has it, and says which happened.
   */
  public static String publish(ResultStore store, ResultSnapshot snapshot, Instant now) {
    Optional<Revision> latest = store.latest(snapshot.campaignId(), snapshot.period());
    if (latest.isPresent() && ResultDiff.between(latest.get().snapshot(), snapshot).isEmpty()) {
      return "revision " + latest.get().number() + " already has this result";
    }
    Revision revision = store.publish(snapshot, latest.map(Revision::number).orElse(0),
        "embedding-example", "quarter evaluated", now);
    return "published revision " + revision.number()
        + (revision.diff().isEmpty() ? "" : ":\n" + revision.diff().describe());
  }
}
