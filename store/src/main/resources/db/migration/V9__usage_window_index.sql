-- Scoring reads every usage row of a 30-day window (3 million rows at 100,000 accounts) for a handful
-- of columns. With V6's (org_id, kind, occurred_on) index, each row found there was then fetched from
-- the table: H2 spent most of the scoring run's aggregate stage on those fetches. This index holds the
-- columns the window queries read, so they are answered from the index alone (H2 and, once vacuumed,
-- PostgreSQL). It replaces V6's index, whose columns it starts with, so ingest still maintains two.
CREATE INDEX ix_signal_usage_window ON signal_usage
    (org_id, kind, occurred_on, account_id, name, user_id, event_count, active_users, licensed_seats);

DROP INDEX ix_signal_usage_kind_day;
