package dev.bellwether.service.panels.account;

import dev.bellwether.service.panels.account.AccountFacts.Adoption;
import dev.bellwether.service.panels.account.AccountFacts.UsageDay;
import dev.bellwether.store.FieldsJson;
import dev.bellwether.store.Store;
import dev.bellwether.store.StoredRecord;
import dev.bellwether.store.Timestamps;
import dev.bellwether.store.scoring.ChurnRiskRow;
import dev.bellwether.store.scoring.HealthOverrideRow;
import dev.bellwether.store.signals.SurveyAnswer;
import dev.bellwether.store.signals.SurveyType;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads one account's facts from the store. The scoring repositories read whole orgs, so the
 * panel's per-account lookups (by primary key, or an account's child records) are its own queries
 * over the same tables, read-only.
 */
final class AccountFactsReader {
  /** A CRM id: the only text put into a LIKE pattern, so no wildcard can reach it. */
  private static final Pattern CRM_ID = Pattern.compile("[A-Za-z0-9]{15,18}");
  /** Daily snapshots for 13 months at most. */
  private static final int SNAPSHOTS = 400;
  private static final int ANSWERS = 200;
  private final Store store;
  private final FieldsJson json = new FieldsJson();

  AccountFactsReader(Store store) {
    this.store = store;
  }

  /**
   * The facts of an account as of a day.
   *
   * @param today the user's day: windows end here
   * @param usageSince the first day of usage to read (the QBR compares its quarter with the one before)
   * @param quarterStart the first day of the QBR's quarter, for adoption
   * @param quarterEnd its last day
   */
  AccountFacts read(String orgId, String accountId, LocalDate today, LocalDate usageSince, LocalDate quarterStart,
      LocalDate quarterEnd) throws SQLException {
    if (!CRM_ID.matcher(accountId).matches()) {
      throw new IllegalArgumentException("not a CRM account id: '" + accountId + "' (org " + orgId + ")");
    }
    Optional<StoredRecord> account = store.records().find(orgId, "Account", accountId).filter(r -> !r.deleted());
    return new AccountFacts(account, store.scoring().snapshots().history(orgId, accountId, SNAPSHOTS),
        override(orgId, accountId), churnRisk(orgId, accountId), children(orgId, "CS_Renewal__c", "Account__c",
        accountId), children(orgId, "Case", "AccountId", accountId), answers(orgId, accountId,
        today.minusDays(365)), usage(orgId, accountId, earlier(usageSince, today.withDayOfMonth(1).minusMonths(UsageSection.MONTHS))),
        adoption(orgId, accountId, quarterStart, quarterEnd));
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private Optional<HealthOverrideRow> override(String orgId, String accountId) throws SQLException {
    try (Connection c = store.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT band, reason, author, expires_on, set_at"
            + " FROM health_override WHERE org_id = ? AND account_id = ?")) {
      ps.setString(1, orgId);
      ps.setString(2, accountId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(new HealthOverrideRow(accountId, rs.getString(1), rs.getString(2),
            rs.getString(3), rs.getDate(4).toLocalDate(), Timestamps.get(rs, "set_at"))) : Optional.empty();
      }
    }
  }

  private Optional<ChurnRiskRow> churnRisk(String orgId, String accountId) throws SQLException {
    try (Connection c = store.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT probability, contributions, scored_at"
            + " FROM churn_risk WHERE org_id = ? AND account_id = ?")) {
      ps.setString(1, orgId);
      ps.setString(2, accountId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(new ChurnRiskRow(accountId, rs.getDouble(1), rs.getString(2),
            Timestamps.get(rs, "scored_at"))) : Optional.empty();
      }
    }
  }

  /**
   * Live records of an object whose lookup field names the account. The store keeps fields as JSON
   * text, so the database narrows by the text and each match is checked on its parsed value.
   */
  private List<StoredRecord> children(String orgId, String object, String lookup, String accountId)
      throws SQLException {
    List<StoredRecord> out = new ArrayList<>();
    try (Connection c = store.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT crm_id, fields, system_modstamp FROM crm_record"
            + " WHERE org_id = ? AND object = ? AND deleted = FALSE AND fields LIKE ?")) {
      ps.setString(1, orgId);
      ps.setString(2, object);
      ps.setString(3, "%\"" + lookup + "\":\"" + accountId + "\"%");
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Map<String, Object> fields = json.read(rs.getString(2));
          if (accountId.equals(fields.get(lookup))) {
            out.add(new StoredRecord(orgId, object, rs.getString(1), fields, Timestamps.get(rs, "system_modstamp"),
                false));
          }
        }
      }
    }
    return out;
  }

  private List<SurveyAnswer> answers(String orgId, String accountId, LocalDate since) throws SQLException {
    List<SurveyAnswer> out = new ArrayList<>();
    try (Connection c = store.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT answer_id, contact_id, survey, score, answered_at, comment"
            + " FROM signal_survey WHERE org_id = ? AND answered_at >= ? AND account_id = ?"
            + " ORDER BY answered_at DESC")) {
      ps.setString(1, orgId);
      Timestamps.set(ps, 2, since.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
      ps.setString(3, accountId);
      ps.setMaxRows(ANSWERS);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new SurveyAnswer(rs.getString(1), accountId, rs.getString(2), SurveyType.fromCode(rs.getString(3)),
              rs.getInt(4), Timestamps.get(rs, "answered_at"), rs.getString(6)));
        }
      }
    }
    return out;
  }

  private List<UsageDay> usage(String orgId, String accountId, LocalDate since) throws SQLException {
    List<UsageDay> out = new ArrayList<>();
    try (Connection c = store.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT occurred_on, SUM(event_count) FROM signal_usage"
            + " WHERE org_id = ? AND kind IN ('event', 'weekly') AND occurred_on >= ? AND account_id = ?"
            + " GROUP BY occurred_on ORDER BY occurred_on")) {
      ps.setString(1, orgId);
      ps.setDate(2, Date.valueOf(since));
      ps.setString(3, accountId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new UsageDay(rs.getDate(1).toLocalDate(), rs.getLong(2)));
        }
      }
    }
    return out;
  }

  private Adoption adoption(String orgId, String accountId, LocalDate from, LocalDate to) throws SQLException {
    try (Connection c = store.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT COUNT(DISTINCT name), COUNT(DISTINCT user_id),"
            + " MAX(active_users), MAX(licensed_seats) FROM signal_usage"
            + " WHERE org_id = ? AND kind IN ('event', 'weekly') AND occurred_on BETWEEN ? AND ? AND account_id = ?")) {
      ps.setString(1, orgId);
      ps.setDate(2, Date.valueOf(from));
      ps.setDate(3, Date.valueOf(to));
      ps.setString(4, accountId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Adoption.NONE;
        }
        int active = rs.getInt(3);
        Integer weekly = rs.wasNull() ? null : active;
        int seats = rs.getInt(4);
        Integer licensed = rs.wasNull() ? null : seats;
        return new Adoption(rs.getInt(1), rs.getInt(2), weekly, licensed);
      }
    }
  }
}
