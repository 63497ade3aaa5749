package io.emulation.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.examples.SeedFixture;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report renders in a real browser (headless Chromium) to a picture with content. */
@ChromiumAvailable
class ReportScreenshotTest {

  @Test
  void reportRendersToANonBlankScreenshot(@TempDir Path folder) throws Exception {
    assertThat(ChromiumAvailable.CHROMIUM).as("Debian's chromium, which .ci/run installs")
        .isExecutable();
    Path page = folder.resolve("report.html");
    Path png = folder.resolve("report.png");
    HtmlReport.of(SeedFixture.run(), SeedFixture.funnels()).write(page);

    Process chromium = new ProcessBuilder(List.of(ChromiumAvailable.CHROMIUM.toString(),
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + folder.resolve("profile"), "--screenshot=" + png,
        "--window-size=1280,2000", page.toUri().toString()))
        .redirectErrorStream(true).redirectOutput(folder.resolve("chromium.log").toFile())
        .start();
    // a bound so a stuck browser fails the test instead of hanging the build; not a timing check
    boolean finished = chromium.waitFor(5, TimeUnit.MINUTES);
    if (!finished) {
      chromium.destroyForcibly();
    }
    assertThat(finished).as("chromium finished; its log: %s", log(folder)).isTrue();
    assertThat(png).as("chromium wrote a screenshot; its log: %s", log(folder)).exists();

    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1280);
    Set<Integer> colours = new HashSet<>();
    long nonWhite = 0;
    long sampled = 0;
    for (int y = 0; y < image.getHeight(); y += 3) {
      for (int x = 0; x < image.getWidth(); x += 3) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        colours.add(rgb);
        nonWhite += rgb == 0xFFFFFF ? 0 : 1;
        sampled++;
      }
    }
    assertThat(colours).as("distinct colours").hasSizeGreaterThan(50);
    assertThat(nonWhite * 100 / sampled).as("percent of pixels not white").isGreaterThan(20);
    int header = image.getRGB(5, 5) & 0xFFFFFF;
    assertThat(header).as("the header is drawn in the style sheet's dark red, so the inline CSS "
        + "was applied").isEqualTo(0x7A1B1B);
  }

  private static String log(Path folder) {
    try {
      Path log = folder.resolve("chromium.log");
      return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(none)";
    } catch (IOException e) {
      return "(unreadable: " + e + ")";
    }
  }
}
