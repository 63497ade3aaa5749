package io.emulation.examples.seed;

import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.examples.SeedFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The committed files are exactly what the generator makes of the standard parameters. */
class SeedCampaignFilesTest {

  @Test
  void regeneratingGivesByteIdenticalFiles() throws IOException {
    Map<String, String> generated = SeedCampaignGenerator.files(SeedParameters.standard());

    assertThat(generated.keySet()).containsExactlyElementsOf(SeedCampaignGenerator.FILE_NAMES);
    for (Map.Entry<String, String> file : generated.entrySet()) {
      byte[] committed = Files.readAllBytes(SeedFixture.folder().resolve(file.getKey()));
      assertThat(committed).as("%s differs from what the generator makes; run "
              + "SeedCampaignGenerator and commit the result", file.getKey())
          .isEqualTo(file.getValue().getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void anotherSeedDrawsOtherPeopleInTheSameUnits() {
    SeedParameters standard = SeedParameters.standard();
    SeedParameters other = new SeedParameters(7L, standard.registrationRate(),
        standard.newHireRate(), standard.reprimandRate(), standard.bonusRate(),
        standard.growthPercent(), standard.units(), standard.incidentTeams(),
        standard.warningUnits(), standard.reviewUnits());

    Map<String, String> first = SeedCampaignGenerator.files(standard);
    Map<String, String> second = SeedCampaignGenerator.files(other);

    assertThat(second.get("campaign.yaml")).isEqualTo(first.get("campaign.yaml"));
    assertThat(second.get("individuals.csv")).isNotEqualTo(first.get("individuals.csv"))
        .hasLineCount(first.get("individuals.csv").split("\n").length);
  }
}
