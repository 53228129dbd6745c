package dev.bellwether.devorg.org;

import dev.bellwether.devorg.auth.ConnectedApp;
import dev.bellwether.devorg.auth.SessionRegistry;
import dev.bellwether.devorg.faults.FaultInjector;
import dev.bellwether.devorg.limits.ApiUsage;
import dev.bellwether.devorg.schema.StandardObjects;
import dev.bellwether.devorg.store.Ids;
import dev.bellwether.devorg.store.WriteContext;
import dev.bellwether.devorg.store.WriteOp;
import dev.bellwether.devorg.store.WriteResult;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds a new org with its Organization record, the admin user and the default OAuth client. */
public final class OrgFactory {
  /** The org id every devorg has, so demo URLs and docs stay stable. */
  public static final String ORG_ID = Ids.caseSafe("00D000000000001");
  public static final String ADMIN_USERNAME = "admin@bellwether.devorg";
  public static final String DEFAULT_PASSWORD = "bellwether";
  public static final String CLI_CLIENT_ID = "bellwether-cli";
  public static final String CLI_CLIENT_SECRET = "bellwether-secret";

  private OrgFactory() {}

  /** A fresh org with standard objects, the Organization row and admin@bellwether.devorg. */
  public static Org create(Clock clock, Duration sessionTtl, int apiLimit, long faultSeed) {
    Org org = new Org(ORG_ID, "Bellwether Dev Org", ZoneId.of("America/Los_Angeles"), clock,
        StandardObjects.newSchema(), new SessionRegistry(clock, sessionTtl),
        new ApiUsage(clock, apiLimit), new FaultInjector(faultSeed));
    org.apps().register(new ConnectedApp("Bellwether CLI", CLI_CLIENT_ID, CLI_CLIENT_SECRET, null, null));
    return org;
  }

  /** Writes the Organization row and the admin user into an empty org. */
  public static void addFoundationRecords(Org org) {
    // The admin is its own creator: Salesforce's first user is created by the system.
    String adminId = Ids.of("005", 1);
    Map<String, Object> admin = new LinkedHashMap<>();
    admin.put("Username", ADMIN_USERNAME);
    admin.put("FirstName", "Avery");
    admin.put("LastName", "Admin");
    admin.put("Email", ADMIN_USERNAME);
    admin.put("Alias", "admin");
    admin.put("Title", "System Administrator");
    admin.put("TimeZoneSidKey", "America/Los_Angeles");
    admin.put("LocaleSidKey", "en_US");
    admin.put("LanguageLocaleKey", "en_US");
    WriteContext ctx = new WriteContext(adminId, org.clock().instant(), false);
    WriteResult user = org.store().apply(List.of(new WriteOp.Create("User", admin)), true, ctx).get(0);
    if (!user.success() || !user.id().equals(adminId)) {
      throw new IllegalStateException("cannot create the admin user: " + user.errors());
    }
    org.setAdminUserId(adminId);
    org.credentials().setPassword(adminId, DEFAULT_PASSWORD);
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("Name", org.name());
    row.put("InstanceName", "DEV1");
    row.put("IsSandbox", false);
    row.put("OrganizationType", "Developer Edition");
    row.put("DefaultLocaleSidKey", "en_US");
    row.put("LanguageLocaleKey", "en_US");
    row.put("TimeZoneSidKey", org.timeZone().getId());
    row.put("Country", "US");
    WriteResult orgRow = org.store().apply(List.of(new WriteOp.Create("Organization", row)), true, ctx).get(0);
    if (!orgRow.success() || !orgRow.id().equals(org.id())) {
      throw new IllegalStateException("cannot create the Organization record: " + orgRow);
    }
  }

  /**
   * Marks an org restored from disk as ready: the admin is the first user, and every user
   * logs in with the default password (devorg has no password-change call to remember).
   */
  public static void adopt(Org org) {
    org.setAdminUserId(Ids.of("005", 1));
    org.store().scan(org.schema().object("User").orElseThrow(), false)
        .forEach(u -> org.credentials().setPassword(u.id(), DEFAULT_PASSWORD));
  }
}
