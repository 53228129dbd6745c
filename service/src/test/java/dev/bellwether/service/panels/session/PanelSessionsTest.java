package dev.bellwether.service.panels.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bellwether.service.canvas.CanvasContext;
import dev.bellwether.service.panels.session.PanelSessionException.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class PanelSessionsTest {
  static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
  static final String ACCOUNT = "001000000000001AAA";
  static final SessionKeys KEYS = new SessionKeys("a-panel-key-of-32-bytes-length!!".getBytes(StandardCharsets.UTF_8));
  static final List<String> CRM = List.of("https://acme.my.salesforce.com");

  static CanvasContext context(String record) {
    return new CanvasContext("00D000000000001EAA", "005000000000001AAA", "kim@acme.example", "Kim Minji", "ko",
        "ko_KR", "Asia/Seoul", "KRW", record, "Account", CRM.get(0), CRM.get(0), null, "PageLayout", NOW, "account");
  }

  private static PanelSessions at(Instant now) {
    return new PanelSessions(KEYS, Duration.ofHours(2), Clock.fixed(now, ZoneOffset.UTC));
  }

  @Test
  void tokenOpensTheSameSessionForItsRecord() throws Exception {
    PanelSessions sessions = at(NOW);
    PanelSession s = sessions.open(context(ACCOUNT), CRM);
    PanelSession back = sessions.verify(sessions.token(s), ACCOUNT);
    assertEquals(s, back);
    assertEquals(NOW.plus(Duration.ofHours(2)), back.expiresAt());
    assertEquals("ko_KR", back.locale());
    assertEquals(CRM, back.frameAncestors());
  }

  @Test
  void everySignedRequestGetsItsOwnSession() {
    PanelSessions sessions = at(NOW);
    assertNotEquals(sessions.open(context(ACCOUNT), CRM).id(), sessions.open(context(ACCOUNT), CRM).id());
  }

  @Test
  void alteredPayloadOrSignatureIsRefused() {
    PanelSessions sessions = at(NOW);
    String token = sessions.token(sessions.open(context(ACCOUNT), CRM));
    String[] parts = token.split("\\.");
    String json = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
        .replace(ACCOUNT, "001000000000999AAA");
    String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    assertEquals(Reason.BAD_SIGNATURE, reason(sessions, forged, "001000000000999AAA"));
    char last = token.charAt(token.length() - 2);
    String badSig = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);
    assertEquals(Reason.BAD_SIGNATURE, reason(sessions, badSig, ACCOUNT));
  }

  @Test
  void tokenOfAnotherKeyIsRefused() {
    PanelSessions other = new PanelSessions(SessionKeys.random(), Duration.ofHours(2), Clock.fixed(NOW, ZoneOffset.UTC));
    String token = other.token(other.open(context(ACCOUNT), CRM));
    assertEquals(Reason.BAD_SIGNATURE, reason(at(NOW), token, ACCOUNT));
  }

  @Test
  void expiredTokenIsRefusedAtItsExpiryNotBefore() throws Exception {
    PanelSessions issuing = at(NOW);
    String token = issuing.token(issuing.open(context(ACCOUNT), CRM));
    at(NOW.plus(Duration.ofHours(2)).minusSeconds(1)).verify(token, ACCOUNT);
    assertEquals(Reason.EXPIRED, reason(at(NOW.plus(Duration.ofHours(2))), token, ACCOUNT));
  }

  @Test
  void sessionOfOneRecordDoesNotOpenAnother() {
    PanelSessions sessions = at(NOW);
    String token = sessions.token(sessions.open(context(ACCOUNT), CRM));
    assertEquals(Reason.OTHER_RECORD, reason(sessions, token, "001000000000002AAA"));
    assertEquals(Reason.OTHER_RECORD, reason(sessions, token, null));
  }

  @Test
  void garbageTokensAreMalformed() {
    PanelSessions sessions = at(NOW);
    for (String t : new String[] {null, "", "v1", "v2.abc.def", "v1.%%%.abc", "x".repeat(9000)}) {
      assertEquals(Reason.MALFORMED, reason(sessions, t, ACCOUNT), String.valueOf(t));
    }
  }

  @Test
  void signedRequestWithoutARecordOpensNoSession() {
    CanvasContext tab = new CanvasContext("00D000000000001EAA", "005000000000001AAA", "u", "u", "en_US", "en_US",
        "UTC", "USD", null, null, null, null, null, "Navigation", NOW, "manager");
    assertThrows(IllegalArgumentException.class, () -> at(NOW).open(tab, CRM));
  }

  private static Reason reason(PanelSessions sessions, String token, String record) {
    return assertThrows(PanelSessionException.class, () -> sessions.verify(token, record)).reason();
  }
}
