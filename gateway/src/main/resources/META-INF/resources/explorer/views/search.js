// Search first: one box over indicators, projects and pledges, results grouped by kind, matches marked.
import { ENDPOINTS } from "../explorer.js";
import { get, showError } from "../modules/api.js";
import { h, put, highlight, contains, termsOf, figure, link, hrefOf, loading, done } from "../modules/dom.js";
import { t, L, other, language } from "../modules/i18n.js";

const KINDS = ["indicator", "project", "pledge"];
const EXAMPLES = { zh: ["旅游", "光伏", "养老", "GDP"], en: ["tourism", "solar", "elderly", "GDP"] };
const SERVICE_OF_KIND = { indicator: "indicators", project: "projects", pledge: "projects" };

export const hitHref = (hit) => hit.type === "indicator" ? hrefOf({ view: "indicator", code: hit.id })
  : hit.type === "project" ? hrefOf({ view: "project", id: hit.id }) : hrefOf({ view: "pledge", id: hit.id });

function form(q, navigate) {
  const input = h("input", { id: "q", name: "q", type: "search", required: true, maxlength: 200, value: q || "",
    autocomplete: "off", spellcheck: "false", "aria-describedby": "search-examples" });
  const submit = (event) => {
    event.preventDefault();
    const value = input.value.trim();
    if (value) navigate({ view: "search", q: value });
  };
  return h("form", { role: "search", class: "search", onsubmit: submit },
    h("label", { for: "q" }, t("search.label")),
    h("div", { class: "search-row" }, input, h("button", { type: "submit" }, t("search.button"))),
    h("p", { id: "search-examples", class: "small" }, t("search.examples"), " ",
      EXAMPLES[language()].map((word, i) => [i ? " · " : "", link({ view: "search", q: word }, word)])));
}

async function search(main, params, { signal, navigate, announce }) {
  const q = (params.get("q") || "").trim();
  const results = h("div", { id: "search-results" });
  put(main, 
    h("h1", null, t("search.title")),
    form(q, navigate),
    results);
  if (!q) {
    home(results, signal);
    return t("nav.search");
  }
  loading(results, t("search.searching"));
  try {
    const answer = await get(`${ENDPOINTS.search}?q=${encodeURIComponent(q)}&limit=50`, { signal });
    if (signal.aborted) return null;
    renderResults(results, answer, q, signal);
    announce(t("search.count", { q, n: answer.items.length }));
  } catch (error) {
    if (signal.aborted) return null;
    showError(results, error, t("what.search"), () => search(main, params, { signal, navigate, announce }));
  }
  return `${q} · ${t("nav.search")}`;
}

function renderResults(container, answer, q, signal) {
  done(container);
  const terms = termsOf(q);
  const parts = [h("p", { class: "count", id: "search-count" }, t("search.count", { q, n: answer.items.length }))];
  for (const source of answer.sources || []) {
    if (source.status !== "ok") {
      parts.push(h("p", { class: "notice error", role: "status", "data-missing": source.service },
        t("search.incomplete", { kinds: t(`search.group.${source.type}`), service: t(`service.${SERVICE_OF_KIND[source.type] || source.service}`) })));
    }
  }
  if (!answer.items.length) parts.push(h("p", null, t("search.none", { q })));
  const lookups = [];
  for (const kind of KINDS) {
    const hits = answer.items.filter((hit) => hit.type === kind);
    if (!hits.length) continue;
    const list = h("ol", { class: "hits" });
    for (const hit of hits) {
      const title = L(hit.title) || hit.id;
      const alt = other(hit.title);
      const item = h("li", { class: "hit", "data-type": hit.type, "data-id": hit.id },
        h("a", { href: hitHref(hit), class: "hit-title" }, highlight(title, terms)),
        alt ? h("span", { class: "alt", lang: language() === "zh" ? "en" : "zh-Hans" }, highlight(alt, terms)) : null,
        hit.category ? h("span", { class: "hit-meta" }, L(hit.category.label)) : null);
      if (!contains(title, terms) && !contains(alt, terms) && !contains(hit.id, terms)) lookups.push([item, hit]);
      list.append(item);
    }
    parts.push(h("section", { class: "hit-group", "aria-labelledby": `group-${kind}` },
      h("h2", { id: `group-${kind}` }, `${t(`search.group.${kind}`)} (${hits.length})`), list));
  }
  put(container, ...parts);
  showWhereItMatched(lookups.slice(0, 6), terms, signal);
}

