// The pledge tracker: one year's pledges against what the next report says. A scorecard by verdict and
// by evidence (stated or inferred, once the service records it), then each pledge with both quotes side
// by side, the livelihood pledges (惠民实事) first.
import { get, all, showError } from "../modules/api.js";
import { h, put, figure, quote, hrefOf, link, loading, done, badge } from "../modules/dom.js";
import { t, L } from "../modules/i18n.js";
import { evidenceOf, evidenceBadge } from "./projects.js";

const EVIDENCE = ["stated", "inferred"];

/** The scorecard's rows for a year: one per status, with by_evidence {stated, inferred}. */
export function scorecardRows(items, year) {
  const rows = new Map();
  let hasEvidence = false;
  for (const item of items.filter((i) => String(i.year) === String(year))) {
    const code = item.status?.code;
    if (!rows.has(code)) rows.set(code, { code, label: item.status?.label, pledges: 0, livelihood: 0, evidence: {} });
    const row = rows.get(code);
    row.pledges += item.pledges || 0;
    row.livelihood += item.livelihood_pledges || 0;
    if (item.by_evidence) {
      hasEvidence = true;
      for (const e of EVIDENCE) row.evidence[e] = (row.evidence[e] || 0) + (Number(item.by_evidence[e]) || 0);
    }
  }
  return { rows: [...rows.values()], hasEvidence };
}

// A pledge's evidence is its outcomes': inferred as soon as one outcome is an inference.
const pledgeEvidence = (p) => (() => {
  const codes = [...new Set((p.outcomes || []).map(evidenceOf).filter(Boolean))];
  return codes.length === 1 ? codes[0] : codes.length ? "inferred" : null;
})();

async function pledgesView(main, params, { signal, navigate, announce }) {
  const year = params.get("year") || "2024";
  const status = params.get("status") || "";
  const evidence = params.get("evidence") || "";
  const livelihoodOnly = params.get("livelihood") === "true";
  const card = h("section", { id: "scorecard", "aria-labelledby": "scorecard-title" });
  const list = h("section", { id: "pledge-list", "aria-labelledby": "pledge-count" });
  const next = Number(year) + 1;
  put(main, h("h1", null, t("pledges.title")), h("p", null, t("pledges.intro", { year, next })), card, list);
  loading(card);
  loading(list);
  let scorecard;
  try {
    scorecard = await get("/api/v1/pledges/scorecard", { signal });
  } catch (error) {
    if (signal.aborted) return null;
    showError(card, error, t("what.scorecard"), () => pledgesView(main, params, { signal, navigate, announce }));
    put(list);
    return t("pledges.title");
  }
  if (signal.aborted) return null;
  done(card);
  const years = [...new Set(scorecard.items.map((i) => String(i.year)))].sort();
  const { rows, hasEvidence } = scorecardRows(scorecard.items, year);
  put(card, ...scorecardTable(rows, hasEvidence, year, years, params, navigate));

  try {
    const pledges = await all(`/api/v1/pledges?year=${encodeURIComponent(year)}&limit=1000`, { signal });
    if (signal.aborted) return null;
    done(list);
    const shown = pledges.filter((p) => (!status || p.status?.code === status)
      && (!evidence || pledgeEvidence(p) === evidence) && (!livelihoodOnly || p.livelihood));
    const byNumber = (a, b) => (a.number ?? 1e9) - (b.number ?? 1e9) || a.id.localeCompare(b.id);
    const livelihood = shown.filter((p) => p.livelihood).sort(byNumber);
    const others = shown.filter((p) => !p.livelihood).sort(byNumber);
    const reported = others.filter((p) => p.outcomes?.length);
    const silent = others.filter((p) => !p.outcomes?.length);
    put(list, 
      filters(params, hasEvidence, rows, navigate),
      h("p", { id: "pledge-count", class: "count" }, t("pledges.count", { n: shown.length })),
      shown.length ? null : h("p", null, t("pledges.none")),
      livelihood.length ? h("section", { "aria-labelledby": "livelihood-title", class: "pledge-group" },
        h("h2", { id: "livelihood-title" }, t("pledges.livelihood")), livelihood.map((p) => pledgeCard(p, "h3"))) : null,
      reported.length ? h("section", { "aria-labelledby": "others-title", class: "pledge-group" },
        h("h2", { id: "others-title" }, `${t("pledges.others")} (${reported.length})`), reported.map((p) => pledgeCard(p, "h3"))) : null,
      silent.length ? h("section", { "aria-labelledby": "silent-title", class: "pledge-group" },
        h("h2", { id: "silent-title" }, `${t("pledges.silent")} (${silent.length})`),
        h("p", { class: "small" }, t("pledges.silent.intro")),
        h("ul", { class: "silent" }, silent.map(silentItem))) : null);
    announce(t("pledges.count", { n: shown.length }));
  } catch (error) {
    if (!signal.aborted) showError(list, error, t("what.pledges"), () => pledgesView(main, params, { signal, navigate, announce }));
  }
  return t("pledges.title");
}

