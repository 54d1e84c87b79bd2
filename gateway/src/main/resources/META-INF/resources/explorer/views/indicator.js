// One indicator: its chart, its figures with their quotes and sources, citations, downloads, versions.
import { get, showError } from "../modules/api.js";
import { h, put, number, figure, quote, link, loading, done, badge } from "../modules/dom.js";
import { t, L, other, language } from "../modules/i18n.js";
import { citation, copyButton } from "../modules/cite.js";
import { chart, legend, describe } from "./chart.js";

const api = (code) => `/api/v1/indicators/${encodeURIComponent(code)}`;

function measureOf(detail) {
  const value = detail.measure ?? detail.aggregation ?? detail.indicator_kind ?? detail.nature;
  const code = typeof value === "string" ? value : value?.code;
  return ["level", "flow", "change"].includes(code) ? code : null;
}

// A withdrawn figure carries withdrawal: {reason, withdrawn_at, replaced_by | merged_into}; it is never current.
const withdrawn = (o) => !!o.withdrawal;
const reasonOf = (o) => L(o.withdrawal?.reason) || "";
const seriesOf = (o) => [o.region?.code, o.period, o.kind?.code, o.breakdown?.code ?? o.breakdown ?? ""].join("|");

async function indicator(main, params, { signal, navigate, announce }) {
  const code = (params.get("code") || "").trim();
  const asOf = params.get("as_of") || "";
  if (!/^[A-Za-z0-9_]+$/.test(code)) {
    put(main, h("h1", null, t("nav.indicators")), h("p", { class: "notice error" }, t("error.notFound", { what: code || "?" })));
    return t("nav.indicators");
  }
  const heading = h("h1", null, code);
  const head = h("div", { class: "intro" });
  const body = h("div", { id: "indicator-body" });
  put(main, h("p", { class: "crumbs" }, link({ view: "indicators" }, t("indicators.title"))), heading, head, body);
  loading(body);
  let detail;
  try {
    detail = await get(api(code), { signal });
  } catch (error) {
    if (!signal.aborted) showError(body, error, t("what.indicator", { code }), () => indicator(main, params, { signal, navigate, announce }));
    return code;
  }
  if (signal.aborted) return null;
  put(heading, L(detail.name), " ", h("span", { class: "code" }, detail.code));
  const measure = measureOf(detail);
  put(head, 
    other(detail.name) ? h("p", { class: "alt", lang: language() === "zh" ? "en" : "zh-Hans" }, other(detail.name)) : null,
    h("p", null, L(detail.description)),
    h("dl", { class: "facts" },
      h("dt", null, t("indicator.unit")), h("dd", null, detail.unit?.code || "", L(detail.unit?.label) && L(detail.unit?.label) !== detail.unit?.code ? ` (${L(detail.unit.label)})` : ""),
      h("dt", null, t("indicator.topic")), h("dd", null, L(detail.topic?.label)),
      measure ? [h("dt", null, t("indicator.measure")), h("dd", null, t(`measure.${measure}`))] : null));

  const query = `versions=all&limit=1000${asOf ? `&as_of=${encodeURIComponent(asOf)}` : ""}`;
  let all;
  try {
    all = await get(`${api(code)}/observations?${query}`, { signal });
  } catch (error) {
    if (!signal.aborted) showError(body, error, t("what.figures"), () => indicator(main, params, { signal, navigate, announce }));
    return L(detail.name);
  }
  if (signal.aborted) return null;
  done(body);
  const observations = all.items || [];
  const current = observations.filter((o) => o.is_current && !withdrawn(o));
  put(body, 
    asOfForm(code, asOf, navigate),
    chartSection(detail, current),
    tableSection(detail, current, announce),
    versionsSection(detail, observations),
    downloads(detail, current, asOf, announce));
  return L(detail.name);
}

function asOfForm(code, asOf, navigate) {
  const input = h("input", { type: "date", id: "as-of", value: asOf, min: "2000-01-01", max: "2100-12-31" });
  return h("form", { class: "as-of", onsubmit: (event) => {
    event.preventDefault();
    navigate({ view: "indicator", code, as_of: input.value }, { focus: false });
  } },
  h("label", { for: "as-of" }, t("indicator.asOf")), input,
  h("button", { type: "submit" }, t("indicator.asOf.apply")),
  asOf ? [" ", link({ view: "indicator", code }, t("indicator.asOf.clear")),
    h("p", { class: "notice", role: "status" }, t("indicator.asOf.active", { date: asOf }))] : null);
}

function chartSection(detail, current) {
  const holder = h("div", { class: "chart-holder" });
  const section = h("section", { "aria-labelledby": "chart-title", class: "chart-section" },
    h("h2", { id: "chart-title" }, t("indicator.chart")));
  const plottable = current.filter((o) => o.value !== null && o.value !== undefined);
  if (!plottable.length) {
    section.append(h("p", null, t("indicator.chart.none")));
    return section;
  }
  section.append(h("figure", null, holder, legend(plottable), h("figcaption", null, t("indicator.chart.caption"))));
  let width = 0;
  const draw = () => {
    const next = Math.round(Math.min(Math.max(holder.clientWidth || 640, 280), 1200));
    if (next === width) return;
    width = next;
    put(holder, chart({ observations: plottable, indicator: detail, width }));
  };
  requestAnimationFrame(draw);
  new ResizeObserver(() => requestAnimationFrame(draw)).observe(holder);
  return section;
}

