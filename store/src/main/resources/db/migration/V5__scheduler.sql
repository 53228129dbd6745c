-- The job table of db-scheduler (com.github.kagkarlsson:db-scheduler 16.x), which spreads sync jobs over
-- the service instances sharing this database (issue 4, part 6). The columns are the library's
-- PostgreSQL definition; the library owns the table and its rows, Bellwether never writes them itself.
-- Two portable changes: the key columns are VARCHAR rather than TEXT, because H2 treats TEXT as a
-- CLOB, which cannot be part of a primary key (VARCHAR without a length is TEXT on PostgreSQL), and
-- the index names carry the table's name like ours do. priority is there for the library's
-- optional priority ordering, which Bellwether does not turn on.

CREATE TABLE scheduled_tasks (
    task_name             VARCHAR                  NOT NULL,
    task_instance         VARCHAR                  NOT NULL,
    task_data             BYTEA,
    execution_time        TIMESTAMP WITH TIME ZONE NOT NULL,
    picked                BOOLEAN                  NOT NULL,
    picked_by             VARCHAR,
    last_success          TIMESTAMP WITH TIME ZONE,
    last_failure          TIMESTAMP WITH TIME ZONE,
    consecutive_failures  INT,
    last_heartbeat        TIMESTAMP WITH TIME ZONE,
    version               BIGINT                   NOT NULL,
    priority              SMALLINT,
    CONSTRAINT pk_scheduled_tasks PRIMARY KEY (task_name, task_instance)
);

-- Polling for due executions, and finding dead ones by their last heartbeat.
CREATE INDEX ix_scheduled_tasks_execution_time ON scheduled_tasks (execution_time);
CREATE INDEX ix_scheduled_tasks_last_heartbeat ON scheduled_tasks (last_heartbeat);
CREATE INDEX ix_scheduled_tasks_priority ON scheduled_tasks (priority DESC, execution_time ASC);
