// Every indicator, grouped by topic, with a filter that stays in the URL.
import { get, showError } from "../modules/api.js";
import { h, put, highlight, termsOf, hrefOf, loading, done } from "../modules/dom.js";
import { t, L, other, language } from "../modules/i18n.js";

export const loadIndicators = (signal) => get("/api/v1/indicators?limit=1000", { signal, keep: true });

async function indicators(main, params, { signal, navigate, same }) {
  const filter = params.get("filter") || "";
  let list = main.querySelector("#indicator-groups");
  if (!same || !list) {
    const input = h("input", { id: "indicator-filter", type: "search", value: filter, autocomplete: "off",
      "aria-controls": "indicator-groups" });
    let timer = null;
    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(() => navigate({ view: "indicators", filter: input.value.trim() }, { replace: true, focus: false }), 200);
    });
    list = h("div", { id: "indicator-groups" });
    put(main, 
      h("h1", null, t("indicators.title")),
      h("div", { class: "toolbar" },
        h("div", { class: "field" }, h("label", { for: "indicator-filter" }, t("indicators.filter")), input),
        h("a", { href: "/api/v1/indicators?format=csv&bom=true&limit=1000", download: "" }, t("indicators.csv"))),
      h("p", { id: "indicator-count", class: "count", "aria-live": "polite" }),
      list);
    loading(list);
  }
  try {
    const [all, topics] = await Promise.all([loadIndicators(signal), get("/api/v1/topics", { signal, keep: true })]);
    if (signal.aborted) return null;
    done(list);
    const terms = termsOf(filter);
    const shown = all.items.filter((i) => !terms.length || terms.every((w) =>
      [i.code, i.name?.zh, i.name?.en].some((s) => s && s.toLowerCase().includes(w.toLowerCase()))));
    main.querySelector("#indicator-count").textContent = t("indicators.count", { n: shown.length });
    const groups = [];
    for (const topic of topics.items) {
      const members = shown.filter((i) => i.topic?.code === topic.code);
      if (!members.length) continue;
      groups.push(h("section", { class: "topic", "aria-labelledby": `topic-${topic.code}` },
        h("h2", { id: `topic-${topic.code}` }, L(topic.label), " ", h("span", { class: "alt" }, `(${members.length})`)),
        h("ul", { class: "indicator-list" }, members.map((i) => h("li", null,
          h("a", { href: hrefOf({ view: "indicator", code: i.code }) }, highlight(L(i.name), terms)),
          other(i.name) ? h("span", { class: "alt", lang: language() === "zh" ? "en" : "zh-Hans" }, highlight(other(i.name), terms)) : null)))));
    }
    put(list, ...groups);
  } catch (error) {
    if (!signal.aborted) showError(list, error, t("what.indicators"), () => indicators(main, params, { signal, navigate, same: false }));
  }
  return t("indicators.title");
}

export const views = { indicators };