function scorecardTable(rows, hasEvidence, year, years, params, navigate) {
  const base = { view: "pledges", year };
  const yearSelect = h("select", { id: "pledge-year", name: "year" }, years.map((y) => h("option", { value: y, selected: y === year }, y)));
  yearSelect.addEventListener("change", () => navigate({ ...base, year: yearSelect.value }, { focus: false }));
  const total = rows.reduce((n, r) => n + r.pledges, 0);
  const totalLivelihood = rows.reduce((n, r) => n + r.livelihood, 0);
  const cell = (value, attrs, filter) => h("td", { class: "number", ...attrs },
    value && filter ? link({ ...base, ...filter }, String(value)) : String(value));
  const head = [t("pledges.scorecard.verdict"), t("pledges.scorecard.total"), t("pledges.scorecard.livelihood"),
    ...(hasEvidence ? [t("pledges.scorecard.stated"), t("pledges.scorecard.inferred")] : [])];
  return [
    h("h2", { id: "scorecard-title" }, t("pledges.scorecard")),
    h("div", { class: "field inline" }, h("label", { for: "pledge-year" }, t("pledges.year")), yearSelect),
    // At a phone's width five columns do not fit: the table scrolls inside its own region (which the
    // keyboard can reach and a screen reader names), and the page itself never grows wider than the screen.
    h("div", { class: "table-scroll", role: "region", tabindex: "0", "aria-labelledby": "scorecard-title" },
    h("table", { class: "scorecard", id: "scorecard-table", "data-year": year },
      h("caption", null, t("pledges.scorecard.caption", { year })),
      h("thead", null, h("tr", null, head.map((c) => h("th", { scope: "col" }, c)))),
      h("tbody", null, rows.map((r) => h("tr", { "data-status": r.code },
        h("th", { scope: "row" }, badge("pledge", r.code, L(r.label))),
        cell(r.pledges, { "data-col": "pledges", "data-count": r.pledges }, { status: r.code }),
        cell(r.livelihood, { "data-col": "livelihood", "data-count": r.livelihood }, { status: r.code, livelihood: "true" }),
        hasEvidence ? EVIDENCE.map((e) => cell(r.evidence[e] || 0, { "data-col": e, "data-count": r.evidence[e] || 0 }, { status: r.code, evidence: e })) : null))),
      h("tfoot", null, h("tr", { "data-status": "total" }, h("th", { scope: "row" }, t("pledges.scorecard.sum")),
        cell(total, { "data-col": "pledges", "data-count": total }),
        cell(totalLivelihood, { "data-col": "livelihood", "data-count": totalLivelihood }),
        hasEvidence ? EVIDENCE.map((e) => {
          const n = rows.reduce((sum, r) => sum + (r.evidence[e] || 0), 0);
          return cell(n, { "data-col": e, "data-count": n });
        }) : null)))),
    hasEvidence ? null : h("p", { class: "small", id: "no-evidence" }, t("pledges.scorecard.noEvidence")),
  ];
}

function filters(params, hasEvidence, rows, navigate) {
  const values = (form) => ({ view: "pledges", year: params.get("year") || "", status: form.elements.status.value,
    evidence: form.elements.evidence?.value || "", livelihood: form.elements.livelihood.checked ? "true" : "" });
  const form = h("form", { class: "filters inline-filters", id: "pledge-filters", "aria-label": t("projects.filters"),
    onchange: () => navigate(values(form), { focus: false }), onsubmit: (e) => { e.preventDefault(); navigate(values(form), { focus: false }); } },
  h("div", { class: "field" }, h("label", { for: "pledge-status" }, t("pledges.filter.status")),
    h("select", { id: "pledge-status", name: "status" }, h("option", { value: "" }, t("projects.any")),
      rows.map((r) => h("option", { value: r.code, selected: r.code === params.get("status") }, L(r.label))))),
  hasEvidence ? h("div", { class: "field" }, h("label", { for: "pledge-evidence" }, t("pledges.filter.evidence")),
    h("select", { id: "pledge-evidence", name: "evidence" }, h("option", { value: "" }, t("projects.any")),
      EVIDENCE.map((e) => h("option", { value: e, selected: e === params.get("evidence") }, t(`evidence.${e}`))))) : null,
  h("div", { class: "field check-field" },
    h("input", { type: "checkbox", id: "pledge-livelihood", name: "livelihood", checked: params.get("livelihood") === "true" }),
    h("label", { for: "pledge-livelihood" }, t("pledges.filter.livelihood"))));
  return form;
}

