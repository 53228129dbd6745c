package dev.bellwether.service.panels.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class HtmlEscapingInsertionTest {
  private final PanelRenderer renderer = new PanelRenderer();
  private final SafeHtml svg = SafeHtml.trusted("<svg viewBox=\"0 0 10 10\"><path d=\"M0 5 L10 5\"/></svg>");

  @Test
  void scriptInACrmNameRendersAsText() {
    String html = renderer.render("test-escape", Map.of("text", "<script>alert(1)</script>", "svg", svg));
    assertTrue(html.contains("<p class=\"name\">&lt;script&gt;alert(1)&lt;/script&gt;</p>"), html);
    assertFalse(html.contains("<script>"), html);
  }

  @Test
  void quoteInACrmValueCannotOpenAnAttribute() {
    String html = renderer.render("test-escape", Map.of("text", "\" onmouseover=\"alert(1)", "svg", svg));
    assertTrue(html.contains("<a title=\"&quot; onmouseover=&quot;alert(1)\" href=\"#\">"), html);
    assertFalse(html.contains("\" onmouseover="), html);
    String single = renderer.render("test-escape", Map.of("text", "' onfocus='x' & <b>", "svg", svg));
    assertTrue(single.contains("&#39; onfocus=&#39;x&#39; &amp; &lt;b&gt;"), single);
  }

  @Test
  void safeHtmlBuiltInJavaIsInsertedAsIs() {
    String html = renderer.render("test-escape", Map.of("text", "Acme", "svg", svg));
    assertTrue(html.contains("<div class=\"chart\"><svg viewBox=\"0 0 10 10\"><path d=\"M0 5 L10 5\"/></svg></div>"),
        html);
  }

  @Test
  void aStringThatLooksLikeSvgIsStillEscaped() {
    String html = renderer.render("test-escape", Map.of("text", "Acme", "svg", "<svg onload=alert(1)>"));
    assertTrue(html.contains("&lt;svg onload=alert(1)&gt;"), html);
  }

  @Test
  void aMissingValueFailsTheRenderInsteadOfPrintingItsName() {
    RuntimeException e = assertThrows(RuntimeException.class, () -> renderer.render("test-escape", Map.of("text", "x")));
    assertTrue(e.getMessage().contains("svg"), e.getMessage());
  }

  @Test
  void escapeLeavesPlainTextAloneAndHandlesEveryDangerousCharacter() {
    assertEquals("Acme 한국 Corp", HtmlText.escape("Acme 한국 Corp"));
    assertEquals("&lt;&gt;&amp;&quot;&#39;", HtmlText.escape("<>&\"'"));
  }
}
