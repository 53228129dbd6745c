package dev.bellwether.store.signals;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** When an org's product usage data begins (the churn model leaves out renewals before it). */
public final class FirstUsageDay {

  private final DataSource dataSource;

  public FirstUsageDay(DataSource dataSource) {
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
}
