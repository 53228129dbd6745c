-- Outbound outbox (issue 4). A later change to a record still waiting in the outbox merges into its
-- row; the revision counts those merges, so a drainer that sent an older revision does not mark the
-- newer values done (or park them) when its result comes back.
ALTER TABLE outbox ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;

-- Finding the waiting row of a record when a change is enqueued.
CREATE INDEX ix_outbox_external_id ON outbox (org_id, object, external_id, status);
