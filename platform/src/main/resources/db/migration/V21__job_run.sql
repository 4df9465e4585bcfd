-- Every run of a scheduled job, whether fired by its cron or requested by hand.
CREATE TABLE job_run (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    job           TEXT        NOT NULL,
    trigger       TEXT        NOT NULL CHECK (trigger IN ('scheduler', 'manual')),
    scheduled_for TIMESTAMPTZ NOT NULL,
    started_at    TIMESTAMPTZ,
    finished_at   TIMESTAMPTZ,
    status        TEXT        NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    summary       JSONB       NOT NULL DEFAULT '{}'::jsonb,
    error         TEXT,
    instance      TEXT
);

CREATE INDEX job_run_job_id ON job_run (job, id DESC);
