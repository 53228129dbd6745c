package dev.bellwether.service.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanvasConfigLoaderTest {

  @Test
  void readsOrgsDurationsAndSecretReferences() throws Exception {
    CanvasSettings s = CanvasConfigLoader.parse("bellwether.yaml", """
        canvas:
          maxAge: 5m
          clockSkew: 30s
          sessionTtl: 1h
          sessionKey: env:PANEL_KEY
          orgs:
            - orgId: 00D000000000001EAA
              consumerSecret: env:CANVAS_SECRET
              frameAncestors: [https://acme.lightning.force.com]
        """);
    assertEquals(Duration.ofMinutes(5), s.maxAge());
    assertEquals(Duration.ofSeconds(30), s.clockSkew());
    assertEquals(Duration.ofHours(1), s.sessionTtl());
    assertEquals("env:PANEL_KEY", s.sessionKey().orElseThrow().toString());
    CanvasOrg org = s.org("00D000000000001").orElseThrow();
    assertEquals(List.of("https://acme.lightning.force.com"), org.frameAncestors());
    ConsumerSecrets secrets = ConsumerSecrets.resolve(s, Map.of("CANVAS_SECRET", "shh"));
    assertEquals("shh", new String(secrets.of("00D000000000001EAA").orElseThrow()));
  }

  @Test
  void withoutTheSectionNoOrgIsRegistered() throws Exception {
    CanvasSettings s = CanvasConfigLoader.parse("bellwether.yaml", "salesforce: {}\n");
    assertTrue(s.orgs().isEmpty());
    assertEquals(CanvasSettings.DEFAULT_MAX_AGE, s.maxAge());
  }

  @Test
  void problemsNameFileLineAndKeyAndNeverTakeALiteralSecret() {
    CanvasConfigException e = assertThrows(CanvasConfigException.class, () -> CanvasConfigLoader.parse("b.yaml", """
        canvas:
          maxAge: soon
          orgs:
            - orgId: 12345
              consumerSecret: hunter2-literal
              frameAncestors: ["https://x.example; script-src *"]
          sesionTtl: 2h
        """));
    String all = String.join("\n", e.problems());
    assertTrue(all.contains("b.yaml:2: canvas.maxAge"), all);
    assertTrue(all.contains("orgId: must be an org id"), all);
    assertTrue(all.contains("consumerSecret: must be a reference like env:NAME"), all);
    assertTrue(all.contains("is not an origin"), all);
    assertTrue(all.contains("did you mean 'sessionTtl'"), all);
    assertTrue(!all.contains("hunter2"), all);
  }

  @Test
  void missingSecretVariableIsReportedWithItsOrgAndName() throws Exception {
    CanvasSettings s = CanvasConfigLoader.parse("bellwether.yaml", """
        canvas:
          orgs:
            - orgId: 00D000000000001EAA
              consumerSecret: env:NOT_SET_HERE
        """);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> ConsumerSecrets.resolve(s, Map.of()));
    assertTrue(e.getMessage().contains("00D000000000001EAA") && e.getMessage().contains("NOT_SET_HERE"),
        e.getMessage());
  }
}
