-- Every forecast the execution service served (HTTP, /invocations, CLI), for the control service
-- to compare with the actuals as they arrive. Written asynchronously by a background writer.
CREATE SEQUENCE served_forecast_id_seq;

CREATE TABLE served_forecast (
    id             bigint PRIMARY KEY DEFAULT nextval('served_forecast_id_seq'),
    request_id     text             NOT NULL,
    series_id      text             NOT NULL,
    model_version  integer          NOT NULL,
    range_from     date             NOT NULL,
    range_to       date             NOT NULL,
    interval_width double precision NOT NULL,
    points         integer          NOT NULL,
    channel        text             NOT NULL CHECK (channel IN ('http', 'invocations', 'cli')),
    served_at      timestamptz      NOT NULL,
    CHECK (range_from <= range_to)
);
ALTER SEQUENCE served_forecast_id_seq OWNED BY served_forecast.id;

CREATE INDEX served_forecast_series_served_at ON served_forecast (series_id, served_at);
CREATE INDEX served_forecast_request_id ON served_forecast (request_id);

CREATE TABLE served_forecast_point (
    served_id  bigint           NOT NULL REFERENCES served_forecast (id) ON DELETE CASCADE,
    ds         date             NOT NULL,
    yhat       double precision NOT NULL,
    yhat_lower double precision NOT NULL,
    yhat_upper double precision NOT NULL,
    PRIMARY KEY (served_id, ds)
);

-- The control service looks points up by day.
CREATE INDEX served_forecast_point_ds ON served_forecast_point (ds);
