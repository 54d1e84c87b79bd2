// Projects: filters for sector, status, year and town kept in the URL; each project's page with its
// status timeline release by release, its metrics and its linked pledges.
import { get, all, showError } from "../modules/api.js";
import { h, put, figure, quote, hrefOf, link, loading, done, badge, highlight, termsOf } from "../modules/dom.js";
import { t, L, other, language } from "../modules/i18n.js";

const FILTERS = ["q", "sector", "status", "year", "town", "sort"];
const SORTS = ["id", "-year", "year", "-updated"];

const townsOf = (p) => (p.location?.towns?.length ? p.location.towns : p.location?.town ? [p.location.town] : []);

// Outcomes and status releases carry evidence as a code with its label: {code: "stated" | "inferred", label}.
export const evidenceOf = (x) => x?.evidence?.code || null;

export const evidenceBadge = (x) => {
  const code = evidenceOf(x);
  return code ? badge("evidence", code, t(`evidence.${code}`)) : null;
};

async function projects(main, params, { signal, navigate, same, announce }) {
  let results = main.querySelector("#project-results");
  let form = main.querySelector("#project-filters");
  if (!same || !form) {
    results = h("section", { id: "project-results", "aria-labelledby": "project-count" });
    const holder = h("div", { id: "project-filter-holder" });
    put(main, h("h1", null, t("projects.title")), holder, results);
    loading(holder);
    try {
      form = await buildFilters(params, signal, navigate);
    } catch (error) {
      if (!signal.aborted) showError(holder, error, t("what.projectFilters"), () => projects(main, params, { signal, navigate, same: false, announce }));
      return t("projects.title");
    }
    if (signal.aborted) return null;
    done(holder);
    put(holder, form);
  } else {
    for (const f of FILTERS) {
      if (form.elements[f] && document.activeElement !== form.elements[f]) form.elements[f].value = params.get(f) || (f === "sort" ? "id" : "");
    }
  }
  const query = new URLSearchParams({ limit: "1000" });
  for (const f of FILTERS) if (params.get(f)) query.set(f, params.get(f));
  const csv = new URLSearchParams(query);
  csv.set("format", "csv");
  csv.set("bom", "true");
  loading(results);
  try {
    const items = await all(`/api/v1/projects?${query}`, { signal });
    if (signal.aborted) return null;
    done(results);
    const terms = termsOf(params.get("q"));
    const count = t("projects.count", { n: items.length });
    put(results, 
      h("div", { class: "toolbar" },
        h("p", { id: "project-count", class: "count" }, count),
        h("a", { href: `/api/v1/projects?${csv}`, download: "" }, t("projects.csv"))),
      items.length ? h("table", { class: "stack", id: "projects-table" },
        h("caption", { class: "visually-hidden" }, count),
        h("thead", null, h("tr", null, ["col.project", "col.sector", "col.status", "col.year", "col.town"].map((k) => h("th", { scope: "col" }, t(k))))),
        h("tbody", null, items.map((p) => h("tr", { "data-id": p.id },
          h("td", { "data-label": t("col.project"), class: "wide" }, h("a", { href: hrefOf({ view: "project", id: p.id }) }, highlight(L(p.name), terms)),
            other(p.name) ? h("span", { class: "alt", lang: language() === "zh" ? "en" : "zh-Hans" }, other(p.name)) : null),
          h("td", { "data-label": t("col.sector") }, L(p.sector?.label)),
          h("td", { "data-label": t("col.status") }, badge("status", p.status?.code, L(p.status?.label))),
          h("td", { "data-label": t("col.year") }, p.year),
          h("td", { "data-label": t("col.town") }, townsOf(p).join("、")))))) : h("p", null, t("projects.none")));
    announce(count);
  } catch (error) {
    if (!signal.aborted) showError(results, error, t("what.projects"), () => projects(main, params, { signal, navigate, same, announce }));
  }
  return t("projects.title");
}

