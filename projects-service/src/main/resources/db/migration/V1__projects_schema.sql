-- Text search over names and descriptions in Chinese and English (trusted extension since PostgreSQL 13).
create extension if not exists pg_trgm;

-- Closed code lists (filled by V2): every coded value carries a bilingual label and its OC4IDS code.
create table sector (
    code         varchar(48) primary key,        -- dotted: energy.solar; a group is the part before the dot
    parent_code  varchar(48) references sector (code),
    name_zh      text not null,
    name_en      text not null,
    oc4ids_code  varchar(64),                    -- OC4IDS projectSector code; null for a group of mixed children
    position     smallint not null
);

create table project_status (
    code           varchar(32) primary key,
    name_zh        text not null,
    name_en        text not null,
    description_en text not null,
    oc4ids_code    varchar(32) not null,         -- OC4IDS projectStatus code
    position       smallint not null
);

create table region (
    code    varchar(6) primary key,              -- GB/T 2260
    name_zh text not null,
    name_en text not null
);

-- Open reference lists, written through the import (dataset files or POST /api/v1/projects/import).
create table unit (
    code       varchar(16) primary key,          -- the unit as published: 兆瓦, 公里, 个
    name_zh    text not null,
    name_en    text not null,
    base_unit  varchar(32) not null,             -- MW, km, count ...
    multiplier numeric not null check (multiplier > 0)
);

create table source_document (
    id              varchar(64) primary key,     -- the seed file name, stable
    title_zh        text not null,
    title_en        text not null,
    publisher_zh    text not null,
    publisher_en    text not null,
    published_on    date not null,
    reviewed_periods text not null,              -- periods it reports results for: 2025;2021-2025
    planned_periods  text not null,              -- periods it sets plans for: 2026
    attribution     text not null
);

-- The current record of each project, compiled from its releases; never written except by the compiler.
create table project (
    id                bigserial primary key,     -- internal only; the public id is slug
    slug              varchar(100) not null unique,
    name_zh           text not null,
    name_en           text not null,
    description_zh    text,
    description_en    text,
    sector_code       varchar(48) not null references sector (code),
    town              text,
    town_key          text,                      -- '、' || town || '、', so one town of a list matches
    year              smallint not null,
    region_code       varchar(6) not null references region (code),
    status_code       varchar(32) not null references project_status (code),
    status_date       date not null,
    updated_on        date not null,             -- date of the latest release
    revision          integer not null check (revision > 0),
    search_text       text not null,             -- lower-cased names and descriptions, for q
    -- What the import path last stated (the entry as JSON). A re-import changes only the fields that
    -- changed in the file, so corrections made through the API survive a restart.
    imported_entry    text,
    created_at        timestamptz not null default now()
);

-- Immutable releases (OCDS style): registration, status claims from documents, corrections.
create table project_release (
    id            bigserial primary key,
    project_id    bigint not null references project (id),
    sequence      integer not null check (sequence > 0),  -- per project, in the order recorded
    kind          varchar(16) not null check (kind in ('registration', 'status', 'correction')),
    release_date  date not null,                -- status: the source's publication date; else the day recorded
    period        varchar(9),
    status_code   varchar(32) references project_status (code),
    source_id     varchar(64) references source_document (id),
    quote         text,
    changes       text not null default '[]',    -- JSON array of {field, from, to}
    recorded_at   timestamptz not null default now(),
    recorded_by   varchar(64) not null,
    reason        text,
    unique (project_id, sequence),
    check ((kind = 'status') = (status_code is not null and source_id is not null and quote is not null
        and period is not null))
);

create table project_metric (
    id          bigserial primary key,
    project_id  bigint not null references project (id),
    release_id  bigint not null references project_release (id),
    position    integer not null,
    code        varchar(64) not null,
    value       numeric not null,
    unit_code   varchar(16) not null references unit (code),
    base_value  numeric not null,
    base_unit   varchar(32) not null,
    source_id   varchar(64) not null references source_document (id),
    quote       text not null,
    unique (project_id, position)
);

