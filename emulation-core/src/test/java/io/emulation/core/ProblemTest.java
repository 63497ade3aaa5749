package io.emulation.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.emulation.core.text.Languages;
import io.emulation.core.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ProblemTest {

  @Test
  void problemsSortByLocationThenMessage() {
    Problem b = Problem.at("criteria/b", "x");
    Problem a2 = Problem.at("criteria/a", "z");
    Problem a1 = Problem.at("criteria/a", "y");
    Problem whole = Problem.at("", "empty input");
    List<Problem> problems = new ArrayList<>(List.of(b, a2, whole, a1));

    problems.sort(null);

    assertThat(problems).containsExactly(whole, a1, a2, b);
  }

  @Test
  void numbersInLocationsSortByValue() {
    List<Problem> sorted = Stream.of(
            Problem.at("grading/bands[10]", "x"),
            Problem.at("data.csv:10:2", "x"),
            Problem.at("grading/bands[2]", "x"),
            Problem.at("data.csv:9:14", "x"),
            Problem.at("grading/bands[02]", "y"))
        .sorted().toList();
    assertThat(sorted).extracting(Problem::location).containsExactly(
        "data.csv:9:14", "data.csv:10:2", "grading/bands[2]", "grading/bands[02]",
        "grading/bands[10]");
  }

  @Test
  void toStringPutsTheLocationFirst() {
    assertThat(Problem.at("file.csv:12:3", "unknown participant 'e9'"))
        .hasToString("file.csv:12:3: unknown participant 'e9'");
  }

  @Test
  void toStringOfAProblemWithoutLocationIsItsMessage() {
    assertThat(Problem.at("", "no data")).hasToString("no data");
  }

  @Test
  void blankMessageIsRejectedNamingTheLocation() {
    assertThatIllegalArgumentException().isThrownBy(() -> Problem.at("units/w1", " "))
        .withMessage("a problem at 'units/w1' needs a message");
  }

  @Test
  void exceptionSortsItsProblemsByLocation() {
    InvalidDefinitionException e = new InvalidDefinitionException("campaign 'q2'", List.of(
        Problem.at("campaign q2/period", "no period"),
        Problem.at("campaign q2/criteria", "no criteria")));

    assertThat(e.problems()).extracting(Problem::location)
        .containsExactly("campaign q2/criteria", "campaign q2/period");
  }

  @Test
  void messageCountsAndListsEveryProblemOnePerLineInOrder() {
    InvalidDataException e = new InvalidDataException("measurements for campaign 'q2'", List.of(
        Problem.at("q2.csv:9:1", "unknown participant 'e9'"),
        Problem.at("q2.csv:10:2", "value is not a number"),
        Problem.at("", "no rows for criterion 'safety'")));

    assertThat(e).hasMessage("measurements for campaign 'q2' has 3 problems:\n"
        + "  - no rows for criterion 'safety'\n"
        + "  - q2.csv:9:1: unknown participant 'e9'\n"
        + "  - q2.csv:10:2: value is not a number");
  }

  @Test
  void messageOfOneProblemUsesTheSingular() {
    InvalidDefinitionException e = new InvalidDefinitionException("organisation",
        List.of(Problem.at("units", "the units have no root")));

    assertThat(e).hasMessage("organisation has 1 problem:\n  - units: the units have no root");
  }

  @Test
  void exceptionNeedsAtLeastOneProblem() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new InvalidDefinitionException("organisation", List.of()))
        .withMessageContaining("at least one problem");
  }

  @Test
  void problemsAreAnImmutableCopy() {
    List<Problem> given = new ArrayList<>(List.of(Problem.at("a", "m")));
    InvalidDefinitionException e = new InvalidDefinitionException("x", given);

    given.add(Problem.at("b", "n"));

    assertThat(e.problems()).containsExactly(Problem.at("a", "m"));
  }

  @Test
  void problemsExceptionsAreEmulationExceptions() {
    assertThat(new InvalidDefinitionException("x", List.of(Problem.at("a", "m"))))
        .isInstanceOf(EmulationException.class).isInstanceOf(ProblemsException.class);
  }

  @Test
  void literalTextIsTheSameInEveryLanguage() {
    Problem problem = Problem.at("units/w1", "written by a plugin");

    assertThat(problem.message(Languages.VIETNAMESE)).isEqualTo("written by a plugin");
    assertThat(problem.describe(Languages.ENGLISH)).isEqualTo("units/w1: written by a plugin");
  }

  @Test
  void messageIsRenderedInTheLanguageAskedForAndTheLocationKept() {
    Problem problem = Problem.at("units", Message.of("org.problem.noRoot"));

    assertThat(problem.describe(Languages.ENGLISH))
        .isEqualTo("units: the units have no root (every unit has a parent)");
    assertThat(problem.describe(Languages.VIETNAMESE))
        .isEqualTo("units: các đơn vị không có đơn vị gốc (đơn vị nào cũng có đơn vị cấp trên)");
  }

  @Test
  void problemsWithTheSameKeyAndArgumentsAreEqual() {
    assertThat(Problem.at("units/w1", Message.of("org.problem.duplicateUnit", "w1")))
        .isEqualTo(Problem.at("units/w1", Message.of("org.problem.duplicateUnit", "w1")))
        .isNotEqualTo(Problem.at("units/w1", "duplicate unit id 'w1'"));
  }

  @Test
  void blankLiteralMessageIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Problem.at("units/w1", Message.literal("")))
        .withMessage("a problem at 'units/w1' needs a message");
  }

  @Test
  void exceptionMessageListsTheProblemsInTheLanguageAskedFor() {
    InvalidDefinitionException e = new InvalidDefinitionException(Message.of("org.what"),
        List.of(Problem.at("units/w1", Message.of("org.problem.duplicateUnit", "w1")),
            Problem.at("units/w2", Message.of("org.problem.duplicateUnit", "w2"))));

    assertThat(e.getMessage(Languages.VIETNAMESE)).isEqualTo("cơ cấu tổ chức có 2 lỗi:\n"
        + "  - units/w1: mã đơn vị 'w1' bị trùng\n"
        + "  - units/w2: mã đơn vị 'w2' bị trùng");
    assertThat(e).hasMessage("organisation has 2 problems:\n"
        + "  - units/w1: duplicate unit id 'w1'\n"
        + "  - units/w2: duplicate unit id 'w2'");
  }

  @Test
  void exceptionMadeWithEnglishTextKeepsItInEveryLanguage() {
    InvalidDataException e = new InvalidDataException("measurements for campaign 'q2'",
        List.of(Problem.at("q2.csv:9:1", "unknown participant 'e9'")));

    assertThat(e.getMessage(Languages.VIETNAMESE)).isEqualTo(
        "measurements for campaign 'q2' có 1 lỗi:\n  - q2.csv:9:1: unknown participant 'e9'");
  }

  @Test
  void emulationExceptionWithAMessageRendersItPerLanguageAndIsEnglishWithout() {
    EmulationException e = new EmulationException(Message.of("org.problem.noRoot"));

    assertThat(e).hasMessage("the units have no root (every unit has a parent)");
    assertThat(e.getLocalizedMessage()).isEqualTo(e.getMessage());
    assertThat(e.getMessage(Languages.VIETNAMESE))
        .isEqualTo("các đơn vị không có đơn vị gốc (đơn vị nào cũng có đơn vị cấp trên)");
  }

  @Test
  void emulationExceptionWithEnglishTextKeepsItInEveryLanguage() {
    EmulationException e = new EmulationException("preset resource x is missing");

    assertThat(e.getMessage(Locale.forLanguageTag("vi"))).isEqualTo("preset resource x is missing");
  }
}
