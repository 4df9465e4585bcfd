-- Replays: the whole loop driven over a past period on the virtual business clock.
ALTER TABLE job_run DROP CONSTRAINT job_run_trigger_check;
ALTER TABLE job_run ADD CONSTRAINT job_run_trigger_check CHECK (trigger IN ('scheduler', 'manual', 'replay'));

-- One replay of from..to for one series or all; a stopped or failed run of the same range
-- resumes from the day after current_day.
CREATE TABLE replay_run (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    from_day     DATE        NOT NULL,
    to_day       DATE        NOT NULL,
    series       TEXT        NOT NULL,
    status       TEXT        NOT NULL CHECK (status IN ('RUNNING', 'STOPPED', 'SUCCEEDED', 'FAILED')),
    current_day  DATE,
    days         INTEGER     NOT NULL DEFAULT 0,
    loads        INTEGER     NOT NULL DEFAULT 0,
    rows_loaded  INTEGER     NOT NULL DEFAULT 0,
    trainings    INTEGER     NOT NULL DEFAULT 0,
    promotions   INTEGER     NOT NULL DEFAULT 0,
    rejections   INTEGER     NOT NULL DEFAULT 0,
    alarms       INTEGER     NOT NULL DEFAULT 0,
    error        TEXT,
    summary      JSONB       NOT NULL DEFAULT '{}'::jsonb,
    started_at   TIMESTAMPTZ NOT NULL,
    finished_at  TIMESTAMPTZ,
    CHECK (from_day <= to_day)
);

CREATE INDEX replay_run_range ON replay_run (from_day, to_day, series, id DESC);
