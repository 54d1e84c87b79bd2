-- Issue 16: the full text of a source document, the figures the extractor proposes from it, and every
-- reviewer's decision on them. Nothing here is published: an accepted candidate is published through the
-- observation import, and keeps a reference to the observation it became.

-- The whole report, so that anyone can check a quote against it. Stored once; never replaced.
create table source_text (
    source_id   varchar(64) primary key references source_document (id),
    text        text not null,
    code_points integer not null check (code_points > 0),
    sha256      char(64) not null,
    stored_at   timestamptz not null default now(),
    stored_by   varchar(64) not null
);

-- One figure the extractor proposes. The id is a hash of (source, the number's code-point offsets, value),
-- so a re-extraction of the same text finds the same rows and their decisions.
create table extraction_candidate (
    id                  varchar(24) primary key,
    source_id           varchar(64) not null references source_document (id),
    value               numeric not null,
    value_text          text not null,
    unit                varchar(32) not null,
    multiplier          numeric not null,
    base_value          numeric not null,
    base_unit           varchar(32) not null,
    comparator          varchar(8) not null check (comparator in ('eq', 'gt', 'gte', 'lt', 'lte', 'approx')),
    kind                varchar(8) not null check (kind in ('actual', 'target')),
    period              varchar(9),
    quote               text not null,
    quote_start         integer not null check (quote_start >= 0),
    quote_end           integer not null,
    value_start         integer not null,
    value_end           integer not null,
    section             text,
    suggested_indicator varchar(64),
    suggested_score     numeric,
    status              varchar(20) not null default 'proposed'
        check (status in ('proposed', 'accepted', 'rejected', 'not_an_observation')),
    observation_id      bigint references observation (id),
    extracted_at        timestamptz not null default now(),
    check (quote_start < quote_end)
);

-- The candidate list of a source in text order; also the keyset of its cursor.
create index extraction_candidate_source_order on extraction_candidate (source_id, value_start, id);

-- Every decision, by whom and when; the candidate's status is the latest one.
create table candidate_decision (
    id             bigserial primary key,
    candidate_id   varchar(24) not null references extraction_candidate (id),
    decision       varchar(20) not null check (decision in ('accepted', 'rejected', 'not_an_observation')),
    indicator      varchar(64),
    note           text,
    corrections    text,
    observation_id bigint references observation (id),
    decided_by     varchar(64) not null,
    decided_at     timestamptz not null default now()
);

create index candidate_decision_candidate on candidate_decision (candidate_id, id);
