-- Outside signals (issue 5): product usage, survey answers and invoices, ingested from files or the
-- admin API and read back by scoring as per-account aggregates. Each row is known by the id its
-- sender gave it (or one derived from its natural key), so re-sending a file stores nothing twice.
-- Portable SQL as in V1: DATE for days, TIMESTAMP WITH TIME ZONE for instants; every key starts with
-- org_id.

-- One row per usage line:
--   event      a single product event: name is the feature, user_id who used it, event_count its
--              multiplicity (1 unless the sender batched identical events);
--   weekly     a weekly rollup per feature: occurred_on is the week's first day, event_count the
--              week's events, active_users and licensed_seats as the sender counted them;
--   milestone  an onboarding milestone: name is the milestone event (first_login, ...).
-- occurred_at is kept when the sender gave an instant; occurred_on is its UTC day (or the day given).
CREATE TABLE signal_usage (
    org_id          VARCHAR(64)              NOT NULL,
    event_id        VARCHAR(255)             NOT NULL,
    account_id      VARCHAR(64)              NOT NULL,
    kind            VARCHAR(16)              NOT NULL,
    name            VARCHAR(255)             NOT NULL,
    user_id         VARCHAR(255),
    occurred_on     DATE                     NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE,
    event_count     BIGINT                   NOT NULL,
    active_users    INTEGER,
    licensed_seats  INTEGER,
    CONSTRAINT pk_signal_usage PRIMARY KEY (org_id, event_id),
    CONSTRAINT ck_signal_usage_kind CHECK (kind IN ('event', 'weekly', 'milestone'))
);

-- The one secondary index, because every index is paid for on each of millions of ingested rows:
-- the usage window and series queries read kinds event and weekly over a day range, the milestone
-- query kind milestone up to a day. Files arrive roughly in time order, so inserts land at the end.
CREATE INDEX ix_signal_usage_kind_day ON signal_usage (org_id, kind, occurred_on);

CREATE TABLE signal_survey (
    org_id       VARCHAR(64)              NOT NULL,
    answer_id    VARCHAR(255)             NOT NULL,
    account_id   VARCHAR(64)              NOT NULL,
    contact_id   VARCHAR(64),
    survey       VARCHAR(8)               NOT NULL,
    score        INTEGER                  NOT NULL,
    answered_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    comment      TEXT,
    CONSTRAINT pk_signal_survey PRIMARY KEY (org_id, answer_id),
    CONSTRAINT ck_signal_survey_score CHECK ((survey = 'nps' AND score BETWEEN 0 AND 10)
        OR (survey = 'csat' AND score BETWEEN 1 AND 5))
);

-- Answers in a window, per org.
CREATE INDEX ix_signal_survey_answered ON signal_survey (org_id, answered_at);

-- Invoices by their number. paid_on is empty until paid; a re-sent invoice may fill it (the only
-- change an ingest applies to a stored row). Amounts are in the invoice's currency.
CREATE TABLE signal_invoice (
    org_id          VARCHAR(64)    NOT NULL,
    invoice_number  VARCHAR(128)   NOT NULL,
    account_id      VARCHAR(64)    NOT NULL,
    issued_on       DATE           NOT NULL,
    due_on          DATE           NOT NULL,
    amount          NUMERIC(19, 4) NOT NULL,
    currency        VARCHAR(3)     NOT NULL,
    paid_on         DATE,
    CONSTRAINT pk_signal_invoice PRIMARY KEY (org_id, invoice_number)
);