async function buildFilters(params, signal, navigate) {
  const [sectors, statuses, years, everything] = await Promise.all([
    get("/api/v1/sectors?limit=1000", { signal, keep: true }),
    get("/api/v1/project-statuses", { signal, keep: true }),
    get("/api/v1/projects/stats?by=year", { signal, keep: true }),
    get("/api/v1/projects?limit=1000", { signal, keep: true })]);
  const towns = [...new Set(everything.items.flatMap(townsOf))].sort((a, b) => a.localeCompare(b, "zh-Hans-CN"));
  const groups = sectors.items.filter((s) => s.level === "group");
  const any = h("option", { value: "" }, t("projects.any"));
  const select = (name, options) => h("select", { id: `filter-${name}`, name }, any.cloneNode(true), options);
  const controls = {
    q: h("input", { id: "filter-q", name: "q", type: "search", autocomplete: "off" }),
    sector: select("sector", groups.map((g) => h("optgroup", { label: L(g.label) },
      h("option", { value: g.code }, `${L(g.label)} · ${t("projects.any")}`),
      sectors.items.filter((s) => s.parent === g.code).map((s) => h("option", { value: s.code }, L(s.label)))))),
    status: select("status", statuses.items.map((s) => h("option", { value: s.code }, L(s.label)))),
    year: select("year", years.items.map((y) => h("option", { value: y.code }, `${L(y.label)} (${y.count})`))),
    town: select("town", towns.map((town) => h("option", { value: town, lang: "zh-Hans" }, town))),
    sort: h("select", { id: "filter-sort", name: "sort" }, SORTS.map((s) => h("option", { value: s }, t(`sort.${s}`)))),
  };
  const values = () => Object.fromEntries(FILTERS.map((f) => [f, form.elements[f].value.trim()]));
  const apply = () => navigate({ view: "projects", ...values(), sort: values().sort === "id" ? "" : values().sort }, { focus: false });
  const form = h("form", { id: "project-filters", class: "filters", role: "search", "aria-label": t("projects.filters"),
    onsubmit: (event) => { event.preventDefault(); apply(); } },
  h("div", { class: "grid" },
    ["q", "sector", "status", "year", "town", "sort"].map((f) => h("div", { class: "field" },
      h("label", { for: `filter-${f}` }, t(`projects.${f}`)), controls[f]))),
  h("div", { class: "actions" },
    h("button", { type: "submit" }, t("projects.apply")),
    link({ view: "projects" }, t("projects.reset"))));
  for (const f of ["sector", "status", "year", "town", "sort"]) controls[f].addEventListener("change", apply);
  for (const f of FILTERS) controls[f].value = params.get(f) || (f === "sort" ? "id" : "");
  return form;
}

// --- One project.

async function project(main, params, { signal, navigate, announce }) {
  const id = params.get("id") || "";
  const heading = h("h1", null, id);
  const body = h("div", { id: "project-body" });
  put(main, h("p", { class: "crumbs" }, link({ view: "projects" }, t("projects.title"))), heading, body);
  loading(body);
  const path = `/api/v1/projects/${encodeURIComponent(id)}`;
  let detail;
  let history;
  try {
    [detail, history] = await Promise.all([get(path, { signal }), all(`${path}/history?limit=100`, { signal })]);
  } catch (error) {
    if (!signal.aborted) showError(body, error, t("what.project", { id }), () => project(main, params, { signal, navigate, announce }));
    return id;
  }
  if (signal.aborted) return null;
  done(body);
  heading.textContent = L(detail.name);
  const towns = townsOf(detail);
  put(body, 
    other(detail.name) ? h("p", { class: "alt", lang: language() === "zh" ? "en" : "zh-Hans" }, other(detail.name)) : null,
    withdrawalNotice(detail.withdrawal),
    h("p", null, L(detail.description)),
    h("dl", { class: "facts" },
      h("dt", null, t("project.current")), h("dd", null, badge("status", detail.status?.code, L(detail.status?.label)),
        detail.status_date ? ` ${detail.status_date}` : "", " ", evidenceBadge(detail.timeline?.at(-1))),
      h("dt", null, t("col.sector")), h("dd", null, L(detail.sector?.group?.label), " · ", L(detail.sector?.label)),
      h("dt", null, t("col.year")), h("dd", null, detail.year),
      h("dt", null, t("project.location")), h("dd", null, [L(detail.location?.region?.label), towns.join("、")].filter(Boolean).join(" · "))),
    timeline(history),
    metrics(detail.metrics || []),
    pledges(detail.pledges || []),
    h("p", null, h("a", { href: path }, t("project.api"))));
  return L(detail.name);
}

