// The data explorer: plain JavaScript modules over the public API (/api/v1/...), served by the gateway
// with no build step. Every view and filter lives in the URL's query, so a link restores what it shows.
import { setLanguage, language, t } from "./modules/i18n.js";
import { h, put } from "./modules/dom.js";
import { onOutage } from "./modules/api.js";

export const ENDPOINTS = {
  search: "/api/v1/search",
  health: "/q/health/ready",
};

// Each view is loaded on first use, so the first page costs only the shell and the view it shows.
const VIEWS = {
  search: () => import("./views/search.js"),
  indicators: () => import("./views/indicators.js"),
  indicator: () => import("./views/indicator.js"),
  check: () => import("./views/check.js"),
  projects: () => import("./views/projects.js"),
  project: () => import("./views/projects.js"),
  pledges: () => import("./views/pledges.js"),
  pledge: () => import("./views/pledges.js"),
};
const NAV_OF = { search: "search", indicators: "indicators", indicator: "indicators", check: "check",
  projects: "projects", project: "projects", pledges: "pledges", pledge: "pledges" };

const main = document.getElementById("main");
let controller = null;
let previous = null;

const viewOf = (params) => (VIEWS[params.get("view")] ? params.get("view") : "search");

function chooseLanguage() {
  const fromUrl = new URLSearchParams(location.search).get("lang");
  let stored = null;
  try { stored = localStorage.getItem("yanhu-explorer-lang"); } catch { /* storage may be off */ }
  const browser = (navigator.language || "").toLowerCase().startsWith("zh") ? "zh" : "en";
  return ["zh", "en"].includes(fromUrl) ? fromUrl : ["zh", "en"].includes(stored) ? stored : browser;
}

function remember(lang) {
  try { localStorage.setItem("yanhu-explorer-lang", lang); } catch { /* storage may be off */ }
}

/** Goes to the view these parameters describe; replace for refinements that need no history entry. */
export function navigate(values, { replace = false, focus = true } = {}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== null && value !== "" && value !== false) params.set(key, value);
  }
  params.set("lang", language());
  const url = `${location.pathname}?${params}`;
  if (url === location.pathname + location.search) return render({ focus: false });
  history[replace ? "replaceState" : "pushState"](null, "", url);
  return render({ focus });
}

function labelShell() {
  document.getElementById("skip").textContent = t("skip");
  document.querySelector("#site-title .site-name").textContent = t("site.title");
  document.querySelector("#site-title .site-name-alt").textContent = language() === "zh" ? "Yanhu Open Data" : "盐湖区开放数据";
  document.querySelector("#site-title .site-name-alt").lang = language() === "zh" ? "en" : "zh-Hans";
  document.getElementById("site-title").href = `?lang=${language()}`;
  document.getElementById("nav").setAttribute("aria-label", t("nav.label"));
  document.getElementById("lang-label").textContent = t("lang.label");
  for (const a of document.querySelectorAll("#nav a")) {
    a.textContent = t(`nav.${a.dataset.view}`);
    a.href = `?view=${a.dataset.view}&lang=${language()}`;
  }
  for (const button of document.querySelectorAll("#lang button")) {
    button.setAttribute("aria-pressed", String(button.dataset.lang === language()));
  }
  document.getElementById("footer-license").textContent = t("footer.license");
  document.getElementById("footer-api").textContent = t("footer.api");
}

/** The URL (path and query) of the view drawn last. */
let drawn = null;

