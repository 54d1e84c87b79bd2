-- Issue 11: every pledge outcome says whether the later report states it (stated) or curators inferred it
-- (inferred); a pledge keeps its latest outcome's evidence beside the status derived from it, for the scorecard.
alter table pledge_outcome add column evidence varchar(16) check (evidence in ('stated', 'inferred'));
alter table pledge add column status_evidence varchar(16) check (status_evidence in ('stated', 'inferred'));
