package dev.bellwether.service.cli;

import dev.bellwether.store.Store;
import dev.bellwether.sync.status.SyncedOrgs;
import java.sql.SQLException;
import java.util.List;

/** The org a store-only command works on: the one given, else the store's only synced org. */
final class OrgChoice {

  private OrgChoice() {}

  static String single(Store store, String given) throws SQLException, CliUsageException {
    List<String> orgs = new SyncedOrgs(store.dataSource()).list();
    if (given != null) {
      if (!orgs.contains(given)) {
        throw new CliUsageException("org " + given + " has never been synced into " + store.describe()
            + (orgs.isEmpty() ? "" : "; synced orgs: " + String.join(", ", orgs)));
      }
      return given;
    }
    if (orgs.isEmpty()) {
      throw new CliUsageException("nothing has been synced into " + store.describe()
          + " yet: run `bellwether sync --once` first");
    }
    if (orgs.size() > 1) {
      throw new CliUsageException("the store holds several orgs (" + String.join(", ", orgs) + "): choose one with --org");
    }
    return orgs.get(0);
  }
}
