package io.emulation.examples;

import io.emulation.examples.seed.SeedCampaign;
import io.emulation.examples.seed.SeedCampaignGenerator;
import io.emulation.examples.report.AwardFunnel;
import java.nio.file.Path;
import java.util.List;

/** The committed seed campaign, read and evaluated once for all the tests that look at it. */
public final class SeedFixture {
  private static CampaignRun run;
  private static List<AwardFunnel> funnels;

  private SeedFixture() {}

  /** The folder of the committed files. */
  public static Path folder() {
    return SeedCampaignGenerator.defaultFolder();
  }

  /** The seed campaign evaluated for 2021-H1 with its awards. */
  public static synchronized CampaignRun run() {
    if (run == null) {
      run = SeedCampaign.run(folder());
    }
    return run;
  }

  /** The funnels of the run's awards. */
  public static synchronized List<AwardFunnel> funnels() {
    if (funnels == null) {
      funnels = SeedCampaign.funnels(run());
    }
    return funnels;
  }
}
