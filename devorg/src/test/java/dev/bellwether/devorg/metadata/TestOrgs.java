package dev.bellwether.devorg.metadata;

import dev.bellwether.devorg.org.Org;
import dev.bellwether.devorg.org.OrgFactory;
import dev.bellwether.devorg.store.WriteOp;
import dev.bellwether.devorg.store.WriteResult;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A fresh in-memory org (no HTTP) and record writes as the admin. */
final class TestOrgs {
  private TestOrgs() {}

  static Org fresh() {
    Org org = OrgFactory.create(Clock.systemUTC(), Duration.ofHours(1), 1_000_000, 7);
    OrgFactory.addFoundationRecords(org);
    return org;
  }

  static WriteResult create(Org org, String type, Map<String, Object> fields) {
    return org.store().apply(List.of(new WriteOp.Create(type, fields)), false,
        org.writeAs(org.adminUserId())).get(0);
  }
}
