package dev.bellwether.service.panels.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SparklineTest {
  // 106×56 with 3 px padding: x = 3 + 25·i over 5 points, y = 3 + (100 − v)/2.
  private final Sparkline spark = new Sparkline(106, 56);

  @Test
  void knownPointsLandOnHandComputedCoordinatesAndAGapBreaksTheLine() {
    String svg = spark.draw(Arrays.asList(0.0, 50.0, null, 100.0, 75.0), "Health").html();
    assertEquals("<svg class=\"bw-spark\" width=\"106\" height=\"56\" viewBox=\"0 0 106 56\" role=\"img\""
        + " aria-label=\"Health\"><title>Health</title>"
        + "<line class=\"bw-spark-guide\" x1=\"0\" x2=\"106\" y1=\"28\" y2=\"28\" stroke=\"#c9c9c9\" stroke-dasharray=\"2 2\"/>"
        + "<line class=\"bw-spark-guide\" x1=\"0\" x2=\"106\" y1=\"15.5\" y2=\"15.5\" stroke=\"#c9c9c9\""
        + " stroke-dasharray=\"2 2\"/>"
        + "<polyline class=\"bw-spark-line\" fill=\"none\" stroke=\"#0b5cab\" stroke-width=\"2\" points=\"3,53 28,28\"/>"
        + "<polyline class=\"bw-spark-line\" fill=\"none\" stroke=\"#0b5cab\" stroke-width=\"2\""
        + " points=\"78,3 103,15.5\"/></svg>", svg);
  }

  @Test
  void aLonePointIsADotAndNoValuesDrawOnlyTheGuides() {
    assertTrue(spark.draw(Arrays.asList(null, 40.0, null), "x").html()
        .contains("<circle class=\"bw-spark-dot\" cx=\"53\" cy=\"33\" r=\"2\" fill=\"#0b5cab\"/>"));
    String empty = spark.draw(Arrays.asList(null, null), "x").html();
    assertTrue(!empty.contains("polyline") && !empty.contains("circle"), empty);
  }

  @Test
  void theLabelIsEscapedAndBadValuesAreRefusedByIndex() {
    assertTrue(spark.draw(List.of(10.0), "<script>\"").html().contains("aria-label=\"&lt;script&gt;&quot;\""));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> spark.draw(List.of(10.0, 101.0), "x"));
    assertEquals("sparkline value 1 must be within 0-100, was 101.0", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> spark.draw(List.of(Double.NaN), "x"));
  }

  @Test
  void barsScaleToTheLargestAndEscapeTheirLabels() {
    String svg = new BarChart(100, 64).draw(List.of(new BarChart.Bar("<b>", 50, "50"),
        new BarChart.Bar("Feb", 100, "100")), "Usage").html();
    // Plot height 64 − 14 = 50: 50 of 100 → 25 high at y 25; slot 50 wide, bars 46.
    assertTrue(svg.contains("<rect class=\"bw-bar\" x=\"2\" y=\"25\" width=\"46\" height=\"25\" fill=\"#1b96ff\">"
        + "<title>&lt;b&gt;: 50</title></rect>"), svg);
    assertTrue(svg.contains("<rect class=\"bw-bar\" x=\"52\" y=\"0\" width=\"46\" height=\"50\""), svg);
  }
}
