package dev.bellwether.sync.status;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The orgs that have a sync status in the store, so {@code sync status} can name the org without
 * logging in to the CRM. One query; it would sit better on the store's ObjectStatusRepository.
 */
public final class SyncedOrgs {
  private final DataSource dataSource;

  public SyncedOrgs(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Every org id with a status row, sorted. */
  public List<String> list() throws SQLException {
    List<String> orgs = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement("SELECT DISTINCT org_id FROM sync_object_status ORDER BY org_id");
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        orgs.add(rs.getString(1));
      }
    }
    return orgs;
  }
}
