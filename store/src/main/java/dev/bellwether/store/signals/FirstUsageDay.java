package dev.bellwether.store.signals;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.BiConsumer;
import javax.sql.DataSource;

/**
 * Which features each account used in a window (grouped in SQL: one row per account and
 * feature), for feature adoption against the org's key features.
 */
public final class FeatureUseQuery {

  private final DataSource dataSource;

  public FeatureUseQuery(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The first day any product usage (single events or weekly rollups) was recorded for the org. */
  public java.util.Optional<java.time.LocalDate> firstUsageDay(String orgId) throws SQLException {
    // One MIN per kind: each is answered from the (org_id, kind, occurred_on) index without a scan.
    java.time.LocalDate first = null;
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT MIN(occurred_on) FROM signal_usage WHERE org_id = ? AND kind = ?")) {
      for (String kind : new String[] {"event", "weekly"}) {
        ps.setString(1, orgId);
        ps.setString(2, kind);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          Date day = rs.getDate(1);
          if (day != null && (first == null || day.toLocalDate().isBefore(first))) {
            first = day.toLocalDate();
          }
        }
      }
    }
    return java.util.Optional.ofNullable(first);
  }

  /** Calls {@code each} with (account id, feature) for every feature used in {@code window}. */
  public void featuresByAccount(String orgId, DateWindow window, BiConsumer<String, String> each) throws SQLException {
    // One branch per kind, so each reads only the window from the (org_id, kind, occurred_on) index:
    // with "kind IN (...)" H2 cannot use the date range and reads every usage row.
    String branch = "SELECT account_id, name FROM signal_usage WHERE org_id = ? AND kind = ?"
        + " AND occurred_on >= ? AND occurred_on < ?";
    String sql = branch + " UNION " + branch;
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      // PostgreSQL streams rows with a fetch size only inside a transaction.
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setFetchSize(5_000);
        int p = 1;
        for (String kind : new String[] {"event", "weekly"}) {
          ps.setString(p++, orgId);
          ps.setString(p++, kind);
          ps.setDate(p++, Date.valueOf(window.from()));
          ps.setDate(p++, Date.valueOf(window.to()));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            each.accept(rs.getString(1), rs.getString(2));
          }
        }
        c.commit();
      } finally {
        c.setAutoCommit(autoCommit);
      }
    }
  }
}
