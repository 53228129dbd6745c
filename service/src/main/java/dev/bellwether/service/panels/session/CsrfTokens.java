package dev.bellwether.service.panels.session;

import dev.bellwether.service.panels.session.PanelSessionException.Reason;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * The CSRF token of a session, derived (HMAC with a key of its own) from the session id, org and
 * user, so it needs no storage and differs per session. Every panel POST sends it in a hidden
 * field; {@link #verify} refuses a form without it or with another session's.
 */
public final class CsrfTokens {
  private final SessionKeys keys;

  public CsrfTokens(SessionKeys keys) {
    this.keys = keys;
  }

  public String tokenFor(PanelSession session) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(keys.signCsrf(subject(session)));
  }

  /** Passes when the submitted token is this session's; compared in constant time. */
  public void verify(PanelSession session, String submitted) throws PanelSessionException {
    if (submitted == null || submitted.isEmpty()) {
      throw new PanelSessionException(Reason.BAD_CSRF, "the form has no CSRF token (user " + session.userId()
          + ", org " + session.orgId() + ")");
    }
    byte[] expected = tokenFor(session).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, submitted.getBytes(StandardCharsets.US_ASCII))) {
      throw new PanelSessionException(Reason.BAD_CSRF, "the form's CSRF token is not this session's (user "
          + session.userId() + ", org " + session.orgId() + ")");
    }
  }

  private static String subject(PanelSession s) {
    return "csrf\n" + s.id() + "\n" + s.orgId() + "\n" + s.userId() + "\n" + s.recordId();
  }
}
