-- Training runs and the model registry (versions, aliases, alias history).
-- Series ids are text, as in the rest of the schema; generated series (benchmarks) work too.

create table training_run (
    id                bigserial primary key,
    series_id         text        not null,
    trigger           text        not null,
    status            text        not null check (status in ('RUNNING', 'SUCCEEDED', 'FAILED')),
    decision          text        check (decision in ('PROMOTED', 'REJECTED', 'FAILED')),
    failure_kind      text,
    reason            text,
    started_at        timestamptz not null,
    finished_at       timestamptz,
    data_start        date,
    data_end          date,
    data_rows         integer,
    data_fingerprint  text,
    metric            text,
    folds             jsonb,
    candidates        jsonb,
    challenger        jsonb,
    champion          jsonb,
    baseline          jsonb,
    challenger_version integer,
    champion_version  integer
);
create index training_run_series_idx on training_run (series_id, id desc);

create table model_version (
    series_id          text        not null,
    version            integer     not null check (version > 0),
    status             text        not null check (status in ('CHAMPION', 'PREVIOUS_CHAMPION', 'REJECTED')),
    algorithm          text        not null,
    configuration      jsonb       not null,
    metrics            jsonb       not null,
    training_start     date        not null,
    training_end       date        not null,
    training_rows      integer     not null,
    data_fingerprint   text        not null,
    code_version       text        not null,
    artifact_format_version integer,
    artifact           jsonb       not null,
    training_run_id    bigint      references training_run (id),
    created_at         timestamptz not null,
    promoted_at        timestamptz,
    primary key (series_id, version)
);

create table model_alias (
    series_id  text        not null,
    alias      text        not null,
    version    integer     not null,
    updated_at timestamptz not null,
    primary key (series_id, alias),
    foreign key (series_id, version) references model_version (series_id, version)
);

create table model_alias_history (
    id              bigserial primary key,
    series_id       text        not null,
    alias           text        not null,
    from_version    integer,
    to_version      integer     not null,
    moved_at        timestamptz not null,
    moved_by        text        not null,
    reason          text,
    training_run_id bigint      references training_run (id),
    foreign key (series_id, to_version) references model_version (series_id, version)
);
create index model_alias_history_series_idx on model_alias_history (series_id, id desc);