-- Pledges: the compiled current state, plus every imported revision kept whole.
create table pledge (
    id          bigserial primary key,
    slug        varchar(100) not null unique,    -- 2024-lp-01, 2026-p-...
    year        smallint not null,
    number      smallint,
    livelihood  boolean not null,
    sector_code varchar(48) not null references sector (code),
    text_zh     text not null,
    text_en     text not null,
    source_id   varchar(64) not null references source_document (id),
    quote       text not null,
    status      varchar(16) not null check (status in ('met', 'exceeded', 'partly_met', 'different_scope',
                    'in_progress', 'not_reported')),
    revision    integer not null check (revision > 0)
);

create table pledge_revision (
    id          bigserial primary key,
    pledge_id   bigint not null references pledge (id),
    revision    integer not null,
    content     text not null,                   -- the imported entry as JSON
    recorded_at timestamptz not null default now(),
    recorded_by varchar(64) not null,
    reason      text,
    unique (pledge_id, revision)
);

create table pledge_target (
    id          bigserial primary key,
    pledge_id   bigint not null references pledge (id),
    position    integer not null,
    code        varchar(64) not null,
    comparator  varchar(8) not null check (comparator in ('eq', 'gt', 'gte', 'lt', 'lte', 'approx')),
    value       numeric not null,
    unit_code   varchar(16) not null references unit (code),
    base_value  numeric not null,
    base_unit   varchar(32) not null,
    unique (pledge_id, position)
);

create table pledge_outcome (
    id          bigserial primary key,
    pledge_id   bigint not null references pledge (id),
    position    integer not null,
    source_id   varchar(64) not null references source_document (id),
    quote       text not null,
    judgement   varchar(16) not null check (judgement in ('met', 'exceeded', 'partly_met', 'different_scope')),
    note_zh     text,
    note_en     text,
    unique (pledge_id, position)
);

create table pledge_project (
    pledge_id   bigint not null references pledge (id),
    project_id  bigint not null references project (id),
    primary key (pledge_id, project_id)
);

-- Keyset orders of GET /api/v1/projects (sort=id uses the unique index on slug).
create index project_year_order on project (year, slug);
create index project_year_desc_order on project (year desc, slug);
create index project_updated_desc_order on project (updated_on desc, slug);
-- sector=energy is "sector_code = 'energy' or sector_code like 'energy.%'": a prefix range on this index.
create index project_sector on project (sector_code text_pattern_ops, slug);
create index project_status_order on project (status_code, slug);
-- q: substring search in Chinese and English.
create index project_search on project using gin (search_text gin_trgm_ops);
-- History in (date, sequence) order; source filter; metrics and pledges of a project.
create index project_release_history on project_release (project_id, release_date, sequence);
create index project_release_source on project_release (source_id, project_id);
create index project_metric_project on project_metric (project_id, position);
create index pledge_project_project on pledge_project (project_id);
create index pledge_year_order on pledge (year, slug);
create index pledge_status on pledge (status, slug);
create index pledge_sector on pledge (sector_code text_pattern_ops, slug);
create index pledge_target_pledge on pledge_target (pledge_id, position);
create index pledge_outcome_pledge on pledge_outcome (pledge_id, position);

-- Ids come from sequences in blocks of 50 (Hibernate's pooled optimizer), so that a bulk import
-- inserts its rows in JDBC batches instead of one round trip per row.
alter sequence project_id_seq increment by 50;
alter sequence project_release_id_seq increment by 50;
alter sequence project_metric_id_seq increment by 50;
alter sequence pledge_id_seq increment by 50;
alter sequence pledge_revision_id_seq increment by 50;
alter sequence pledge_target_id_seq increment by 50;
alter sequence pledge_outcome_id_seq increment by 50;

-- Bumped by every write: read ETags derive from it, and caches are dropped when it moves.
create table data_version (
    id         smallint primary key check (id = 1),
    version    bigint not null,
    changed_at timestamptz not null default now()
);
insert into data_version (id, version) values (1, 1);

-- Every accepted import batch, so that the history of bulk writes is auditable.
create table import_batch (
    id            bigserial primary key,
    content_hash  char(64) not null,
    received_at   timestamptz not null default now(),
    recorded_by   varchar(64) not null,
    reason        text,
    projects      integer not null,
    pledges       integer not null,
    releases_added integer not null
);
