-- Reference lists: every coded value carries a bilingual label.
create table topic (
    code    varchar(32) primary key,
    name_zh text not null,
    name_en text not null
);

create table unit (
    code       varchar(16) primary key,          -- the unit as published: 亿元, 万人次, %
    name_zh    text not null,
    name_en    text not null,
    base_unit  varchar(32) not null,             -- CNY, person_visit, kg, mu, count, percent ...
    multiplier numeric not null check (multiplier > 0)
);

create table region (
    code        varchar(6) primary key,          -- GB/T 2260
    name_zh     text not null,
    name_en     text not null,
    level       varchar(16) not null,            -- province, prefecture, county
    parent_code varchar(6) references region (code)
);

create table source_document (
    id            varchar(64) primary key,       -- the seed file name, stable
    title_zh      text not null,
    title_en      text not null,
    publisher_zh  text not null,
    publisher_en  text not null,
    event_zh      text not null,
    event_en      text not null,
    session_start date,
    session_end   date,
    published_on  date not null,
    covers        varchar(64) not null,          -- e.g. "2023 review; 2024 plan"
    attribution   text not null,
    region_code   varchar(6) not null references region (code)
);

create table indicator (
    id             bigserial primary key,        -- internal only; the public id is code
    code           varchar(64) not null unique,
    topic_code     varchar(32) not null references topic (code),
    name_zh        text not null,
    name_en        text not null,
    description_zh text not null,
    description_en text not null,
    unit_code      varchar(16) not null references unit (code)
);

-- One row per published statement. A restatement is a new version, never an update.
create table observation (
    id            bigserial primary key,
    indicator_id  bigint not null references indicator (id),
    region_code   varchar(6) not null references region (code),
    period        varchar(9) not null,           -- 2023 or 2021-2025
    period_start  smallint not null,
    period_end    smallint not null,
    kind          varchar(8) not null check (kind in ('actual', 'target')),
    comparator    varchar(8) not null check (comparator in ('eq', 'gt', 'gte', 'lt', 'lte', 'approx')),
    value         numeric not null,
    unit_code     varchar(16) not null references unit (code),
    base_value    numeric not null,
    base_unit     varchar(32) not null,
    source_id     varchar(64) not null references source_document (id),
    quote         text not null,
    published_on  date not null,                 -- copied from the source, for as_of queries
    version       integer not null check (version > 0),
    is_current    boolean not null,
    recorded_at   timestamptz not null default now(),
    recorded_by   varchar(64) not null,
    check (period_start <= period_end),
    unique (indicator_id, region_code, period, kind, version)
);

-- The default list order and its keyset cursor; partial, because most reads want current versions.
create index observation_current_order on observation (indicator_id, period_start, period_end, kind, id)
    where is_current;
-- Every version of a series (history, as_of, import de-duplication).
create index observation_series on observation (indicator_id, region_code, period, kind, published_on, version);
create index observation_region_period on observation (region_code, period_start, period_end) where is_current;
create index observation_source on observation (source_id);

-- Bumped by every write: read ETags derive from it, and caches are dropped when it moves.
create table data_version (
    id         smallint primary key check (id = 1),
    version    bigint not null,
    changed_at timestamptz not null default now()
);
insert into data_version (id, version) values (1, 1);

-- Every accepted import batch, so that a repeated batch is recognised and the history is auditable.
create table import_batch (
    id            bigserial primary key,
    content_hash  char(64) not null,
    received_at   timestamptz not null default now(),
    recorded_by   varchar(64) not null,
    row_count     integer not null,
    inserted      integer not null
);
