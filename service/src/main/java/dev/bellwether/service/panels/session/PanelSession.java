package dev.bellwether.service.panels.session;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Who may see which record's panel, and how, until when: what a session token carries.
 *
 * @param id random, unique per signed request; the CSRF token derives from it
 * @param orgId the org
 * @param userId the CRM user
 * @param userName the user's name as shown (full name)
 * @param recordId the one record this session may show
 * @param recordType that record's object, e.g. "Account"
 * @param language the user's Salesforce language, e.g. "ko"
 * @param locale the user's Salesforce locale, e.g. "ko_KR"
 * @param timeZone the user's time zone id
 * @param currency the user's currency code
 * @param frameAncestors the origins that may frame the panel (CSP)
 * @param expiresAt when the token stops opening
 */
public record PanelSession(String id, String orgId, String userId, String userName, String recordId,
    String recordType, String language, String locale, String timeZone, String currency,
    List<String> frameAncestors, Instant expiresAt) {

  public PanelSession {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(recordType, "recordType");
    frameAncestors = List.copyOf(frameAncestors);
    Objects.requireNonNull(expiresAt, "expiresAt");
  }
}
