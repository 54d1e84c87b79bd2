// Small DOM helpers: elements from data, never from HTML strings, so that no quote can inject markup.
import { t, L, language } from "./i18n.js";

/** h("a", {href, class}, child, ...): attributes, on* listeners, then children (strings, nodes, arrays). */
export function h(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith("on") && typeof value === "function") node.addEventListener(name.slice(2), value);
    else if (name === "dataset") Object.assign(node.dataset, value);
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  append(node, children);
  return node;
}

/** Replaces a container's children; null, false and "" are skipped and arrays flattened, as in h(). */
export function put(container, ...children) {
  container.replaceChildren();
  append(container, children);
  return container;
}

function append(node, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false || child === "") continue;
    if (Array.isArray(child)) append(node, child);
    else node.append(child instanceof Node ? child : String(child));
  }
}

/** Text with every occurrence of the query's words wrapped in <mark>. */
export function highlight(text, terms) {
  if (!text) return [];
  const words = terms.filter(Boolean).map((w) => w.toLowerCase());
  if (!words.length) return [text];
  const lower = text.toLowerCase();
  const parts = [];
  let i = 0;
  while (i < text.length) {
    let best = -1;
    let len = 0;
    for (const word of words) {
      const at = lower.indexOf(word, i);
      if (at !== -1 && (best === -1 || at < best || (at === best && word.length > len))) {
        best = at;
        len = word.length;
      }
    }
    if (best === -1) break;
    if (best > i) parts.push(text.slice(i, best));
    parts.push(h("mark", null, text.slice(best, best + len)));
    i = best + len;
  }
  if (i < text.length) parts.push(text.slice(i));
  return parts;
}

export const contains = (text, terms) => !!text && terms.some((w) => w && text.toLowerCase().includes(w.toLowerCase()));

/** The words of a query: split on spaces; Chinese has none, so a Chinese query is one word. */
export const termsOf = (q) => (q || "").trim().split(/\s+/).filter(Boolean);

export function number(n) {
  if (n === null || n === undefined || n === "") return "";
  return new Intl.NumberFormat(language() === "zh" ? "zh-CN" : "en", { maximumFractionDigits: 6 }).format(Number(n));
}

const SYMBOLS = { gt: ">", gte: "≥", lt: "<", lte: "≤", approx: "≈", eq: "" };
export const symbol = (code) => SYMBOLS[code] ?? "";

/** "more than 400 亿元": a published figure with its qualifier, as the text states it. */
export function figure(comparator, value, unit) {
  const code = typeof comparator === "string" ? comparator : comparator?.code;
  const word = code && code !== "eq" ? t(`cmp.${code}`) : "";
  const unitText = typeof unit === "string" ? unit : unit?.code || "";
  const sep = language() === "zh" ? "" : " ";
  return `${word ? word + sep : ""}${number(value)}${unitText ? sep + unitText : ""}`.trim();
}

/** A verbatim quote from a report, always marked as Chinese, with its source under it. */
export function quote(source, { withSource = true } = {}) {
  if (!source) return null;
  return h("figure", { class: "quote" },
    h("blockquote", { lang: "zh-Hans" }, h("p", null, source.quote)),
    withSource ? h("figcaption", null, sourceLine(source)) : null);
}

export function sourceLine(source) {
  if (!source) return "";
  const title = L(source.title) || source.id;
  return h("span", { class: "source" },
    h("cite", null, title),
    source.published_on ? ` · ${t("published", { date: source.published_on })}` : "");
}

/** A code (status, verdict, evidence) shown as a labelled badge; data-code lets CSS and tests find it. */
export function badge(kind, code, text) {
  if (!code) return null;
  return h("span", { class: `badge ${kind}-${code}`, "data-code": code }, text);
}

export function loading(container, what) {
  container.setAttribute("aria-busy", "true");
  container.replaceChildren(h("p", { class: "loading" }, what || t("loading")));
}

export function done(container) {
  container.removeAttribute("aria-busy");
}

export function link(params, text, attrs = {}) {
  return h("a", { href: hrefOf(params), ...attrs }, text);
}

/** An explorer URL for these view parameters (the interface language travels with it). */
export function hrefOf(params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") query.set(key, value);
  }
  query.set("lang", language());
  return `?${query}`;
}
