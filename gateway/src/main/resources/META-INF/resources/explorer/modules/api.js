// Calls to the public API through the gateway, and errors that say which service is missing.
import { h, put } from "./dom.js";
import { t } from "./i18n.js";

// The gateway's routes (gateway/src/main/resources/application.properties): which service answers a path.
const ROUTES = [
  [/^\/api\/v1\/search/, "gateway"],
  [/^\/api\/v1\/regions\/[^/]+\/profile/, "gateway"],
  [/^\/api\/v1\/(indicators|observations|regions|topics|sources|units|claims|target-results)(\/|\?|$)/, "indicators"],
  [/^\/api\/v1\/(projects|pledges|sectors|project-statuses)(\/|\?|$)/, "projects"],
];

export const serviceOf = (path) => (ROUTES.find(([pattern]) => pattern.test(path)) || [null, "gateway"])[1];

export class ApiError extends Error {
  constructor({ path, status, problem, reason }) {
    super(problem?.detail || reason || `HTTP ${status}`);
    this.path = path;
    this.status = status;
    this.problem = problem;
    this.reason = reason; // "network", "timeout", "unavailable", "rate", "not-found", "invalid", "other"
    this.service = serviceOf(path);
  }
}

const listeners = new Set();
/** Called with each ApiError that means a service or the gateway is unreachable. */
export const onOutage = (listener) => listeners.add(listener);

const memo = new Map();

/** GET a JSON document. Code lists may be kept for the page's life with {keep: true}. */
export async function get(path, { signal, keep = false, timeout = 15000 } = {}) {
  if (keep && memo.has(path)) return memo.get(path);
  const promise = fetchJson(path, signal, timeout);
  if (keep) {
    memo.set(path, promise);
    promise.catch(() => memo.delete(path));
  }
  return promise;
}

async function fetchJson(path, signal, timeout) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort("timeout"), timeout);
  const abort = () => controller.abort("navigation");
  signal?.addEventListener("abort", abort);
  let response;
  try {
    response = await fetch(path, { headers: { Accept: "application/json" }, signal: controller.signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    const failure = new ApiError({ path, status: 0, reason: controller.signal.reason === "timeout" ? "timeout" : "network" });
    listeners.forEach((l) => l(failure));
    throw failure;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", abort);
  }
  const body = await response.json().catch(() => null);
  if (response.ok) return body;
  const status = response.status;
  const problem = body && typeof body === "object" && body.status ? body : null;
  // A 5xx without a problem body comes from something in front of the gateway: the gateway is not there.
  const reason = status >= 500 && !problem ? "network" : status === 429 ? "rate" : status === 404 ? "not-found" : status === 504 ? "timeout"
    : status >= 502 ? "unavailable" : status === 400 || status === 422 ? "invalid" : "other";
  const failure = new ApiError({ path, status, problem, reason });
  failure.retryAfter = Number(response.headers.get("Retry-After")) || null;
  if (["unavailable", "timeout", "network"].includes(reason)) listeners.forEach((l) => l(failure));
  throw failure;
}

/** A sentence that says what is missing and why, for a part of the page ("what"). */
export function explain(error, what) {
  if (!(error instanceof ApiError)) {
    return t("error.other", { what, What: what.charAt(0).toUpperCase() + what.slice(1), detail: String(error?.message || error) });
  }
  const service = t(`service.${error.service}`);
  switch (error.reason) {
    case "network": return t("error.noGateway", { what, What: what.charAt(0).toUpperCase() + what.slice(1) });
    case "timeout": return t("error.timeout", { service, what });
    case "unavailable": return t("error.service", { service, what });
    case "rate": return t("error.rate", { seconds: error.retryAfter || 60 });
    case "not-found": return t("error.notFound", { what });
    default: return t("error.other", { what, What: what.charAt(0).toUpperCase() + what.slice(1), detail: error.message });
  }
}

/** Replaces a container's content with the error, and a retry button when trying again can help. */
export function showError(container, error, what, retry) {
  container.removeAttribute("aria-busy");
  const canRetry = retry && ["network", "timeout", "unavailable", "rate"].includes(error?.reason);
  put(container, h("div", { class: "notice error", role: "alert", "data-service": error?.service || "" },
    h("p", null, explain(error, what)),
    error?.problem?.request_id ? h("p", { class: "small" }, `request id: ${error.problem.request_id}`) : null,
    canRetry ? h("button", { type: "button", onclick: retry }, t("retry")) : null));
}

/** Fetches every page of a list (following page.next) up to a bound. */
export async function all(path, options = {}, maxPages = 20) {
  const items = [];
  let url = path;
  for (let i = 0; i < maxPages && url; i++) {
    const page = await get(url, options);
    items.push(...(page.items || []));
    const next = page.page?.next;
    url = next ? `${path}${path.includes("?") ? "&" : "?"}cursor=${encodeURIComponent(next)}` : null;
  }
  return items;
}
