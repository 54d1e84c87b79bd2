-- Issue 11: a project metric carries the qualifier its quote uses, as observations and pledge targets do
-- (安老路旧改600余座 is approx 600). The metrics already held that carry a qualifier word get it here; the
-- dataset states the same, so the loader finds them unchanged.
alter table project_metric add column comparator varchar(8) not null default 'eq'
    check (comparator in ('eq', 'gt', 'gte', 'lt', 'lte', 'approx'));
update project_metric set comparator = 'gte' where quote in ('启动20个以上中心城区老旧小区改造', '为70周岁以上的农村老年人',
    '80周岁以上的城乡老年人');
update project_metric set comparator = 'approx' where quote in ('崇兴、一诺等130余家冷链物流企业', '安老路旧改600余座');
