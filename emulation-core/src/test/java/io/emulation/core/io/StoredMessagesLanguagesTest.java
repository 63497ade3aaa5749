package io.emulation.core.io;

import static io.emulation.core.lifecycle.Snapshots.YEAR;
import static io.emulation.core.lifecycle.Snapshots.person;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import io.emulation.core.EmulationException;
import io.emulation.core.lifecycle.CampaignState;
import io.emulation.core.lifecycle.ResultSnapshot;
import io.emulation.core.lifecycle.Revision;
import io.emulation.core.lifecycle.Snapshots;
import io.emulation.core.text.EnumText;
import io.emulation.core.text.Languages;
import io.emulation.core.text.Message;
import io.emulation.core.text.Translations;
import io.emulation.scoring.spi.Explanation;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reasons stored with a revision keep their language: read back, they render in Vietnamese and
 * in English exactly as before storing, and reasons older files stored as plain text still read.
 */
class StoredMessagesLanguagesTest {
  private static final Locale VI = Languages.VIETNAMESE;
  private static final Locale EN = Locale.ENGLISH;
  private static final Instant AT = Instant.parse("2022-01-20T09:00:00Z");
  private static final ResultSnapshot V1 = Snapshots.of(person("m01", "95.00", "EXCELLENT", 1,
      "lao-dong-tien-tien"));
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path root;

  private Revision storedAndReread(Message reason) {
    JsonFileResultStore.at(root).publish(V1, 0, "council", reason, AT);
    return JsonFileResultStore.at(root).revision("c", YEAR, 1).orElseThrow();
  }

  private String file() throws IOException {
    return Files.readString(root.resolve("c").resolve("2021").resolve("revision-000001.json"),
        UTF_8);
  }

  @Test
  void aReasonWithNestedMessagesDatesAndListsReadsBackInBothLanguages() {
    Message reason = Message.of("lifecycle.registration.explainedWithIssues", "p1",
        "lao-dong-tien-tien", LocalDate.of(2021, 1, 16),
        Message.of("lifecycle.registration.outcome.flagged"),
        ImmutableList.of(Message.of("lifecycle.registration.issue.late",
            LocalDate.of(2021, 1, 15))));

    Revision reread = storedAndReread(reason);

    assertThat(reread.reason().in(VI)).isEqualTo(reason.in(VI)).isEqualTo("p1 đăng ký danh hiệu"
        + " lao-dong-tien-tien ngày 2021-01-16: được chấp nhận, đánh dấu để hội đồng thi đua -"
        + " khen thưởng xem xét (đăng ký muộn: thời hạn đăng ký đã kết thúc ngày 2021-01-15)");
    assertThat(reread.reason().in(EN)).isEqualTo(reason.in(EN)).isEqualTo("p1 for"
        + " lao-dong-tien-tien on 2021-01-16: flagged (late: the window closed on 2021-01-15)");
  }

  @Test
  void aReasonWithDecimalsReadsBackWithEveryDigitInBothLanguages() {
    Message reason = Message.of("lifecycle.diff.changed", "m01",
        Message.of("lifecycle.diff.field.total"), new BigDecimal("95.00"),
        new BigDecimal("87.50"));

    Revision reread = storedAndReread(reason);

    assertThat(reread.reason().in(VI)).isEqualTo("m01: tổng điểm 95,00 -> 87,50");
    assertThat(reread.reason().in(EN)).isEqualTo("m01 total 95.00 -> 87.50");
  }

  @Test
  void aReasonWithEnumsAndWholeNumbersReadsBackInBothLanguages() {
    Message reason = Message.of("lifecycle.transition.illegal", "c", CampaignState.DRAFT,
        CampaignState.PUBLISHED, ImmutableList.of(CampaignState.LAUNCHED));
    Message counted = Message.of("lifecycle.revision.conflict", 2, "c", "2021", 1, 3L);

    Revision reread = storedAndReread(reason);
    Message rereadCount = roundTrip(counted);

    assertThat(reread.reason().in(VI)).isEqualTo(reason.in(VI)).contains("từ trạng thái Dự thảo"
        + " sang Đã công bố kết quả");
    assertThat(reread.reason().in(EN)).isEqualTo(reason.in(EN)).isEqualTo("campaign 'c' cannot"
        + " move from DRAFT to PUBLISHED; from DRAFT it may only move to LAUNCHED");
    assertThat(rereadCount.in(VI)).isEqualTo(counted.in(VI));
    assertThat(rereadCount.in(EN)).isEqualTo(counted.in(EN))
        .startsWith("cannot publish revision 2 of campaign 'c' for 2021");
  }

