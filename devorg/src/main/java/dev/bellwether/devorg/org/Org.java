package dev.bellwether.devorg.org;

import dev.bellwether.devorg.auth.ConnectedApps;
import dev.bellwether.devorg.auth.Credentials;
import dev.bellwether.devorg.auth.SessionRegistry;
import dev.bellwether.devorg.faults.FaultInjector;
import dev.bellwether.devorg.limits.ApiUsage;
import dev.bellwether.devorg.schema.ObjectDef;
import dev.bellwether.devorg.schema.Schema;
import dev.bellwether.devorg.store.OrgStore;
import dev.bellwether.devorg.store.StoredRecord;
import dev.bellwether.devorg.store.WriteContext;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

/**
 * One Salesforce org: its identity, schema, records, users, sessions, apps, API budget and
 * injected faults. Every API surface (SOAP, REST, Bulk, Metadata, Canvas) works on this.
 */
public final class Org {
  private final String id;
  private final String name;
  private final ZoneId timeZone;
  private final Clock clock;
  private final OrgStore store;
  private final SessionRegistry sessions;
  private final Credentials credentials = new Credentials();
  private final ConnectedApps apps = new ConnectedApps();
  private final CanvasTabs canvasTabs = new CanvasTabs();
  private final ApiUsage apiUsage;
  private final FaultInjector faults;
  private volatile String adminUserId;
  private volatile String baseUrl = "http://127.0.0.1";

  public Org(String id, String name, ZoneId timeZone, Clock clock, Schema schema,
      SessionRegistry sessions, ApiUsage apiUsage, FaultInjector faults) {
    this.id = id;
    this.name = name;
    this.timeZone = timeZone;
    this.clock = clock;
    this.store = new OrgStore(schema);
    this.sessions = sessions;
    this.apiUsage = apiUsage;
    this.faults = faults;
    store.setFaults(faults);
  }

  public String id() { return id; }
  public String name() { return name; }
  public ZoneId timeZone() { return timeZone; }
  public Clock clock() { return clock; }
  public Schema schema() { return store.schema(); }
  public OrgStore store() { return store; }
  public SessionRegistry sessions() { return sessions; }
  public Credentials credentials() { return credentials; }
  public ConnectedApps apps() { return apps; }
  public CanvasTabs canvasTabs() { return canvasTabs; }
  public ApiUsage apiUsage() { return apiUsage; }
  public FaultInjector faults() { return faults; }

  /** The user that owns records written without a session (seed, admin endpoints). */
  public String adminUserId() {
    return adminUserId;
  }

  void setAdminUserId(String userId) {
    this.adminUserId = userId;
  }

  /** Where this org is served, e.g. http://127.0.0.1:7443 (no trailing slash). */
  public String baseUrl() {
    return baseUrl;
  }

  public void setBaseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** A write context for a user, now. */
  public WriteContext writeAs(String userId) {
    return new WriteContext(userId, clock.instant(), false);
  }

  /** The live user with this username (case-insensitive, as Salesforce logins are). */
  public Optional<StoredRecord> userByUsername(String username) {
    ObjectDef user = schema().object("User").orElseThrow();
    return store.lookup(user, user.field("Username").orElseThrow(), username).stream()
        .findFirst().flatMap(store::find).filter(r -> !r.deleted());
  }

  /** A live user by id. */
  public Optional<StoredRecord> user(String userId) {
    return store.find(userId).filter(r -> !r.deleted() && r.type().name().equals("User"));
  }
}
