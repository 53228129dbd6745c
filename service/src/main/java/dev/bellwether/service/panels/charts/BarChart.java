package dev.bellwether.service.panels.charts;

import dev.bellwether.service.panels.render.HtmlText;
import dev.bellwether.service.panels.render.SafeHtml;
import java.util.List;

/** A small bar chart of counts (usage per month): bars scaled to the largest, labels under them. */
public final class BarChart {
  private static final int LABEL_BAND = 14;
  private static final int GAP = 4;
  private final int width;
  private final int height;

  public BarChart(int width, int height) {
    if (width < 40 || height < LABEL_BAND + 10) {
      throw new IllegalArgumentException("a bar chart needs at least 40×" + (LABEL_BAND + 10) + " pixels, got "
          + width + "×" + height);
    }
    this.width = width;
    this.height = height;
  }

  /**
   * One bar.
   *
   * @param label under the bar, e.g. the month ("Mar"); escaped here
   * @param value the count, 0 or more
   * @param valueText the count as the user reads it, for the bar's tooltip; escaped here
   */
  public record Bar(String label, long value, String valueText) {
    public Bar {
      if (value < 0) {
        throw new IllegalArgumentException("a bar's value must be 0 or more, was " + value + " for " + label);
      }
    }
  }

  /** The SVG of these bars, left to right. */
  public SafeHtml draw(List<Bar> bars, String label) {
    String text = HtmlText.escape(label);
    StringBuilder svg = new StringBuilder(256 + bars.size() * 200);
    svg.append("<svg class=\"bw-bars\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" role=\"img\" aria-label=\"").append(text).append("\"><title>").append(text).append("</title>");
    long max = bars.stream().mapToLong(Bar::value).max().orElse(0);
    double slot = bars.isEmpty() ? 0 : (double) width / bars.size();
    double plot = height - LABEL_BAND;
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      double h = max == 0 ? 0 : plot * b.value() / max;
      double x = i * slot + GAP / 2.0;
      svg.append("<rect class=\"bw-bar\" x=\"").append(SvgNumbers.coord(x)).append("\" y=\"")
          .append(SvgNumbers.coord(plot - h)).append("\" width=\"").append(SvgNumbers.coord(slot - GAP))
          .append("\" height=\"").append(SvgNumbers.coord(h)).append("\" fill=\"#1b96ff\"><title>")
          .append(HtmlText.escape(b.label())).append(": ").append(HtmlText.escape(b.valueText()))
          .append("</title></rect>");
      svg.append("<text x=\"").append(SvgNumbers.coord(i * slot + slot / 2)).append("\" y=\"").append(height - 3)
          .append("\" text-anchor=\"middle\" font-size=\"10\" fill=\"#444\">").append(HtmlText.escape(b.label()))
          .append("</text>");
    }
    return SafeHtml.trusted(svg.append("</svg>").toString());
  }
}
