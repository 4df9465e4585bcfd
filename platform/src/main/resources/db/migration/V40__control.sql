-- Control service: logged forecasts joined with actuals, the criteria evaluated on them, and the
-- alarms they raise with their delivery state.

-- One row per logged forecast of a day that has an actual. source 'vintage' = the daily job's
-- forecast_vintage; 'served' = forecasts served over HTTP, /invocations or the CLI, collapsed to the
-- newest one per (series, model version, business day served, target day).
-- error = yhat - actual (positive = over-forecast).
CREATE TABLE forecast_evaluation (
    series_id       TEXT             NOT NULL,
    source          TEXT             NOT NULL CHECK (source IN ('vintage', 'served')),
    model_version   INTEGER          NOT NULL,
    issued_on       DATE             NOT NULL,
    ds              DATE             NOT NULL,
    lead_days       INTEGER          NOT NULL CHECK (lead_days >= 1),
    yhat            DOUBLE PRECISION NOT NULL,
    yhat_lower      DOUBLE PRECISION NOT NULL,
    yhat_upper      DOUBLE PRECISION NOT NULL,
    interval_width  DOUBLE PRECISION NOT NULL,
    actual          DOUBLE PRECISION NOT NULL,
    error           DOUBLE PRECISION NOT NULL,
    abs_error       DOUBLE PRECISION NOT NULL,
    squared_error   DOUBLE PRECISION NOT NULL,
    inside_interval BOOLEAN          NOT NULL,
    evaluated_at    TIMESTAMPTZ      NOT NULL,
    PRIMARY KEY (series_id, source, model_version, issued_on, ds)
);

CREATE INDEX forecast_evaluation_series_ds ON forecast_evaluation (series_id, ds);

-- One evaluation of the criteria (CLI, daily job, or by hand).
CREATE TABLE control_run (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    as_of        DATE        NOT NULL,
    trigger      TEXT        NOT NULL,
    started_at   TIMESTAMPTZ NOT NULL,
    finished_at  TIMESTAMPTZ,
    summary      JSONB       NOT NULL DEFAULT '{}'::jsonb
);

-- Every criterion evaluated, so a user can see why an alarm fired or did not.
CREATE TABLE control_check (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_id             BIGINT           NOT NULL REFERENCES control_run (id) ON DELETE CASCADE,
    series_id          TEXT             NOT NULL,
    criterion          TEXT             NOT NULL,
    window_days        INTEGER,
    model_version      INTEGER,
    observed           DOUBLE PRECISION,
    threshold          DOUBLE PRECISION,
    critical_threshold DOUBLE PRECISION,
    verdict            TEXT             NOT NULL CHECK (verdict IN ('OK', 'WARNING', 'CRITICAL', 'INSUFFICIENT_DATA')),
    detail             JSONB            NOT NULL DEFAULT '{}'::jsonb,
    as_of              DATE             NOT NULL,
    evaluated_at       TIMESTAMPTZ      NOT NULL
);

CREATE INDEX control_check_series ON control_check (series_id, criterion, id DESC);

-- An alarm per (series, criterion, severity): at most one firing at a time; resolved ones stay.
CREATE TABLE alarm (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    series_id       TEXT             NOT NULL,
    criterion       TEXT             NOT NULL,
    severity        TEXT             NOT NULL CHECK (severity IN ('warning', 'critical')),
    state           TEXT             NOT NULL CHECK (state IN ('firing', 'resolved')),
    model_version   INTEGER,
    window_days     INTEGER,
    observed        DOUBLE PRECISION,
    threshold       DOUBLE PRECISION,
    summary         TEXT             NOT NULL,
    description     TEXT             NOT NULL,
    report_url      TEXT             NOT NULL,
    first_seen_at   TIMESTAMPTZ      NOT NULL,
    last_seen_at    TIMESTAMPTZ      NOT NULL,
    resolved_at     TIMESTAMPTZ,
    first_seen_as_of DATE            NOT NULL,
    last_seen_as_of  DATE            NOT NULL
);

CREATE UNIQUE INDEX alarm_one_firing ON alarm (series_id, criterion, severity) WHERE state = 'firing';
CREATE INDEX alarm_state ON alarm (state, id DESC);

-- Delivery state per alarm and channel ('alertmanager', 'webhook'). pending = a send is owed
-- (a transition not yet delivered, or a failed attempt waiting for next_attempt_at).
CREATE TABLE alarm_delivery (
    alarm_id        BIGINT      NOT NULL REFERENCES alarm (id) ON DELETE CASCADE,
    channel         TEXT        NOT NULL,
    pending         BOOLEAN     NOT NULL,
    attempts        INTEGER     NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    last_attempt_at TIMESTAMPTZ,
    delivered_at    TIMESTAMPTZ,
    delivered_state TEXT,
    last_error      TEXT,
    PRIMARY KEY (alarm_id, channel)
);

CREATE INDEX alarm_delivery_due ON alarm_delivery (channel, pending, next_attempt_at);
