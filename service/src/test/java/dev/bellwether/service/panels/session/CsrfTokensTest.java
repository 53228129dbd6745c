package dev.bellwether.service.panels.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bellwether.service.panels.session.PanelSessionException.Reason;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CsrfTokensTest {
  private final PanelSessions sessions = new PanelSessions(PanelSessionsTest.KEYS, Duration.ofHours(2),
      Clock.fixed(PanelSessionsTest.NOW, ZoneOffset.UTC));
  private final CsrfTokens csrf = new CsrfTokens(PanelSessionsTest.KEYS);

  @Test
  void formWithItsSessionsTokenPasses() throws Exception {
    PanelSession s = sessions.open(PanelSessionsTest.context(PanelSessionsTest.ACCOUNT), PanelSessionsTest.CRM);
    String token = csrf.tokenFor(s);
    csrf.verify(s, token);
    // Stateless: the same session read back from its token derives the same CSRF token.
    csrf.verify(sessions.verify(sessions.token(s), PanelSessionsTest.ACCOUNT), token);
  }

  @Test
  void missingAlteredOrOtherSessionsTokenIsRefused() {
    PanelSession s = sessions.open(PanelSessionsTest.context(PanelSessionsTest.ACCOUNT), PanelSessionsTest.CRM);
    PanelSession other = sessions.open(PanelSessionsTest.context(PanelSessionsTest.ACCOUNT), PanelSessionsTest.CRM);
    String mine = csrf.tokenFor(s);
    assertNotEquals(mine, csrf.tokenFor(other));
    for (String bad : new String[] {null, "", mine.substring(1), mine + "A", csrf.tokenFor(other)}) {
      assertEquals(Reason.BAD_CSRF, assertThrows(PanelSessionException.class, () -> csrf.verify(s, bad)).reason());
    }
  }

  @Test
  void csrfTokenIsNotTheSessionSignature() {
    PanelSession s = sessions.open(PanelSessionsTest.context(PanelSessionsTest.ACCOUNT), PanelSessionsTest.CRM);
    String token = sessions.token(s);
    String signature = token.substring(token.lastIndexOf('.') + 1);
    assertNotEquals(signature, csrf.tokenFor(s));
  }
}
