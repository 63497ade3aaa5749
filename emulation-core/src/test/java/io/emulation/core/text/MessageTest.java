package io.emulation.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.emulation.scoring.spi.Explanation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MessageTest {
  private static final Locale VI = Languages.VIETNAMESE;
  private static final Catalog ENGLISH =
      Catalog.load("test-messages.properties", Optional.empty());
  private static final Catalog VIETNAMESE =
      Catalog.load("test-messages_vi.properties", Optional.of(ENGLISH));

  /** Renders with the test catalogs, so these tests do not depend on the shipped text. */
  private static String render(Message message, Locale locale) {
    return message.in(locale, l -> Languages.isVietnamese(l) ? VIETNAMESE : ENGLISH);
  }

  @Test
  void rendersTheEnglishPattern() {
    assertThat(render(Message.of("test.grade", "FAIR", "GOOD"), Locale.ENGLISH))
        .isEqualTo("grade FAIR, needs GOOD or better");
  }

  @Test
  void rendersTheVietnamesePattern() {
    assertThat(render(Message.of("test.grade", "FAIR", "GOOD"), VI))
        .isEqualTo("xếp loại FAIR, cần GOOD trở lên");
  }

  @Test
  void toStringIsTheShippedEnglishText() {
    Message message = Message.of("no.such.key", "x");

    assertThat(message).hasToString(message.in(Locale.ENGLISH));
  }

  @Test
  void unsupportedLanguageFallsBackToEnglishWhateverTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(VI);
      assertThat(render(Message.of("test.grade", "FAIR", "GOOD"), Locale.FRENCH))
          .isEqualTo("grade FAIR, needs GOOD or better");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void regionalVietnameseIsVietnamese() {
    assertThat(render(Message.of("test.grade", "A", "B"), Locale.forLanguageTag("vi-VN")))
        .startsWith("xếp loại");
  }

  @Test
  void decimalsKeepTheirScaleAndUseTheLanguagesSeparator() {
    Message message = Message.of("test.points", new BigDecimal("8.50"));

    assertThat(render(message, Locale.ENGLISH)).isEqualTo("8.50 points");
    assertThat(render(message, VI)).isEqualTo("8,50 điểm");
  }

  @Test
  void largeNumbersAreNeverGrouped() {
    assertThat(render(Message.of("test.points", new BigDecimal("1234567.5")), Locale.ENGLISH))
        .isEqualTo("1234567.5 points");
  }

  @Test
  void aBraceThatClosesNoPlaceholderIsText() {
    assertThat(render(Message.of("test.brace", "x"), Locale.ENGLISH)).isEqualTo("x and a brace {");
  }

  @Test
  void pluralPicksTheFirstFormForOne() {
    assertThat(render(Message.of("test.members", 1), Locale.ENGLISH)).isEqualTo("1 member");
  }

  @Test
  void pluralPicksTheSecondFormOtherwise() {
    assertThat(render(Message.of("test.members", 3), Locale.ENGLISH)).isEqualTo("3 members");
    assertThat(render(Message.of("test.members", 0), Locale.ENGLISH)).isEqualTo("0 members");
  }

  @Test
  void nestedMessagesRenderInTheSameLanguage() {
    Message message = Message.of("test.because", Message.of("test.grade", "A", "B"));

    assertThat(render(message, VI)).isEqualTo("vì xếp loại A, cần B trở lên");
  }

  @Test
  void listsOfNamesAreJoinedWithCommas() {
    assertThat(render(Message.of("test.names", List.of("an", "binh")), Locale.ENGLISH))
        .isEqualTo("names: an, binh");
  }

  @Test
  void listsOfMessagesAreJoinedWithSemicolons() {
    Message reasons = Message.of("test.names",
        List.of(Message.literal("a, b"), Message.literal("c")));

    assertThat(render(reasons, Locale.ENGLISH)).isEqualTo("names: a, b; c");
  }

  @Test
  void enumsUseTheirCatalogText() {
    assertThat(render(Message.of("test.level", Locale.Category.FORMAT), VI))
        .isEqualTo("mức định dạng");
  }

  @Test
  void enumsWithoutCatalogTextUseTheirName() {
    assertThat(render(Message.of("test.level", Locale.Category.DISPLAY), Locale.ENGLISH))
        .isEqualTo("level DISPLAY");
  }

  @Test
  void datesAreIso() {
    assertThat(render(Message.of("test.date", LocalDate.of(2021, 6, 30)), VI))
        .isEqualTo("ngày 2021-06-30");
  }

  @Test
  void foreignExplanationsRenderInTheAskedLanguage() {
    Explanation plugin = locale -> Languages.isVietnamese(locale) ? "an toàn" : "safe";

    assertThat(render(Message.of("test.because", plugin), VI)).isEqualTo("vì an toàn");
  }

  @Test
  void literalTextIsTheSameInEveryLanguage() {
    Message literal = Message.literal("Tổ Cơ khí 1");

    assertThat(render(literal, Locale.ENGLISH)).isEqualTo("Tổ Cơ khí 1");
    assertThat(render(literal, VI)).isEqualTo("Tổ Cơ khí 1");
    assertThat(literal.isLiteral()).isTrue();
  }

  @Test
  void unknownKeyStillShowsItsArguments() {
    assertThat(render(Message.of("no.such.key", "x", 2), Locale.ENGLISH))
        .isEqualTo("no.such.key[x, 2]");
  }

  @Test
  void messagesWithEqualKeyAndArgumentsAreEqual() {
    assertThat(Message.of("test.grade", "A", "B")).isEqualTo(Message.of("test.grade", "A", "B"))
        .hasSameHashCodeAs(Message.of("test.grade", "A", "B"));
  }

  @Test
  void mutableListArgumentsAreCopied() {
    List<String> names = new java.util.ArrayList<>(List.of("an"));
    Message message = Message.of("test.names", names);
    names.add("binh");

    assertThat(render(message, Locale.ENGLISH)).isEqualTo("names: an");
  }

  @Test
  void rejectsArgumentsItCannotRender() {
    assertThatThrownBy(() -> Message.of("test.names", new Object()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("test.names").hasMessageContaining("java.lang.Object");
  }

  @Test
  void rejectsNullArguments() {
    assertThatThrownBy(() -> Message.of("test.names", (Object) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("test.names");
  }

  @Test
  void rejectsABlankKey() {
    assertThatThrownBy(() -> Message.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("key");
  }

  @Test
  void fromKeepsAMessageAsItIs() {
    Message message = Message.of("test.points", 1);

    assertThat(Message.from(message)).isSameAs(message);
  }

  @Test
  void fromWrapsAForeignExplanationSoItStillSpeaksBothLanguages() {
    Explanation plugin = locale -> Languages.isVietnamese(locale) ? "an toàn" : "safe";

    assertThat(Message.from(plugin).in(Languages.VIETNAMESE)).isEqualTo("an toàn");
    assertThat(Message.from(plugin).in(Locale.ENGLISH)).isEqualTo("safe");
  }

  @Test
  void rejectsRenderingAPlaceholderBeyondItsArguments() {
    assertThatThrownBy(() -> render(Message.of("test.points"), Locale.ENGLISH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("test.points").hasMessageContaining("argument 0 but has 0");
  }

  @Test
  void rejectsALiteralWithAnythingButOneText() {
    assertThatThrownBy(() -> new Message("", ImmutableList.of(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("literal");
    assertThatThrownBy(() -> new Message("", ImmutableList.of("a", "b")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("literal");
  }
}
