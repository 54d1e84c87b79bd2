-- A combined figure (5,520 school places for three schools) is one figure of its source, cited by every project it
-- belongs to. Each project's metrics name the other projects that cite the same figure (same source, quote, value
-- and unit); this index makes that lookup one probe per metric instead of a scan of every metric.
create index project_metric_figure on project_metric (source_id, value);
