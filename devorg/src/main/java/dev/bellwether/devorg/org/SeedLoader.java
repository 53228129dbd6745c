package dev.bellwether.devorg.org;

import dev.bellwether.devorg.seed.DemoSeed;
import dev.bellwether.devorg.seed.DemoSeedOptions;
import dev.bellwether.devorg.seed.SeedSummary;
import dev.bellwether.devorg.store.WriteContext;
import dev.bellwether.devorg.store.WriteOp;
import dev.bellwether.devorg.store.WriteResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Writes the demo book of business into an org, as the admin, with seeded audit dates. */
public final class SeedLoader {
  private SeedLoader() {}

  /** Seeds the org and writes the outside signals under signalsDir. */
  public static SeedSummary load(Org org, long seedNumber, int accounts, Path signalsDir) throws IOException {
    LocalDate today = LocalDate.now(org.clock().withZone(org.timeZone()));
    DemoSeed seed = new DemoSeed(new DemoSeedOptions(seedNumber, accounts, today));
    SeedSummary summary = seed.writeTo((type, fields) -> insert(org, type, fields), signalsDir);
    // Seeded users log in like the admin: devorg has one password for everyone.
    org.store().scan(org.schema().object("User").orElseThrow(), false)
        .forEach(u -> org.credentials().setPassword(u.id(), OrgFactory.DEFAULT_PASSWORD));
    return summary;
  }

  private static String insert(Org org, String type, Map<String, Object> fields) {
    WriteContext ctx = new WriteContext(org.adminUserId(), org.clock().instant(), true);
    WriteResult r = org.store().apply(List.of(new WriteOp.Create(type, fields)), true, ctx).get(0);
    if (!r.success()) {
      throw new IllegalStateException("demo seed wrote an invalid " + type + " " + fields + ": " + r.errors());
    }
    return r.id();
  }
}