// A withdrawn project (one sentence recorded twice, a wrong entry) is kept and still answers by id, with
// withdrawal: {reason, withdrawn_at, replaced_by | merged_into}; it is out of lists, stats and search.
function withdrawalNotice(w) {
  if (!w) return null;
  const into = w.merged_into || w.replaced_by;
  return h("p", { id: "project-withdrawn", class: "notice", role: "note" },
    h("strong", null, `${t("version.withdrawn")}: `), L(w.reason) || "", w.withdrawn_at ? ` (${w.withdrawn_at})` : "",
    into ? [" → ", h("a", { href: hrefOf({ view: "project", id: into }) }, into)] : null);
}

function timeline(releases) {
  // In the API's order (by the report's date, then by the order of recording), not re-sorted here: a release
  // recorded later about an earlier report (a backfill, a correction) belongs where its date puts it.
  const items = releases.map((r) => {
    const kind = r.kind?.code || "status";
    const verb = r.verb || null;
    return h("li", { class: `release release-${kind}`, "data-kind": kind, "data-status": r.status?.code || "" },
      h("p", { class: "release-head" },
        h("time", { datetime: r.date }, r.date), r.period ? ` · ${r.period}` : "", " · ",
        h("span", { class: "small" }, L(r.kind?.label) || t(`project.release.${kind}`)), " ",
        r.status ? badge("status", r.status.code, L(r.status.label)) : null, " ",
        evidenceBadge(r),
        verb ? h("span", { class: "verb" }, `${t("project.verb")}: `, h("span", { lang: "zh-Hans" }, verb)) : null),
      r.source ? quote(r.source) : null,
      r.changes?.length && kind !== "status" ? h("details", null, h("summary", null, `${t("project.changes")} (${r.changes.length})`),
        h("ul", { class: "changes" }, r.changes.map((c) => h("li", null, h("code", null, c.field), ": ",
          c.from === null || c.from === undefined ? "" : [h("del", null, JSON.stringify(c.from)), " → "],
          h("ins", null, typeof c.to === "string" ? c.to : JSON.stringify(c.to)))))) : null,
      (kind === "correction" || kind === "withdrawal") && r.reason ? h("p", { class: "small" }, `${t("project.reason")}: ${L(r.reason)}`) : null);
  });
  return h("section", { "aria-labelledby": "timeline-title" },
    h("h2", { id: "timeline-title" }, t("project.timeline")),
    h("p", { class: "small" }, t("project.timeline.intro")),
    h("ol", { class: "timeline", id: "timeline" }, items));
}

function metrics(list) {
  const section = h("section", { "aria-labelledby": "metrics-title" }, h("h2", { id: "metrics-title" }, t("project.metrics")));
  if (!list.length) {
    section.append(h("p", null, t("project.metrics.none")));
    return section;
  }
  section.append(h("table", { class: "stack", id: "metrics" },
    h("thead", null, h("tr", null, [t("col.metric"), t("col.value"), t("col.source")].map((c) => h("th", { scope: "col" }, c)))),
    h("tbody", null, list.map((m) => h("tr", null,
      h("td", { "data-label": t("col.metric") }, L(m.label) || m.code.replace(/_/g, " ")),
      h("td", { "data-label": t("col.value"), class: "number" }, figure(m.comparator, m.value, m.unit),
        m.shared_with?.length ? h("p", { class: "small shared", "data-shared": m.shared_with.join(" ") },
          t("project.metric.shared"), " ",
          m.shared_with.flatMap((id, i) => [i ? "、" : "", h("a", { href: hrefOf({ view: "project", id }) }, id)])) : null),
      h("td", { "data-label": t("col.source"), class: "wide" }, quote(m.source)))))));
  return section;
}

function pledges(list) {
  const section = h("section", { "aria-labelledby": "pledges-title" }, h("h2", { id: "pledges-title" }, t("project.pledges")));
  if (!list.length) {
    section.append(h("p", null, t("project.pledges.none")));
    return section;
  }
  section.append(h("ul", { class: "linked-pledges" }, list.map((p) => h("li", null,
    h("a", { href: hrefOf({ view: "pledge", id: p.id }) }, L(p.text)), " ",
    p.livelihood ? h("span", { class: "small" }, t("pledges.livelihood")) : null, " ",
    badge("pledge", p.status?.code, L(p.status?.label)), " ", evidenceBadge(p)))));
  return section;
}

export const views = { projects, project };
