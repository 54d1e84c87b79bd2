// Citations a journalist can paste: document title, publication date, verbatim quote, permanent link.
import { h } from "./dom.js";
import { t } from "./i18n.js";

const WORDS = {
  zh: { gt: "超过", gte: "不低于", lt: "低于", lte: "不超过", approx: "约", actual: "实际值", target: "目标值" },
  en: { gt: "more than", gte: "at least", lt: "less than", lte: "at most", approx: "about", actual: "actual", target: "target" },
};

const today = () => new Date().toISOString().slice(0, 10);

/**
 * A link that answers with this figure for good: the series (indicator, region, period, kind) as it
 * had been published on the day its document came out (as_of, ALFRED's real-time view).
 */
export function permalink(o, code) {
  const query = new URLSearchParams();
  if (o.region?.code) query.set("region", o.region.code);
  query.set("period", o.period);
  if (o.kind?.code) query.set("kind", o.kind.code);
  if (o.source?.published_on) query.set("as_of", o.source.published_on);
  return `${location.origin}/api/v1/indicators/${encodeURIComponent(code)}/observations?${query}`;
}

function amount(o, lang) {
  const code = o.comparator?.code;
  const word = code && code !== "eq" ? WORDS[lang][code] : "";
  const value = new Intl.NumberFormat(lang === "zh" ? "zh-CN" : "en", { maximumFractionDigits: 6 }).format(Number(o.value));
  return lang === "zh" ? `${word}${value}${o.unit?.code || ""}` : `${word ? word + " " : ""}${value} ${o.unit?.code || ""}`.trim();
}

export function citation(o, indicator, lang) {
  const link = permalink(o, indicator.code);
  const kind = WORDS[lang][o.kind?.code] || o.kind?.code || "";
  const source = o.source || {};
  if (lang === "zh") {
    return `${indicator.name?.zh || indicator.code}（${o.region?.label?.zh || ""}，${o.period}，${kind}）：${amount(o, "zh")}。`
      + `出处：《${source.title?.zh || source.id}》，${source.published_on || ""}发布。原文：“${source.quote || ""}”。`
      + `盐湖区开放数据 API：${link}（${today()}访问）`;
  }
  return `${indicator.name?.en || indicator.code}, ${o.region?.label?.en || ""}, ${o.period} (${kind}): ${amount(o, "en")}. `
    + `Source: "${source.title?.en || source.id}" (${source.title?.zh || ""}), published ${source.published_on || ""}. `
    + `Quote: “${source.quote || ""}”. Yanhu Open Data API: ${link} (accessed ${today()}).`;
}

/** A button that copies text; where the clipboard is refused, the text is shown selected instead. */
export function copyButton(label, text, announce, attrs = {}) {
  const button = h("button", { type: "button", class: "copy", ...attrs }, label);
  button.addEventListener("click", async () => {
    const value = typeof text === "function" ? text() : text;
    try {
      await navigator.clipboard.writeText(value);
      announce(t("cite.copied"));
      button.dataset.copied = "true";
    } catch {
      const area = h("textarea", { readonly: true, rows: 4, class: "manual-copy", "aria-label": t("cite.text") }, value);
      button.after(h("p", { class: "small", role: "status" }, t("cite.manual")), area);
      area.focus();
      area.select();
    }
  });
  return button;
}
