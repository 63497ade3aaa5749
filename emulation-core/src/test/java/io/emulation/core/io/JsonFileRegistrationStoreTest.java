package io.emulation.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.emulation.core.EmulationException;
import io.emulation.core.lifecycle.RegistrationBook;
import io.emulation.core.lifecycle.RegistrationPolicy;
import io.emulation.core.lifecycle.RegistrationPolicy.Handling;
import io.emulation.core.lifecycle.RegistrationWindow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Registration books saved as JSON and read back as recorded. */
class JsonFileRegistrationStoreTest {
  private static final RegistrationBook BOOK = RegistrationBook.open("thi-dua-2021",
          RegistrationWindow.of(LocalDate.of(2021, 1, 4), LocalDate.of(2021, 1, 15)),
          RegistrationPolicy.of(Handling.FLAG, Handling.REJECT))
      .register("p1", "lao-dong-tien-tien", LocalDate.of(2021, 1, 5))
      .register("p2", "lao-dong-tien-tien", LocalDate.of(2021, 1, 20))
      .register("p1", "lao-dong-tien-tien", LocalDate.of(2021, 1, 21))
      .register("p3", "lao-dong-tien-tien", LocalDate.of(2021, 1, 1));

  @TempDir
  Path root;

  @Test
  void aSavedBookLoadsEqualWithEveryOutcome() {
    JsonFileRegistrationStore.at(root).save(BOOK);

    assertThat(JsonFileRegistrationStore.at(root).load("thi-dua-2021")).contains(BOOK);
  }

  @Test
  void savingAgainReplacesTheBook() {
    JsonFileRegistrationStore store = JsonFileRegistrationStore.at(root);
    store.save(BOOK);
    RegistrationBook more = BOOK.register("p4", "giay-khen", LocalDate.of(2021, 1, 6));

    store.save(more);

    assertThat(store.load("thi-dua-2021")).contains(more);
    assertThat(root.resolve("thi-dua-2021.registrations.json")).isRegularFile();
  }

  @Test
  void anUnsavedCampaignHasNoBook() {
    assertThat(JsonFileRegistrationStore.at(root).load("other")).isEmpty();
  }

  @Test
  void aBookWithAnUnknownOutcomeIsReportedWithItsPath() throws IOException {
    JsonFileRegistrationStore store = JsonFileRegistrationStore.at(root);
    store.save(BOOK);
    Path file = root.resolve("thi-dua-2021.registrations.json");
    Files.writeString(file, Files.readString(file).replace("\"outcome\": \"flagged\"",
        "\"outcome\": \"maybe\""));

    assertThatThrownBy(() -> store.load("thi-dua-2021"))
        .isInstanceOf(EmulationException.class)
        .hasMessage(file + " at /registrations/1/outcome: 'maybe' is not one of accepted, "
            + "flagged, rejected");
  }
}
