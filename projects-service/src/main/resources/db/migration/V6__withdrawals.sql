-- Issue 11, §4 and §5: a project or pledge that should not stand (one sentence recorded twice, a wrong entry) is
-- withdrawn, not deleted, as an observation is in indicators-service. It keeps its history and answers by id with
-- the reason; it is out of lists, stats, search and the projects a pledge links to.

-- A project is withdrawn by a release of its own: its changes set the withdrawal.* fields, which the compiler
-- copies to the record like any other field.
alter table project_release drop constraint project_release_kind_check;
alter table project_release add constraint project_release_kind_check
    check (kind in ('registration', 'status', 'correction', 'withdrawal'));

alter table project add column withdrawn_on date;
alter table project add column withdrawal_reason_zh text;
alter table project add column withdrawal_reason_en text;
alter table project add column replaced_by varchar(100);
alter table project add column merged_into varchar(100);
alter table project add constraint project_withdrawal_has_reason
    check (withdrawn_on is null or (withdrawal_reason_zh is not null and withdrawal_reason_en is not null));

-- A pledge is withdrawn by a revision of its own: the entry as it stood, and why it was withdrawn.
alter table pledge_revision add column withdrawn_on date;
alter table pledge_revision add column withdrawal_reason_zh text;
alter table pledge_revision add column withdrawal_reason_en text;
alter table pledge_revision add column replaced_by varchar(100);
alter table pledge_revision add column merged_into varchar(100);

alter table pledge add column withdrawn_on date;
alter table pledge add column withdrawal_reason_zh text;
alter table pledge add column withdrawal_reason_en text;
alter table pledge add column replaced_by varchar(100);
alter table pledge add column merged_into varchar(100);
alter table pledge add constraint pledge_withdrawal_has_reason
    check (withdrawn_on is null or (withdrawal_reason_zh is not null and withdrawal_reason_en is not null));