function tableSection(detail, current, announce) {
  const label = (key) => t(key);
  const sorted = [...current].sort((a, b) => a.period.localeCompare(b.period) || (a.kind?.code || "").localeCompare(b.kind?.code || ""));
  const rows = sorted.map((o) => h("tr", { "data-id": o.id },
    h("td", { "data-label": label("col.period"), class: "period" }, o.period),
    h("td", { "data-label": label("col.kind") }, badge("kind", o.kind?.code, L(o.kind?.label))),
    h("td", { "data-label": label("col.value"), class: "number" }, figure(o.comparator, o.value, o.unit)),
    h("td", { "data-label": label("col.base"), class: "number" }, o.base_value === null ? "" : `${number(o.base_value)} ${o.base_unit || ""}`),
    h("td", { "data-label": label("col.source"), class: "wide" }, quote(o.source)),
    h("td", { "data-label": label("col.cite"), class: "cite wide" },
      copyButton(t("cite.zh"), () => citation(o, detail, "zh"), announce, { "data-cite": "zh", "aria-label": `${t("cite.zh")}: ${describe(o)}` }),
      copyButton(t("cite.en"), () => citation(o, detail, "en"), announce, { "data-cite": "en", "aria-label": `${t("cite.en")}: ${describe(o)}` }))));
  return h("section", { "aria-labelledby": "table-title" },
    h("h2", { id: "table-title" }, t("indicator.table")),
    h("table", { class: "stack", id: "observations" },
      h("caption", null, t("indicator.table.caption")),
      h("thead", null, h("tr", null, ["col.period", "col.kind", "col.value", "col.base", "col.source", "col.cite"]
        .map((key) => h("th", { scope: "col" }, t(key))))),
      h("tbody", null, rows)));
}

function versionsSection(detail, observations) {
  const series = new Map();
  for (const o of observations) {
    const key = seriesOf(o);
    if (!series.has(key)) series.set(key, []);
    series.get(key).push(o);
  }
  const restated = [...series.values()].filter((list) => list.length > 1 || list.some((o) => !o.is_current || withdrawn(o)));
  const section = h("section", { "aria-labelledby": "versions-title", id: "versions" },
    h("h2", { id: "versions-title" }, t("indicator.versions")));
  if (!restated.length) {
    section.append(h("p", null, t("indicator.versions.none")));
    return section;
  }
  section.append(h("p", null, t("indicator.versions.intro")));
  for (const list of restated) {
    list.sort((a, b) => (a.version || 0) - (b.version || 0));
    const first = list[0];
    section.append(h("h3", null, `${first.period} · ${L(first.kind?.label)} · ${L(first.region?.label)}`),
      h("ol", { class: "versions" }, list.map((o) => {
        const state = withdrawn(o) ? "withdrawn" : o.is_current ? "current" : "superseded";
        return h("li", { "data-state": state },
          h("p", null, h("strong", null, `v${o.version} · ${figure(o.comparator, o.value, o.unit)}`), " ",
            badge("version", state, t(`version.${state}`)),
            state === "withdrawn" && reasonOf(o) ? h("span", null, ` ${reasonOf(o)}`) : null),
          quote(o.source));
      })));
  }
  return section;
}

function downloads(detail, current, asOf, announce) {
  const code = detail.code;
  const pin = asOf ? `&as_of=${encodeURIComponent(asOf)}` : "";
  const svgUrl = `${location.origin}${api(code)}/chart.svg`;
  const alt = `${detail.name?.zh || ""} · ${detail.name?.en || code}`;
  const snippet = `<img src="${svgUrl}" alt="${alt.replace(/"/g, "&quot;")}" width="760" style="max-width:100%;height:auto">`;
  const preview = h("img", { alt, width: 760, class: "embed-preview" });
  const details = h("details", { class: "embed" }, h("summary", null, t("indicator.embed.preview")), preview);
  details.addEventListener("toggle", () => { if (details.open && !preview.src) preview.src = `${api(code)}/chart.svg`; });
  const latest = [...current].sort((a, b) => b.period.localeCompare(a.period))[0];
  return h("section", { "aria-labelledby": "downloads-title" },
    h("h2", { id: "downloads-title" }, t("indicator.download")),
    h("ul", { class: "links" },
      h("li", null, h("a", { href: `${api(code)}/observations?format=csv&bom=true&limit=1000${pin}`, download: "", id: "csv-link" }, t("indicator.csv"))),
      h("li", null, h("a", { href: `${api(code)}/observations?format=csv&bom=true&limit=1000&versions=all${pin}`, download: "" }, t("indicator.csvAll"))),
      h("li", null, h("a", { href: `${api(code)}/chart.svg`, id: "svg-link" }, t("indicator.svg"))),
      h("li", null, h("a", { href: `${api(code)}/observations?limit=1000${pin}` }, t("indicator.api"))),
      h("li", null, link({ view: "check", indicator: code, period: latest?.period, unit: detail.unit?.code, kind: latest?.kind?.code }, t("indicator.checkClaim")))),
    h("label", { for: "embed-code" }, t("indicator.embed")),
    h("div", { class: "embed-row" },
      h("textarea", { id: "embed-code", readonly: true, rows: 3 }, snippet),
      copyButton(t("cite.copy"), snippet, announce, { "aria-describedby": "embed-code" })),
    details);
}

export const views = { indicator };
