-- Issue 11: a status release names the verb its status is derived from (api-conventions' status-verbs.csv)
-- and whether the text states the status or curators inferred it. Releases written before this have neither.
alter table project_release add column verb varchar(32);
alter table project_release add column evidence varchar(16) check (evidence in ('stated', 'inferred'));
