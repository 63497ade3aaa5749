package io.emulation.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextCatalogTest {
  private static final TextCatalog SAMPLE =
      TextCatalog.load(TextCatalogTest.class::getResourceAsStream, "sample");

  @Test
  void rendersItsOwnKeysInEnglish() {
    assertThat(SAMPLE.text(Locale.ENGLISH, "sample.title", "Xưởng 1"))
        .isEqualTo("Results of Xưởng 1");
  }

  @Test
  void rendersItsOwnKeysInVietnamese() {
    assertThat(SAMPLE.text(Languages.VIETNAMESE, "sample.title", "Xưởng 1"))
        .isEqualTo("Kết quả của Xưởng 1");
  }

  @Test
  void embedsLibraryMessagesInTheSameLanguage() {
    Message library = Message.of("text", "x");

    assertThat(SAMPLE.text(Languages.VIETNAMESE, "sample.reason", library))
        .isEqualTo("Lý do: x");
  }

  @Test
  void rendersLibraryMessagesToo() {
    assertThat(SAMPLE.render(Message.of("text", "y"), Locale.ENGLISH)).isEqualTo("y");
  }

  @Test
  void listsOnlyItsOwnKeys() {
    assertThat(SAMPLE.keys(Languages.VIETNAMESE))
        .containsExactlyInAnyOrder("sample.title", "sample.reason");
  }

  @Test
  void patternDoesNotFallBackToEnglish() {
    assertThat(SAMPLE.pattern(Languages.VIETNAMESE, "sample.title")).contains("Kết quả của {0}");
    assertThat(SAMPLE.pattern(Languages.VIETNAMESE, "sample.none")).isEmpty();
  }

  @Test
  void rejectsAKeyTheLibraryDefines() {
    assertThatThrownBy(() -> TextCatalog.load(TextCatalogTest.class::getResourceAsStream, "clash"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("text").hasMessageContaining("already defined by the library");
  }

  @Test
  void rejectsAMissingPart() {
    assertThatThrownBy(() -> TextCatalog.load(TextCatalogTest.class::getResourceAsStream, "none"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("none.properties");
  }

  @Test
  void inOneLanguageRendersItsKeysAndLibraryMessagesInIt() {
    TextCatalog.Localized vietnamese = SAMPLE.in(Languages.VIETNAMESE);

    assertThat(vietnamese.get("sample.title", "Xưởng 1")).isEqualTo("Kết quả của Xưởng 1");
    assertThat(vietnamese.render(Message.of("text", "z"))).isEqualTo("z");
    assertThat(vietnamese.locale()).isEqualTo(Languages.VIETNAMESE);
  }
}