async function render({ focus = false } = {}) {
  drawn = location.pathname + location.search;
  const params = new URLSearchParams(location.search);
  const name = viewOf(params);
  controller?.abort();
  controller = new AbortController();
  const signal = controller.signal;
  for (const a of document.querySelectorAll("#nav a")) {
    if (a.dataset.view === NAV_OF[name]) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  }
  const active = main.contains(document.activeElement) && document.activeElement.id ? document.activeElement.id : null;
  main.setAttribute("aria-busy", "true");
  const same = previous && previous.name === name && main.dataset.view === name;
  const context = { signal, navigate, same, previous: previous?.params, announce };
  previous = { name, params };
  try {
    const module = await VIEWS[name]();
    if (signal.aborted) return;
    main.dataset.view = name;
    const title = await module.views[name](main, params, context);
    if (signal.aborted) return;
    if (title) document.title = `${title} · ${t("site.title")}`;
  } catch (error) {
    if (signal.aborted) return;
    put(main, h("div", { class: "notice error", role: "alert" }, h("p", null, t("error.gateway")),
      h("p", { class: "small" }, String(error?.message || error))));
  }
  main.removeAttribute("aria-busy");
  if (!focus && active && document.activeElement !== document.getElementById(active)) {
    // A filter that re-drew its view keeps the keyboard where it was.
    document.getElementById(active)?.focus();
  }
  if (focus && !same) {
    const heading = main.querySelector("h1");
    if (heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: false });
    }
  }
}

function announce(message) {
  const region = document.getElementById("announce");
  region.textContent = "";
  setTimeout(() => { region.textContent = message; }, 50);
}

// --- Which services are up: one banner for the page, so each part can say what it lacks.
const down = new Set();
let gatewayDown = false;
let checking = null;

function showOutage() {
  const box = document.getElementById("outage");
  if (gatewayDown) {
    put(box, h("p", { class: "notice error", "data-missing": "gateway" }, t("health.gatewayDown")));
    return;
  }
  if (!down.size) {
    put(box);
    return;
  }
  const services = [...down].map((s) => t(`service.${s}`)).join(language() === "zh" ? "、" : " and the ");
  const what = [...down].map((s) => t(`service.covers.${s}`)).join(language() === "zh" ? "、" : "; ");
  put(box, h("p", { class: "notice error", "data-missing": [...down].join(" ") },
    t("health.down", { services, what })));
}

async function checkHealth() {
  if (checking) return checking;
  checking = (async () => {
    try {
      const response = await fetch(ENDPOINTS.health, { headers: { Accept: "application/json" } });
      const body = await response.json();
      const data = body.checks?.find((c) => c.name === "upstreams")?.data || {};
      gatewayDown = false;
      for (const service of ["indicators", "projects"]) {
        if (data[service] === "DOWN") down.add(service);
        else if (data[service] === "UP") down.delete(service);
      }
    } catch {
      gatewayDown = true;
    }
    showOutage();
  })();
  try { await checking; } finally { setTimeout(() => { checking = null; }, 2000); }
}

onOutage((error) => {
  if (error.reason === "network") gatewayDown = true;
  else if (error.service !== "gateway") down.add(error.service);
  showOutage();
  checkHealth();
});

// --- Wiring: links inside the page, back and forward, the language switch.
document.addEventListener("click", (event) => {
  const a = event.target.closest("a[href]");
  if (!a || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  if (a.target || a.hasAttribute("download")) return;
  const url = new URL(a.href, location.href);
  if (url.origin !== location.origin || url.pathname !== location.pathname) return;
  if (url.search === location.search) return; // the same view: a #fragment such as the skip link
  event.preventDefault();
  history.pushState(null, "", url.pathname + url.search);
  render({ focus: true });
});

// A fragment link (the skip link's #main) fires popstate too, with the same view in the URL: that is no
// navigation, and drawing the view again would empty main under the keyboard focus the link just put there.
window.addEventListener("popstate", () => {
  if (location.pathname + location.search !== drawn) render({ focus: true });
});

document.getElementById("lang").addEventListener("click", (event) => {
  const button = event.target.closest("button[data-lang]");
  if (!button || button.dataset.lang === language()) return;
  setLanguage(button.dataset.lang);
  remember(language());
  const params = new URLSearchParams(location.search);
  params.set("lang", language());
  history.replaceState(null, "", `${location.pathname}?${params}`);
  previous = null;
  labelShell();
  showOutage();
  render({ focus: false }).then(() => button.focus());
});

setLanguage(chooseLanguage());
labelShell();
checkHealth();
render();