/** A pledge that no later report mentions: its words and its status, one line each. */
function silentItem(p) {
  return h("li", { class: "pledge-silent", "data-id": p.id, "data-status": p.status?.code || "" },
    h("a", { href: hrefOf({ view: "pledge", id: p.id }) }, L(p.text)), " ",
    badge("pledge", p.status?.code, L(p.status?.label)),
    p.source?.quote ? h("p", { class: "small", lang: "zh-Hans" }, `“${p.source.quote}”`) : null);
}

/** One pledge: its words and the later report's words side by side, the verdict and its evidence. */
export function pledgeCard(p, level = "h3", { full = false } = {}) {
  const outcomes = p.outcomes || [];
  const evidence = pledgeEvidence(p);
  return h("article", { class: "pledge", "data-id": p.id, "data-status": p.status?.code || "", "aria-labelledby": `pledge-${p.id}` },
    h(level, { id: `pledge-${p.id}`, class: "pledge-title" },
      p.livelihood && p.number ? h("span", { class: "pledge-number" }, t("pledges.livelihoodN", { n: p.number })) : null,
      full ? L(p.text) : h("a", { href: hrefOf({ view: "pledge", id: p.id }) }, L(p.text))),
    h("p", { class: "pledge-meta" },
      badge("pledge", p.status?.code, L(p.status?.label)), " ",
      evidence ? badge("evidence", evidence, t(`evidence.${evidence}`)) : null, " ",
      h("span", { class: "small" }, L(p.sector?.label))),
    h("div", { class: "compare" },
      h("div", { class: "side side-pledge" }, h("p", { class: "side-title" }, t("pledges.pledged", { year: p.year })), quote(p.source)),
      h("div", { class: "side side-outcome" }, h("p", { class: "side-title" }, t("pledges.reported")),
        outcomes.length ? outcomes.map((o) => h("div", { class: "outcome" },
          quote(o.source),
          h("p", { class: "small" }, badge("pledge", o.judgement?.code, L(o.judgement?.label)), " ", evidenceBadge(o)))) :
          h("p", { class: "nothing" }, t("pledges.notReported")))),
    outcomes.filter((o) => o.note).map((o) => h("p", { class: "note" }, h("strong", null, `${t("pledges.note")}: `), L(o.note))),
    full ? details(p) : null);
}

function details(p) {
  return [
    p.targets?.length ? h("section", { "aria-labelledby": "targets-title" }, h("h2", { id: "targets-title" }, t("pledges.targets")),
      h("ul", null, p.targets.map((x) => h("li", null, `${L(x.label) || x.code.replace(/_/g, " ")}: `, figure(x.comparator, x.value, x.unit))))) : null,
    p.projects?.length ? h("section", { "aria-labelledby": "linked-projects-title" }, h("h2", { id: "linked-projects-title" }, t("pledges.projects")),
      h("ul", null, p.projects.map((x) => h("li", null, h("a", { href: hrefOf({ view: "project", id: x.id }) }, L(x.name)), " ",
        badge("status", x.status?.code, L(x.status?.label)))))) : null,
    h("p", null, h("a", { href: `/api/v1/pledges/${encodeURIComponent(p.id)}` }, t("project.api"))),
  ];
}

async function pledge(main, params, { signal, navigate, announce }) {
  const id = params.get("id") || "";
  const body = h("div", { id: "pledge-body" });
  put(main, h("p", { class: "crumbs" }, link({ view: "pledges", year: id.slice(0, 4) }, t("pledges.title"))), body);
  loading(body);
  try {
    const p = await get(`/api/v1/pledges/${encodeURIComponent(id)}`, { signal });
    if (signal.aborted) return null;
    done(body);
    const card = pledgeCard(p, "h1", { full: true });
    put(body, card);
    return L(p.text).slice(0, 40);
  } catch (error) {
    if (!signal.aborted) {
      put(body, h("h1", null, id), h("div"));
      showError(body.lastChild, error, t("what.pledge", { id }), () => pledge(main, params, { signal, navigate, announce }));
    }
    return id;
  }
}

export const views = { pledges: pledgesView, pledge };
