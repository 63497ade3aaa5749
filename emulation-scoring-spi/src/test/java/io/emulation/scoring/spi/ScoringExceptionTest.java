package io.emulation.scoring.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ScoringExceptionTest {
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  private static final Explanation TWO_LANGUAGES =
      locale -> locale.getLanguage().equals("vi") ? "chỉ tiêu phải > 0" : "target must be > 0";

  @Test
  void messageOfExplanationIsEnglish() {
    assertThat(new ScoringException(TWO_LANGUAGES)).hasMessage("target must be > 0");
  }

  @Test
  void localizedMessageIsRenderedInTheAskedLanguage() {
    ScoringException e = new ScoringException(TWO_LANGUAGES);

    assertThat(e.getMessage(VIETNAMESE)).isEqualTo("chỉ tiêu phải > 0");
    assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("target must be > 0");
  }

  @Test
  void explanationIsWhatWasGiven() {
    assertThat(new ScoringException(TWO_LANGUAGES).explanation()).isSameAs(TWO_LANGUAGES);
  }

  @Test
  void explanationConstructorKeepsTheCause() {
    IllegalStateException cause = new IllegalStateException("inner");

    ScoringException e = new ScoringException(TWO_LANGUAGES, cause);

    assertThat(e).hasCause(cause).hasMessage("target must be > 0");
    assertThat(e.getMessage(VIETNAMESE)).isEqualTo("chỉ tiêu phải > 0");
  }

  @Test
  void rejectsNullExplanation() {
    assertThatThrownBy(() -> new ScoringException((Explanation) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("message");
  }

  @Test
  void textMessageIsTheSameInEveryLanguage() {
    ScoringException e = new ScoringException("target must be > 0");

    assertThat(e.getMessage(VIETNAMESE)).isEqualTo("target must be > 0");
    assertThat(e.explanation().in(VIETNAMESE)).isEqualTo("target must be > 0");
  }

  @Test
  void textMessageKeepsTheCause() {
    IllegalStateException cause = new IllegalStateException("inner");

    assertThat(new ScoringException("outer", cause)).hasCause(cause).hasMessage("outer");
  }

  @Test
  void explanationOfExceptionWithoutMessageIsEmpty() {
    assertThat(new ScoringException((String) null).explanation().isEmpty()).isTrue();
  }

  @Test
  void localizedMessageFollowsAnOverriddenMessageOfText() {
    ScoringException e = new ScoringException("plain") {
      private static final long serialVersionUID = 1L;

      @Override
      public String getMessage() {
        return "overridden";
      }
    };

    assertThat(e.getMessage(VIETNAMESE)).isEqualTo("overridden");
  }

  @Test
  void rejectsNullLocale() {
    assertThatThrownBy(() -> new ScoringException(TWO_LANGUAGES).getMessage(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("locale");
  }

  @Test
  void serializedExceptionKeepsItsEnglishMessage() throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new ScoringException(TWO_LANGUAGES));
    }
    ScoringException read;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      read = (ScoringException) in.readObject();
    }

    assertThat(read).hasMessage("target must be > 0");
    assertThat(read.getMessage(VIETNAMESE)).isEqualTo("target must be > 0");
  }
}
