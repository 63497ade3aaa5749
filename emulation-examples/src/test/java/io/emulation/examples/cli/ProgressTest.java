package io.emulation.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The progress bar: drawn at a terminal only, wiped before results are printed. */
class ProgressTest {
  private final StringWriter err = new StringWriter();

  @Test
  void nothingIsDrawnWithoutATerminal() {
    try (Progress progress = new Progress(new PrintWriter(err), Terminal.none())) {
      progress.start(3);
      progress.step("reading campaign.yaml");
      progress.draw();
    }

    assertThat(err.toString()).isEmpty();
  }

  @Test
  void barShowsTheStepsDoneAndTheCurrentOne() {
    Progress progress = new Progress(new PrintWriter(err), new Terminal(true));
    progress.start(4);
    progress.step("reading campaign.yaml");
    progress.step("evaluating 2021-H1");

    progress.draw();

    assertThat(err.toString()).isEqualTo("\r[######------------------] 2/4 evaluating 2021-H1");
    progress.close();
  }

  @Test
  void closingWipesTheBar() {
    Progress progress = new Progress(new PrintWriter(err), new Terminal(true));
    progress.start(2);
    progress.step("x");
    progress.draw();

    progress.close();

    String text = err.toString();
    assertThat(text.substring(text.lastIndexOf('\r', text.length() - 2)))
        .matches("\r +\r");
  }

  @Test
  void terminalIsInteractiveOnlyWithAConsoleOutsideCi() {
    assertThat(Terminal.of(true, Map.of()).interactive()).isTrue();
    assertThat(Terminal.of(true, Map.of("CI", "true")).interactive()).isFalse();
    assertThat(Terminal.of(false, Map.of()).interactive()).isFalse();
  }
}
