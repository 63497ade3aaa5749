package io.emulation.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.emulation.core.InvalidDefinitionException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A definition can keep its staff list in a CSV file next to it. */
class IndividualsFileTest {
  private static final String DEFINITION = """
      formatVersion: 1
      campaign: {id: c, name: C, period: 2021}
      organisation:
        units: [{id: f, name: Nhà máy}]
        individualsFile: staff.csv
      criteria:
        - {id: r, formula: "emulation:rating", parameters: {min: 0, max: 100}}
      """;

  @TempDir
  Path folder;

  private Path write(String staff) throws IOException {
    Files.writeString(folder.resolve("staff.csv"), staff, StandardCharsets.UTF_8);
    Path definition = folder.resolve("campaign.yaml");
    Files.writeString(definition, DEFINITION, StandardCharsets.UTF_8);
    return definition;
  }

  @Test
  void individualsAreReadFromTheFileBesideTheDefinition() throws IOException {
    Path definition = write("id,name,unit,hired\ne1,Nguyễn Thị Ánh,f,2019-01-01\n");

    assertThat(DefinitionReader.standard().read(definition).requireCampaign().organisation()
        .individuals()).singleElement()
        .satisfies(person -> assertThat(person.name()).isEqualTo("Nguyễn Thị Ánh"));
  }

  @Test
  void problemsOfTheFileAreReportedWithTheDefinitionsOwn() throws IOException {
    Path definition = write("id,name,unit,hired\ne1,An,f,2019-13-01\n");

    assertThatThrownBy(() -> DefinitionReader.standard().read(definition))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("staff.csv:2:4: column 'hired': '2019-13-01' is not a date");
  }
}
