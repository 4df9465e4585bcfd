-- Ingestion schema: series, observations with their revision history, load runs and
-- the rows a load had to reject. Versions V10 and above are reserved for later capabilities.

create table series (
    id            text primary key,
    source_column text,
    unit          text,
    description   text
);

insert into series (id, source_column, unit, description) values
    ('corrib_production', 'Corrib production', 'GWh/d', 'Gas supplied from the Corrib offshore field'),
    ('moffat', 'Moffat', 'GWh/d', 'Gas imported from Great Britain through the Moffat entry point'),
    ('roi_imports_via_interconnector', 'ROI imports via interconnector', 'GWh/d', 'Republic of Ireland imports via the interconnector'),
    ('total', 'Total', 'GWh/d', 'Total daily gas supply');

create table load_run (
    id             bigserial primary key,
    source         text        not null,
    kind           text        not null check (kind in ('initial', 'incremental', 'daily')),
    requested_from date        not null,
    requested_to   date        not null,
    started_at     timestamptz not null,
    finished_at    timestamptz,
    status         text        not null check (status in ('RUNNING', 'SUCCEEDED', 'FAILED')),
    inserted       integer     not null default 0,
    updated        integer     not null default 0,
    unchanged      integer     not null default 0,
    rejected       integer     not null default 0,
    missing_values integer     not null default 0,
    error          text,
    check (requested_from <= requested_to)
);

create table observation (
    series_id   text             not null references series (id),
    ds          date             not null,
    value       double precision not null,
    load_run_id bigint,
    updated_at  timestamptz,
    primary key (series_id, ds)
);

-- One row per revision of an existing value: the old value stays visible.
create table observation_history (
    id          bigserial primary key,
    series_id   text             not null,
    ds          date             not null,
    old_value   double precision,
    new_value   double precision not null,
    load_run_id bigint           not null references load_run (id),
    changed_at  timestamptz      not null
);

create index observation_history_series_ds on observation_history (series_id, ds);

create table rejected_row (
    id          bigserial primary key,
    load_run_id bigint not null references load_run (id),
    position    text,
    ds          date,
    series_id   text,
    raw         text,
    reason      text   not null
);

create index rejected_row_load_run on rejected_row (load_run_id);
