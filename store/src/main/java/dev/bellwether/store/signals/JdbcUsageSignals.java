package dev.bellwether.store.signals;

import dev.bellwether.store.Timestamps;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * The {@code signal_usage} table: batched idempotent writes, and per-account aggregates computed in
 * SQL for any day (nothing assumes today, so a churn model can read usage as it stood years ago).
 */
public final class JdbcUsageSignals {

  private static final String INSERT = "INSERT INTO signal_usage (org_id, event_id, account_id, kind, name, "
      + "user_id, occurred_on, occurred_at, event_count, active_users, licensed_seats) "
      + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";

  /**
   * Single events and rollups (not milestones) of an org in a day range: one branch per kind, because
   * H2 walks an index range only for an equality on the column before the range (with
   * {@code kind IN (...)} it would read every day of the org).
   */
  private static final String USAGE_ROWS = "SELECT account_id, name, event_count, active_users, user_id, licensed_seats "
      + "FROM signal_usage WHERE org_id = ? AND kind = 'event' AND occurred_on >= ? AND occurred_on < ? "
      + "UNION ALL SELECT account_id, name, event_count, active_users, user_id, licensed_seats "
      + "FROM signal_usage WHERE org_id = ? AND kind = 'weekly' AND occurred_on >= ? AND occurred_on < ?";

  /** Weekly rollups carry no user ids, so counting distinct user ids counts single events' users. */
  private static final String USAGE_BY_ACCOUNT = "SELECT account_id, SUM(event_count) AS events, "
      + "COUNT(DISTINCT name) AS features, MAX(active_users) AS weekly_active, "
      + "COUNT(DISTINCT user_id) AS event_users, MAX(licensed_seats) AS seats FROM (" + USAGE_ROWS + ") u "
      + "GROUP BY account_id";

  /**
   * As {@link #USAGE_BY_ACCOUNT} with the names of the features used, in the same pass over the
   * window (a second pass for the names cost as much as the figures). The names are joined with the
   * ASCII unit separator: feature names are identifiers, and one holding that control character would
   * only read as two names.
   */
  private static final String USAGE_AND_FEATURES_BY_ACCOUNT = "SELECT account_id, SUM(event_count) AS events, "
      + "COUNT(DISTINCT name) AS features, MAX(active_users) AS weekly_active, "
      + "COUNT(DISTINCT user_id) AS event_users, MAX(licensed_seats) AS seats, "
      + "STRING_AGG(DISTINCT name, CHR(31)) AS feature_names FROM (" + USAGE_ROWS + ") u GROUP BY account_id";

  private static final String MILESTONES = "SELECT account_id, name, MIN(occurred_on) AS first_day "
      + "FROM signal_usage WHERE org_id = ? AND kind = 'milestone' AND occurred_on < ? "
      + "GROUP BY account_id, name ORDER BY account_id, name";

  private final DataSource dataSource;
  private final UsageCopyWriter copyWriter = new UsageCopyWriter();

  public JdbcUsageSignals(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Stores a batch in the caller's transaction; a row whose id the org already has (or that an
   * earlier row of the batch had) is a duplicate and is left as stored. On PostgreSQL the batch goes
   * in by COPY ({@link UsageCopyWriter}), on H2 by batched INSERTs; the counts are the same.
   */
  public WriteCounts write(Connection tx, String orgId, List<UsageEvent> events) throws SQLException {
    if (events.isEmpty()) {
      return WriteCounts.NONE;
    }
    // The connection tells the dialect: this repository is built from a DataSource alone.
    if (tx.isWrapperFor(PGConnection.class)) {
      return copyWriter.write(tx, orgId, events);
    }
    return insert(tx, orgId, events);
  }

  /** What COPY writes have cost so far, by phase (zero on H2). */
  public UsageCopyTimes copyTimes() {
    return copyWriter.times();
  }

  /** The INSERT path, on any database; PostgreSQL tests compare the COPY path with it. */
  WriteCounts insert(Connection tx, String orgId, List<UsageEvent> events) throws SQLException {
    try (PreparedStatement ps = tx.prepareStatement(INSERT)) {
      for (UsageEvent e : events) {
        ps.setString(1, orgId);
        ps.setString(2, e.eventId());
        ps.setString(3, e.accountId());
        ps.setString(4, e.kind().code());
        ps.setString(5, e.name());
        ps.setString(6, e.userId());
        ps.setObject(7, e.occurredOn());
        Timestamps.set(ps, 8, e.occurredAt());
        ps.setLong(9, e.count());
        setNullableInt(ps, 10, e.activeUsers());
        setNullableInt(ps, 11, e.licensedSeats());
        ps.addBatch();
      }
      return BatchCounts.ofInserts(ps.executeBatch(), "signal_usage");
    }
  }

