package dev.bellwether.service.canvas;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a verified signed request says about who looks at what, in which language and where.
 *
 * @param orgId context.organization.organizationId (18 characters as Salesforce sends it)
 * @param userId context.user.userId
 * @param userName context.user.userName (the login name)
 * @param fullName context.user.fullName, or the login name when absent
 * @param language context.user.language, e.g. "en_US" or "ko"
 * @param locale context.user.locale, e.g. "ko_KR": formats numbers and dates
 * @param timeZone context.user.timeZone, e.g. "Asia/Seoul"
 * @param currency context.user.currencyISOCode, else the org's, else "USD"
 * @param recordId context.environment.record.Id, else parameters.recordId (Aura wrappers); null off a record
 * @param recordType context.environment.record.attributes.type, else parameters.sObjectName; null as recordId
 * @param instanceUrl client.instanceUrl, the prefix of the CRM's links
 * @param targetOrigin client.targetOrigin, the origin of the page framing the panel
 * @param locationUrl context.environment.locationUrl, the page the user is on (may be null)
 * @param displayLocation context.environment.displayLocation, e.g. "PageLayout"
 * @param issuedAt when the CRM signed it
 * @param view context.environment.parameters.view: {@value #ACCOUNT_VIEW} or {@value #MANAGER_VIEW}
 */
public record CanvasContext(String orgId, String userId, String userName, String fullName, String language,
    String locale, String timeZone, String currency, String recordId, String recordType, String instanceUrl,
    String targetOrigin, String locationUrl, String displayLocation, Instant issuedAt, String view) {
  /** The Account page panel, what a request without parameters.view opens. */
  public static final String ACCOUNT_VIEW = "account";
  /** The manager views of the CRM tab. */
  public static final String MANAGER_VIEW = "manager";
  /** The views a signed request may name. */
  public static final List<String> VIEWS = List.of(ACCOUNT_VIEW, MANAGER_VIEW);

  public CanvasContext {
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(timeZone, "timeZone");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(view, "view");
  }

  /** Whether the app sits on a record page (then recordId and recordType are set). */
  public boolean onRecord() {
    return recordId != null && recordType != null;
  }

  /**
   * The CRM origins that frame the panel: those of targetOrigin, instanceUrl and locationUrl, in that
   * order, without repeats; for frame-ancestors.
   */
  public List<String> crmOrigins() {
    Set<String> out = new LinkedHashSet<>();
    Stream.of(targetOrigin, instanceUrl, locationUrl).forEach(u -> Origins.of(u).ifPresent(out::add));
    return List.copyOf(out);
  }
}