/** A hit found by its description, not its name: read the description and show the words in context. */
async function showWhereItMatched(lookups, terms, signal) {
  await Promise.all(lookups.map(async ([item, hit]) => {
    try {
      const detail = await get(hit.link, { signal });
      const texts = [detail.description, detail.text, detail.source?.quote ? { zh: detail.source.quote } : null,
        ...(detail.outcomes || []).map((o) => o.note)].filter(Boolean);
      for (const label of texts) {
        for (const text of [label.zh, label.en]) {
          const snippet = around(text, terms);
          if (snippet) {
            item.append(h("p", { class: "snippet small" }, t("search.matchedElsewhere"), " ",
              h("span", { lang: /[\u4e00-\u9fff]/.test(snippet) ? "zh-Hans" : "en" }, highlight(snippet, terms))));
            return;
          }
        }
      }
      item.append(h("p", { class: "snippet small" }, t("search.matchedElsewhereNoText")));
    } catch {
      // The hit stays as it is: its name and link are still right.
    }
  }));
}

function around(text, terms) {
  if (!text) return null;
  const lower = text.toLowerCase();
  const at = Math.min(...terms.map((w) => lower.indexOf(w.toLowerCase())).filter((i) => i >= 0));
  if (!Number.isFinite(at)) return null;
  const start = Math.max(0, at - 40);
  const end = Math.min(text.length, at + 80);
  return `${start > 0 ? "…" : ""}${text.slice(start, end)}${end < text.length ? "…" : ""}`;
}

async function home(container, signal) {
  const headline = h("section", { "aria-labelledby": "headline-title", class: "headline" },
    h("h2", { id: "headline-title" }, t("home.headline")),
    h("p", { class: "small" }, t("home.headline.note")));
  const figures = h("div", { id: "headline-figures" });
  headline.append(figures);
  const browse = h("section", { "aria-labelledby": "browse-title" },
    h("h2", { id: "browse-title" }, t("home.browse")),
    h("ul", { class: "browse" },
      h("li", null, link({ view: "indicators" }, t("nav.indicators")), h("span", null, t("home.browse.indicators"))),
      h("li", null, link({ view: "check" }, t("nav.check")), h("span", null, t("home.browse.check"))),
      h("li", null, link({ view: "projects" }, t("nav.projects")), h("span", null, t("home.browse.projects"))),
      h("li", null, link({ view: "pledges" }, t("nav.pledges")), h("span", null, t("home.browse.pledges")))));
  put(container, headline, browse);
  loading(figures);
  try {
    const profile = await get("/api/v1/regions/140802/profile", { signal });
    if (signal.aborted) return;
    done(figures);
    const cards = (profile.headline || []).map((item) => h("li", { class: "card" },
      h("a", { href: hrefOf({ view: "indicator", code: item.indicator }), class: "card-title" }, L(item.name)),
      h("p", { class: "card-figure" }, figure(item.comparator, item.value, item.unit)),
      h("p", { class: "small" }, item.period, item.source?.published_on ? ` · ${t("published", { date: item.source.published_on })}` : ""),
      item.source?.quote ? h("p", { class: "card-quote small", lang: "zh-Hans", title: L(item.source.title) }, `“${item.source.quote}”`) : null));
    const parts = [h("ul", { class: "cards" }, cards)];
    if (profile.complete === false) {
      parts.unshift(h("p", { class: "notice error", "data-missing": "indicators" },
        t("error.service", { service: t("service.indicators"), what: t("home.headline") })));
    }
    put(figures, ...parts);
  } catch (error) {
    if (!signal.aborted) showError(figures, error, t("what.headline"));
  }
}

export const views = { search };