  @Test
  void anEnumIsStoredByItsCatalogKeyAndName() throws IOException {
    storedAndReread(Message.of("lifecycle.transition.illegal", "c", CampaignState.DRAFT,
        CampaignState.PUBLISHED, ImmutableList.of(CampaignState.LAUNCHED)));

    assertThat(file()).contains("{\n        \"enum\": \"enum.CampaignState.DRAFT\",\n"
        + "        \"name\": \"DRAFT\"\n      }");
  }

  @Test
  void aPluginsExplanationIsStoredInBothLanguagesAndReadBackAsTranslations() throws IOException {
    Explanation plugin = locale -> Languages.isVietnamese(locale)
        ? "thiếu số liệu sản lượng quý 2" : "output of Q2 is missing";

    Revision reread = storedAndReread(Message.from(plugin));

    assertThat(reread.reason().in(VI)).isEqualTo("thiếu số liệu sản lượng quý 2");
    assertThat(reread.reason().in(EN)).isEqualTo("output of Q2 is missing");
    assertThat(reread.reason().args()).singleElement().isEqualTo(Translations.of(plugin));
    assertThat(file()).contains("\"translations\": {\n"
        + "          \"en\": \"output of Q2 is missing\",\n"
        + "          \"vi\": \"thiếu số liệu sản lượng quý 2\"\n");
  }

  @Test
  void textAPersonWroteIsStoredAsPlainTextAndKeptAsWritten() throws IOException {
    Revision reread = storedAndReread(Message.literal("kỷ luật m01 (quyết định 12/QĐ)"));

    assertThat(file()).contains("\"reason\": \"kỷ luật m01 (quyết định 12/QĐ)\",");
    assertThat(reread.reason()).isEqualTo(Message.literal("kỷ luật m01 (quyết định 12/QĐ)"));
    assertThat(reread.reason().in(VI)).isEqualTo(reread.reason().in(EN));
  }

  @Test
  void anOlderFileWithAPlainTextReasonReadsItAsWritten() throws IOException {
    Path folder = Files.createDirectories(root.resolve("c").resolve("2021"));
    Files.writeString(folder.resolve("revision-000001.json"), """
        {
          "format": "emulation-revision",
          "formatVersion": 1,
          "campaign": "c",
          "period": "2021",
          "revision": 1,
          "author": "council",
          "reason": "initial publication (decision 7/QĐ)",
          "recordedAt": "2022-01-20T09:00:00Z",
          "participants": [ ],
          "diff": {"added": [ ], "removed": [ ], "awards": [ ], "fields": [ ]}
        }
        """, UTF_8);

    Revision first = JsonFileResultStore.at(root).revision("c", YEAR, 1).orElseThrow();

    assertThat(first.reason())
        .isEqualTo(Message.literal("initial publication (decision 7/QĐ)"));
    assertThat(first.reason().in(VI)).isEqualTo("initial publication (decision 7/QĐ)");
  }

  @Test
  void aMessageReadsBackEqualWhenItHasNoEnumOrForeignArgument() {
    Message reason = Message.of("lifecycle.registration.explainedWithIssues", "p1",
        "lao-dong-tien-tien", LocalDate.of(2021, 1, 16),
        Message.of("lifecycle.registration.outcome.rejected"),
        ImmutableList.of(Message.of("lifecycle.registration.issue.duplicate", "ldtt"),
            Message.literal("noted by hr")));

    assertThat(roundTrip(reason)).isEqualTo(reason);
  }

  @Test
  void anEnumReadBackRendersItsCatalogTextElseItsName() {
    assertThat(new EnumText("enum.CampaignState.REVISED", "REVISED").in(VI))
        .isEqualTo("Đã điều chỉnh kết quả");
    assertThat(new EnumText("enum.Colour.RED", "RED").in(VI)).isEqualTo("RED");
  }

  @Test
  void anUnknownKindOfArgumentIsReportedWithItsFileAndPath() throws IOException {
    JsonFileResultStore store = JsonFileResultStore.at(root);
    store.publish(V1, 0, "council", "initial publication", AT);
    Path file = root.resolve("c").resolve("2021").resolve("revision-000001.json");
    Files.writeString(file, file().replace("\"reason\": \"initial publication\"",
        "\"reason\": {\"key\": \"lifecycle.diff.added\", \"args\": [{\"colour\": \"red\"}]}"),
        UTF_8);

    assertThatThrownBy(() -> store.revisions("c", YEAR))
        .isInstanceOf(EmulationException.class)
        .hasMessage(file + " at /reason/args/0/colour: 'colour' is not a kind of message"
            + " argument");
  }

  private static Message roundTrip(Message message) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = JSON.getFactory().createGenerator(text)) {
      MessageJson.write(json, message);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    try {
      return MessageJson.read(JSON.readTree(text.toString()), "", "test");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