  /** Per account with any usage in the window, its usage there. */
  public void usageByAccount(String orgId, DateWindow window, Consumer<UsageAggregate> each) throws SQLException {
    StreamedQuery.run(dataSource, USAGE_BY_ACCOUNT, ps -> {
      for (int branch = 0; branch < 2; branch++) {
        ps.setString(branch * 3 + 1, orgId);
        ps.setObject(branch * 3 + 2, window.from());
        ps.setObject(branch * 3 + 3, window.to());
      }
    }, rs -> each.accept(usage(rs)));
  }

  /** Per account with any usage in the window, its usage there and the names of the features it used. */
  public void usageAndFeaturesByAccount(String orgId, DateWindow window, Consumer<FeatureUsage> each)
      throws SQLException {
    StreamedQuery.run(dataSource, USAGE_AND_FEATURES_BY_ACCOUNT, ps -> {
      for (int branch = 0; branch < 2; branch++) {
        ps.setString(branch * 3 + 1, orgId);
        ps.setObject(branch * 3 + 2, window.from());
        ps.setObject(branch * 3 + 3, window.to());
      }
    }, rs -> {
      String names = rs.getString("feature_names");
      each.accept(new FeatureUsage(usage(rs), names == null ? Set.of()
          : new java.util.HashSet<>(java.util.Arrays.asList(names.split("\u001f")))));
    });
  }

  /**
   * Per period and account, the account's usage in each of several periods: e.g. the three 30-day
   * windows before a renewal, or calendar months. One query per period, each an index range; an
   * account without usage in a period is not reported for it.
   *
   * @param periods windows that do not overlap, in any order; reported by their index in this list
   * @param each called period by period, in list order
   */
  public void usageSeries(String orgId, List<DateWindow> periods, Consumer<UsagePeriod> each) throws SQLException {
    List<DateWindow> list = List.copyOf(periods);
    for (int i = 0; i < list.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (list.get(i).overlaps(list.get(j))) {
          throw new IllegalArgumentException("usage series periods overlap: " + list.get(j) + " and " + list.get(i));
        }
      }
    }
    for (int i = 0; i < list.size(); i++) {
      int period = i;
      DateWindow window = list.get(i);
      usageByAccount(orgId, window, usage -> each.accept(new UsagePeriod(period, window, usage)));
    }
  }

  /** Per account that reached any milestone before {@code asOf}, each milestone's first day. */
  public void milestonesByAccount(String orgId, LocalDate asOf, Consumer<AccountMilestones> each)
      throws SQLException {
    MilestoneGrouper grouper = new MilestoneGrouper(each);
    StreamedQuery.run(dataSource, MILESTONES, ps -> {
      ps.setString(1, orgId);
      ps.setObject(2, asOf);
    }, rs -> grouper.add(rs.getString("account_id"), rs.getString("name"),
        rs.getObject("first_day", LocalDate.class)));
    grouper.finish();
  }

  private static UsageAggregate usage(ResultSet rs) throws SQLException {
    return new UsageAggregate(rs.getString("account_id"), rs.getLong("events"), rs.getInt("features"),
        StreamedQuery.nullableInt(rs, "weekly_active"), rs.getInt("event_users"),
        StreamedQuery.nullableInt(rs, "seats"));
  }

  private static void setNullableInt(PreparedStatement ps, int index, Integer value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.INTEGER);
    } else {
      ps.setInt(index, value);
    }
  }

  /** Gathers the rows of one account (they come in account order) into one value. */
  private static final class MilestoneGrouper {
    private final Consumer<AccountMilestones> each;
    private final Map<String, LocalDate> days = new LinkedHashMap<>();
    private String account;

    MilestoneGrouper(Consumer<AccountMilestones> each) {
      this.each = each;
    }

    void add(String accountId, String event, LocalDate firstDay) {
      if (account != null && !account.equals(accountId)) {
        finish();
      }
      account = accountId;
      days.put(event, firstDay);
    }

    void finish() {
      if (account != null) {
        each.accept(new AccountMilestones(account, days));
        days.clear();
        account = null;
      }
    }
  }
}
