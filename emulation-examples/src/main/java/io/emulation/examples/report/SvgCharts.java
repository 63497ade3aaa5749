package io.emulation.examples.report;

import static io.emulation.examples.report.Html.attr;
import static io.emulation.examples.report.Html.escape;

import java.util.List;
import java.util.Locale;

/**
 * Inline SVG bar charts for the HTML report: no script, no font files, sizes in user units so
 * they scale with the page. Every bar carries its numbers in {@code data-*} attributes, which is
 * how tests (and curious readers of the source) check them.
 *
 * @since 0.1
 */
public final class SvgCharts {
  private static final int WIDTH = 640;

  private SvgCharts() {}

  /**
   * One bar of a chart.
   *
   * @param key what the bar stands for, in {@code data-key}
   * @param label the label under the bar
   * @param value its height
   * @param colour a CSS colour
   * @since 0.1
   */
  public record Bar(String key, String label, long value, String colour) {}

  /**
   * One row of a stacked chart: two parts side by side.
   *
   * @param key what the row stands for, in {@code data-key}
   * @param label the label left of the row
   * @param first the first part
   * @param second the second part
   * @since 0.1
   */
  public record Stack(String key, String label, long first, long second) {
    /** Both parts. */
    public long total() {
      return first + second;
    }
  }

  /** Vertical bars with their values above them. */
  public static String columns(String id, String title, List<Bar> bars) {
    int height = 240;
    int base = 200;
    long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
    int slot = bars.isEmpty() ? WIDTH : WIDTH / bars.size();
    int barWidth = Math.min(90, slot - 20);
    StringBuilder svg = open(id, title, WIDTH, height);
    svg.append("<line x1=\"0\" y1=\"").append(base).append("\" x2=\"").append(WIDTH)
        .append("\" y2=\"").append(base).append("\" stroke=\"#888\"/>");
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      int h = (int) Math.round(170.0 * bar.value() / max);
      int x = i * slot + (slot - barWidth) / 2;
      svg.append("<g class=\"bar\" ").append(attr("data-key", bar.key())).append(' ')
          .append(attr("data-count", bar.value())).append('>')
          .append("<rect x=\"").append(x).append("\" y=\"").append(base - h)
          .append("\" width=\"").append(barWidth).append("\" height=\"").append(h)
          .append("\" ").append(attr("fill", bar.colour())).append("/>")
          .append(text(x + barWidth / 2, base - h - 6, "middle", "value", bar.value()))
          .append(text(x + barWidth / 2, base + 18, "middle", "label", bar.label()))
          .append("</g>");
    }
    return svg.append("</svg>").toString();
  }

  /** Horizontal rows, each of two stacked parts, the total at the end of the row. */
  public static String rows(String id, String title, String firstName, String secondName,
      List<Stack> stacks) {
    int labelWidth = 230;
    int rowHeight = 26;
    int height = 40 + rowHeight * stacks.size();
    long max = Math.max(1, stacks.stream().mapToLong(Stack::total).max().orElse(1));
    double scale = (WIDTH - labelWidth - 50.0) / max;
    StringBuilder svg = open(id, title, WIDTH, height);
    svg.append("<rect x=\"").append(labelWidth).append("\" y=\"4\" width=\"12\" height=\"12\" ")
        .append("fill=\"#2e6db4\"/>").append(text(labelWidth + 18, 14, "start", "legend",
            firstName))
        .append("<rect x=\"").append(labelWidth + 200).append("\" y=\"4\" width=\"12\" ")
        .append("height=\"12\" fill=\"#9cc3ea\"/>")
        .append(text(labelWidth + 218, 14, "start", "legend", secondName));
    for (int i = 0; i < stacks.size(); i++) {
      Stack row = stacks.get(i);
      int y = 30 + i * rowHeight;
      long firstWidth = Math.round(row.first() * scale);
      long secondWidth = Math.round(row.second() * scale);
      svg.append("<g class=\"row\" ").append(attr("data-key", row.key())).append(' ')
          .append(attr("data-first", row.first())).append(' ')
          .append(attr("data-second", row.second())).append(' ')
          .append(attr("data-count", row.total())).append('>')
          .append(text(labelWidth - 8, y + 15, "end", "label", row.label()))
          .append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y)
          .append("\" width=\"").append(firstWidth).append("\" height=\"18\" fill=\"#2e6db4\"/>")
          .append("<rect x=\"").append(labelWidth + firstWidth).append("\" y=\"").append(y)
          .append("\" width=\"").append(secondWidth)
          .append("\" height=\"18\" fill=\"#9cc3ea\"/>")
          .append(text((int) (labelWidth + firstWidth + secondWidth + 6), y + 15, "start",
              "value", row.total()))
          .append("</g>");
    }
    return svg.append("</svg>").toString();
  }

  private static StringBuilder open(String id, String title, int width, int height) {
    return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" ")
        .append(attr("id", id)).append(" viewBox=\"0 0 ").append(width).append(' ')
        .append(height).append("\" role=\"img\" ").append(attr("aria-label", title))
        .append('>').append("<title>").append(escape(title)).append("</title>");
  }

  private static String text(int x, int y, String anchor, String cssClass, Object value) {
    return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\" class=\"%s\">",
        x, y, anchor, cssClass) + escape(String.valueOf(value)) + "</text>";
  }
}
