package io.emulation.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagesTest {

  @Test
  void regionalTagsPickTheirLanguage() {
    assertThat(Languages.forTag("vi-VN")).isEqualTo(Languages.VIETNAMESE);
    assertThat(Languages.forTag("en-GB")).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void unknownTagIsRejectedWithTheKnownOnes() {
    assertThatThrownBy(() -> Languages.forTag("fr"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'fr'").hasMessageContaining("[en, vi]");
  }

  @Test
  void onlyVietnameseLocalesAreVietnamese() {
    assertThat(Languages.isVietnamese(Locale.forLanguageTag("vi-VN"))).isTrue();
    assertThat(Languages.isVietnamese(Locale.ENGLISH)).isFalse();
  }
}
