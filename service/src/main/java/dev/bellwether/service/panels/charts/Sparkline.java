package dev.bellwether.service.panels.charts;

import dev.bellwether.service.panels.render.HtmlText;
import dev.bellwether.service.panels.render.SafeHtml;
import java.util.ArrayList;
import java.util.List;

/**
 * A health score sparkline: values on the fixed 0–100 scale, evenly spaced left to right, the band
 * limits (50, 75) as dashed guides. A missing value (no score that month) breaks the line rather
 * than being drawn as 0, since "no score" is never 0.
 */
public final class Sparkline {
  /** The band limits drawn as guides (domain.md: Red &lt; 50 ≤ Yellow &lt; 75 ≤ Green). */
  private static final double[] GUIDES = {50, 75};
  private static final double PAD = 3;
  private final int width;
  private final int height;

  public Sparkline(int width, int height) {
    if (width < 20 || height < 10) {
      throw new IllegalArgumentException("a sparkline needs at least 20×10 pixels, got " + width + "×" + height);
    }
    this.width = width;
    this.height = height;
  }

  /**
   * The SVG for these values.
   *
   * @param values scores 0–100, oldest first; null where there is none
   * @param label what the chart shows, for screen readers (escaped here)
   * @throws IllegalArgumentException naming the index of a value outside 0–100 or not finite
   */
  public SafeHtml draw(List<Double> values, String label) {
    for (int i = 0; i < values.size(); i++) {
      Double v = values.get(i);
      if (v != null && !(v >= 0 && v <= 100)) {
        throw new IllegalArgumentException("sparkline value " + i + " must be within 0-100, was " + v);
      }
    }
    String text = HtmlText.escape(label);
    StringBuilder svg = new StringBuilder(512);
    svg.append("<svg class=\"bw-spark\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" role=\"img\" aria-label=\"").append(text).append("\"><title>").append(text).append("</title>");
    for (double g : GUIDES) {
      String y = SvgNumbers.coord(y(g));
      svg.append("<line class=\"bw-spark-guide\" x1=\"0\" x2=\"").append(width).append("\" y1=\"").append(y)
          .append("\" y2=\"").append(y).append("\" stroke=\"#c9c9c9\" stroke-dasharray=\"2 2\"/>");
    }
    for (List<String> run : runs(values)) {
      if (run.size() == 1) {
        String[] xy = run.get(0).split(",");
        svg.append("<circle class=\"bw-spark-dot\" cx=\"").append(xy[0]).append("\" cy=\"").append(xy[1])
            .append("\" r=\"2\" fill=\"#0b5cab\"/>");
      } else {
        svg.append("<polyline class=\"bw-spark-line\" fill=\"none\" stroke=\"#0b5cab\" stroke-width=\"2\" points=\"")
            .append(String.join(" ", run)).append("\"/>");
      }
    }
    return SafeHtml.trusted(svg.append("</svg>").toString());
  }

  /** The "x,y" points of each unbroken run of values. */
  private List<List<String>> runs(List<Double> values) {
    List<List<String>> runs = new ArrayList<>();
    List<String> run = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      Double v = values.get(i);
      if (v == null) {
        if (!run.isEmpty()) {
          runs.add(run);
          run = new ArrayList<>();
        }
        continue;
      }
      run.add(SvgNumbers.coord(x(i, values.size())) + "," + SvgNumbers.coord(y(v)));
    }
    if (!run.isEmpty()) {
      runs.add(run);
    }
    return runs;
  }

  private double x(int index, int count) {
    return count == 1 ? width / 2.0 : PAD + index * (width - 2 * PAD) / (count - 1);
  }

  private double y(double value) {
    return PAD + (100 - value) / 100 * (height - 2 * PAD);
  }
}
