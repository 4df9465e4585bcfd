-- Forecasts as issued: the champion's forecast of the days after issued_on, one row a day.
-- Re-issuing for the same series, model version and day overwrites (upsert on the key).
CREATE TABLE forecast_vintage (
    series_id      TEXT             NOT NULL,
    model_version  INTEGER          NOT NULL,
    issued_on      DATE             NOT NULL,
    ds             DATE             NOT NULL,
    yhat           DOUBLE PRECISION NOT NULL,
    yhat_lower     DOUBLE PRECISION NOT NULL,
    yhat_upper     DOUBLE PRECISION NOT NULL,
    interval_width DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (series_id, model_version, issued_on, ds),
    CHECK (ds > issued_on)
);

-- The control service reads what was forecast for a target day, across issue days.
CREATE INDEX forecast_vintage_series_ds ON forecast_vintage (series_id, ds);
