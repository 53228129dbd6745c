package dev.bellwether.store.signals;

import dev.bellwether.store.Timestamps;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;

/** The {@code signal_survey} table: batched idempotent writes and per-account answers in a window. */
public final class JdbcSurveySignals {

  private static final String INSERT = "INSERT INTO signal_survey (org_id, answer_id, account_id, contact_id, "
      + "survey, score, answered_at, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";

  private static final String BY_ACCOUNT = "SELECT account_id, "
      + "SUM(CASE WHEN survey = 'nps' THEN 1 ELSE 0 END) AS nps_answers, "
      + "SUM(CASE WHEN survey = 'nps' AND score >= 9 THEN 1 ELSE 0 END) AS nps_promoters, "
      + "SUM(CASE WHEN survey = 'nps' AND score <= 6 THEN 1 ELSE 0 END) AS nps_detractors, "
      + "SUM(CASE WHEN survey = 'nps' THEN score ELSE 0 END) AS nps_sum, "
      + "SUM(CASE WHEN survey = 'csat' THEN 1 ELSE 0 END) AS csat_answers, "
      + "SUM(CASE WHEN survey = 'csat' AND score >= 4 THEN 1 ELSE 0 END) AS csat_satisfied, "
      + "SUM(CASE WHEN survey = 'csat' THEN score ELSE 0 END) AS csat_sum, "
      + "MAX(answered_at) AS last_answered_at "
      + "FROM signal_survey WHERE org_id = ? AND answered_at >= ? AND answered_at < ? GROUP BY account_id";

  private final DataSource dataSource;

  public JdbcSurveySignals(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Stores a batch in the caller's transaction; an answer id the org already has is a duplicate. */
  public WriteCounts write(Connection tx, String orgId, List<SurveyAnswer> answers) throws SQLException {
    if (answers.isEmpty()) {
      return WriteCounts.NONE;
    }
    try (PreparedStatement ps = tx.prepareStatement(INSERT)) {
      for (SurveyAnswer a : answers) {
        ps.setString(1, orgId);
        ps.setString(2, a.answerId());
        ps.setString(3, a.accountId());
        ps.setString(4, a.contactId());
        ps.setString(5, a.survey().code());
        ps.setInt(6, a.score());
        Timestamps.set(ps, 7, a.answeredAt());
        ps.setString(8, a.comment());
        ps.addBatch();
      }
      return BatchCounts.ofInserts(ps.executeBatch(), "signal_survey");
    }
  }

  /**
   * Per account with any answer in the window (answered from the first day's start to the last
   * day's end, UTC), its NPS and CSAT answers counted.
   */
  public void surveysByAccount(String orgId, DateWindow window, Consumer<SurveyAggregate> each)
      throws SQLException {
    Instant from = window.from().atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant to = window.to().atStartOfDay(ZoneOffset.UTC).toInstant();
    StreamedQuery.run(dataSource, BY_ACCOUNT, ps -> {
      ps.setString(1, orgId);
      Timestamps.set(ps, 2, from);
      Timestamps.set(ps, 3, to);
    }, rs -> each.accept(new SurveyAggregate(rs.getString("account_id"), rs.getInt("nps_answers"),
        rs.getInt("nps_promoters"), rs.getInt("nps_detractors"), rs.getLong("nps_sum"),
        rs.getInt("csat_answers"), rs.getInt("csat_satisfied"), rs.getLong("csat_sum"),
        Timestamps.get(rs, "last_answered_at"))));
  }
}
