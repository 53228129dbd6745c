package dev.bellwether.service.panels.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

  @Test
  void panelPolicyAllowsOnlyTheServiceAndTheCrmFrames() {
    assertEquals("default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none';"
            + " frame-ancestors https://acme.my.salesforce.com https://acme.lightning.force.com",
        ContentSecurityPolicy.panel(List.of("https://acme.my.salesforce.com", "https://acme.lightning.force.com"))
            .value());
  }

  @Test
  void noKnownOriginMeansNoFraming() {
    assertEquals("frame-ancestors 'none'", ContentSecurityPolicy.panel(List.of()).value()
        .replaceAll(".*; ", ""));
  }

  @Test
  void aSourceCannotInjectADirective() {
    assertThrows(IllegalArgumentException.class,
        () -> ContentSecurityPolicy.panel(List.of("https://x.example; script-src *")));
    assertThrows(IllegalArgumentException.class, () -> ContentSecurityPolicy.panel(List.of("*")));
    assertThrows(IllegalArgumentException.class, () -> ContentSecurityPolicy.builder().directive("a;b", "'self'"));
  }
}
