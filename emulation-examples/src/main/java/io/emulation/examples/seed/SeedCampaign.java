package io.emulation.examples.seed;

import io.emulation.core.award.AwardResult;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.org.Organisation;
import io.emulation.core.period.Period;
import io.emulation.examples.CampaignFiles;
import io.emulation.examples.CampaignRun;
import io.emulation.examples.report.AwardFunnel;
import io.emulation.examples.report.YearOverYear;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The flagship example: reads the seed campaign's files ({@code examples/seed-campaign}),
 * evaluates the first half of 2021 and decides the army pack's titles, then prints how the data
 * leads to the seed article's outcome: the factory's growth on 2020, and for every title how
 * many participants each of its conditions lets through, down to "19 collectives and 73
 * individuals commended". Nothing here knows those numbers; they come from the files.
 *
 * @since 0.1
 */
public final class SeedCampaign {
  /** The period the seed article reports on. */
  public static final Period H1_2021 = Period.half(2021, 1);

  private SeedCampaign() {}

  /** Evaluates the files in the folder given as the only argument, or in the repository's. */
  public static void main(String[] args) {
    Path folder = args.length > 0 ? Path.of(args[0]) : SeedCampaignGenerator.defaultFolder();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    CampaignRun run = run(folder);
    print(run, funnels(run), out);
  }

  /** The seed campaign's files in {@code folder}, ready to run for the first half of 2021. */
  public static CampaignFiles files(Path folder) {
    return CampaignFiles.of(folder.resolve("campaign.yaml"))
        .withMeasurements(folder.resolve("measurements.csv"))
        .withAdjustments(folder.resolve("adjustments.csv"))
        .withRegistrations(folder.resolve("registrations.csv"))
        .withInitiatives(folder.resolve("initiatives.csv"))
        .withPeriod(H1_2021);
  }

  /** Reads, evaluates and decides the awards of the seed campaign in {@code folder}. */
  public static CampaignRun run(Path folder) {
    return files(folder).run(step -> { });
  }

  /** The funnels of the run's award rules, in decision order. */
  public static List<AwardFunnel> funnels(CampaignRun run) {
    AwardResult awards = run.awards().orElseThrow();
    return AwardFunnel.of(run.campaign(), run.result(), run.rules().orElseThrow(), run.inputs(),
        awards);
  }

  /** Prints the organisation, the growth, the funnels (of {@link #funnels}) and the outcome. */
  public static void print(CampaignRun run, List<AwardFunnel> funnels, PrintStream out) {
    Campaign campaign = run.campaign();
    Organisation org = campaign.organisation();
    out.printf("%s (%s), %s%n", campaign.name(), campaign.theme(), run.result().period());
    out.printf("%s: %d units below the factory, %d collectives, %d staff%n",
        org.units().get(0).name(), org.childrenOf(org.units().get(0).id()).size(),
        org.collectives().size(), org.individuals().size());
    for (YearOverYear growth : YearOverYear.of(campaign, run.result())) {
      out.printf("%s: %s against the same period a year before (%s vs %s, %d units)%n",
          growth.criterionName(), growth.growthText(), growth.value().toPlainString(),
          growth.baseline().toPlainString(), growth.participants());
    }
    out.println();
    out.println("How the titles were decided (each step: how many meet that condition and "
        + "every one before it):");
    for (AwardFunnel funnel : funnels) {
      out.println("  " + funnel.describe());
    }
    out.println();
    out.println(run.awards().orElseThrow().summary().describe());
  }
}
