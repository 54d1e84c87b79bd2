// The data explorer: plain DOM code over the public API (/api/v1/...), no build step.
"use strict";

const api = async (path) => {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(body.detail || `${response.status} ${response.statusText}`);
  }
  return body;
};

const el = (tag, text, attrs = {}) => {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  return node;
};

const label = (l) => (l ? [l.zh, l.en].filter(Boolean).join(" · ") : "");
const number = (n) => (n === null || n === undefined ? "" : Number(n).toLocaleString("en"));
const comparators = { eq: "", gt: "more than ", gte: "at least ", lt: "less than ", lte: "at most ", approx: "about " };

function notice(container, message) {
  container.replaceChildren(el("p", message, { class: "notice", role: "status" }));
}

async function search(q) {
  const out = document.getElementById("search-results");
  out.replaceChildren(el("p", "Searching…"));
  try {
    const result = await api(`/api/v1/search?q=${encodeURIComponent(q)}&limit=50`);
    const list = el("ol");
    for (const hit of result.items) {
      const item = el("li");
      item.append(el("span", hit.type, { class: "hit-type" }));
      const link = el("a", label(hit.title) || hit.id,
        { href: hit.type === "indicator" ? `#indicator-${hit.id}` : hit.link });
      item.append(link);
      list.append(item);
    }
    const parts = [el("p", `${result.items.length} results for “${result.query}”`)];
    if (!result.complete) {
      const missing = result.sources.filter((s) => s.status !== "ok").map((s) => s.type).join(", ");
      parts.push(el("p", `Some results may be missing: ${missing} could not be searched just now.`, { class: "notice" }));
    }
    out.replaceChildren(...parts, list);
  } catch (error) {
    notice(out, `Search failed: ${error.message}`);
  }
}

let indicators = [];

async function loadIndicators() {
  const list = document.getElementById("indicator-list");
  try {
    indicators = (await api("/api/v1/indicators?limit=1000")).items;
    renderIndicators("");
  } catch (error) {
    notice(list, `Indicators are unavailable: ${error.message}`);
  }
}

function renderIndicators(filter) {
  const f = filter.trim().toLowerCase();
  const items = indicators.filter((i) => !f || [i.code, i.name?.zh, i.name?.en].some((s) => s && s.toLowerCase().includes(f)));
  document.getElementById("indicator-list").replaceChildren(...items.map((i) => {
    const item = el("li");
    const link = el("a", label(i.name), { href: `#indicator-${i.code}` });
    item.append(link);
    return item;
  }));
}

async function showIndicator(code) {
  const section = document.getElementById("indicator");
  section.hidden = false;
  const title = document.getElementById("indicator-title");
  const rows = document.getElementById("observation-rows");
  try {
    const [detail, observations] = await Promise.all([
      api(`/api/v1/indicators/${encodeURIComponent(code)}`),
      api(`/api/v1/indicators/${encodeURIComponent(code)}/observations?limit=1000`),
    ]);
    title.textContent = `${label(detail.name)} (${detail.code})`;
    document.getElementById("indicator-description").textContent =
      `${label(detail.description)} Unit: ${label(detail.unit?.label)}.`;
    const chart = document.getElementById("indicator-chart");
    chart.src = detail.chart || `/api/v1/indicators/${encodeURIComponent(code)}/chart.svg`;
    chart.alt = `Chart of ${detail.name?.en || code} by period`;
    document.getElementById("indicator-chart-caption").textContent = "Values as published; see the table for sources.";
    document.getElementById("indicator-csv").href =
      `/api/v1/indicators/${encodeURIComponent(code)}/observations?format=csv&bom=true&limit=1000`;
    rows.replaceChildren(...observations.items.map((o) => {
      const row = el("tr");
      row.append(el("td", o.period));
      row.append(el("td", label(o.kind?.label)));
      row.append(el("td", `${comparators[o.comparator?.code] || ""}${number(o.value)} ${o.unit?.code || ""}`, { class: "number" }));
      row.append(el("td", `${number(o.base_value)} ${o.base_unit || ""}`, { class: "number" }));
      const cite = el("td");
      cite.append(el("span", `${o.source?.title?.zh || o.source?.id} (${o.source?.published_on}): `));
      cite.append(el("q", o.source?.quote, { lang: "zh", class: "quote" }));
      row.append(cite);
      return row;
    }));
    title.setAttribute("tabindex", "-1");
    title.focus();
  } catch (error) {
    title.textContent = code;
    notice(rows, `Could not load ${code}: ${error.message}`);
  }
}

async function loadSectors() {
  const select = document.getElementById("sector");
  try {
    const sectors = (await api("/api/v1/sectors?limit=1000")).items;
    for (const s of sectors) {
      select.append(el("option", `${s.level === "group" ? "" : "— "}${label(s.label)}`, { value: s.code }));
    }
  } catch (error) {
    select.after(el("p", `Sectors are unavailable: ${error.message}`, { class: "notice" }));
  }
}

async function loadProjects(sector) {
  const rows = document.getElementById("project-rows");
  const query = `limit=1000${sector ? `&sector=${encodeURIComponent(sector)}` : ""}`;
  document.getElementById("projects-csv").href = `/api/v1/projects?${query}&format=csv&bom=true`;
  try {
    const projects = (await api(`/api/v1/projects?${query}`)).items;
    rows.replaceChildren(...projects.map((p) => {
      const row = el("tr");
      const name = el("td");
      name.append(el("a", label(p.name), { href: p.link || `/api/v1/projects/${p.id}` }));
      row.append(name, el("td", label(p.sector?.label)), el("td", label(p.status?.label)), el("td", p.year));
      return row;
    }));
  } catch (error) {
    rows.replaceChildren(el("tr"));
    rows.firstChild.append(el("td", `Projects are unavailable: ${error.message}`, { colspan: "4", class: "notice" }));
  }
}

document.getElementById("search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const q = document.getElementById("q").value.trim();
  if (q) search(q);
});
document.getElementById("indicator-filter").addEventListener("input", (event) => renderIndicators(event.target.value));
document.getElementById("sector").addEventListener("change", (event) => loadProjects(event.target.value));
// #indicator-GDP opens that indicator, so that a view can be linked to and shared.
const openFromHash = () => {
  const match = /^#indicator-([A-Za-z0-9_]+)$/.exec(location.hash);
  if (match) showIndicator(match[1]);
};
window.addEventListener("hashchange", openFromHash);
loadIndicators();
loadSectors();
loadProjects("");
openFromHash();
