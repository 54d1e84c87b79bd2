// One headless Debian Chromium for all the tests, with a fresh profile, and the helpers they share.
import { chromium } from "playwright-core";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";

export const BASE = (process.env.GATEWAY_URL || "http://127.0.0.1:8080").replace(/\/$/, "");
export const DEGRADED = process.env.DEGRADED_URL ? process.env.DEGRADED_URL.replace(/\/$/, "") : null;
export const SCREENSHOTS = process.env.SCREENSHOTS || path.resolve("../../../target/explorer-screenshots");
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
  "--disable-sync", "--no-first-run", "--disable-dev-shm-usage", "--lang=en-US"];

/** A persistent context on a fresh --user-data-dir, removed again by close(). */
export async function launch({ width = 1280, locale = "en-US" } = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "yanhu-explorer-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: ARGS,
    viewport: { width, height: 900 },
    locale,
    acceptDownloads: true,
    permissions: ["clipboard-read", "clipboard-write"],
  });
  const requests = [];
  const problems = [];
  context.on("request", (request) => requests.push(request.url()));
  const budget = { lowest: Infinity };
  context.on("response", async (response) => {
    if (response.status() === 429) problems.push(`rate limited: ${response.url()}`);
    const remaining = Number((await response.allHeaders().catch(() => ({})))["ratelimit-remaining"]);
    if (Number.isFinite(remaining)) budget.lowest = Math.min(budget.lowest, remaining);
  });
  context.on("page", (page) => watch(page, problems));
  const page = context.pages()[0] || await context.newPage();
  watch(page, problems);
  return {
    context, page, requests, problems, budget,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

function watch(page, problems) {
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" && !/Failed to load resource/.test(message.text())) problems.push(`console: ${message.text()}`);
  });
}

/** GET a JSON document from the API, as a client outside the page would. */
// The tests' own reads of the API (what the page should show) carry the local system's key when there is one, so
// that they are counted against the key's rate limit, not against the loopback address whose anonymous budget
// (300 a minute) the page itself, and the CI steps before this one, spend.
const keyFile = path.resolve("../../../../deploy/local/run/api-key");
const KEY = process.env.REVIEW_API_KEY || (fs.existsSync(keyFile) ? fs.readFileSync(keyFile, "utf8").trim() : "");

export async function api(pathAndQuery, base = BASE) {
  const headers = { Accept: "application/json", ...(KEY ? { Authorization: `Bearer ${KEY}` } : {}) };
  const response = await fetch(base + pathAndQuery, { headers });
  if (!response.ok) throw new Error(`${pathAndQuery}: HTTP ${response.status}`);
  return response.json();
}

export const explorer = (query = "", base = BASE) => `${base}/explorer/${query ? `?${query}` : ""}`;

/** Waits until the explorer has drawn a view (main[data-view]) and nothing in it is loading any more. Before
 * the page's module has run, main is empty and not yet busy, so "not busy" alone would pass too early. */
export async function settled(page) {
  await page.waitForFunction(() => document.querySelector("main[data-view]")
    && !document.querySelector("main[aria-busy='true'], main [aria-busy='true'], main .loading"), null, { timeout: 20000 });
}

export async function screenshot(page, name) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const { width } = page.viewportSize();
  for (const w of [1280, 360]) {
    await page.setViewportSize({ width: w, height: 900 });
    await page.waitForTimeout(150);
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${w}.png`), fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) throw new Error(`${name} is ${overflow} px wider than a ${w} px screen`);
  }
  await page.setViewportSize({ width, height: 900 });
}

/** axe-core on the page as it is; returns the serious and critical violations. */
export async function axe(page) {
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern;
  // an injected <script> tag would be blocked by script-src 'self', as any inline script should be.
  if (!(await page.evaluate(() => !!window.axe))) await page.evaluate(axeSource);
  const result = await page.evaluate(async () => window.axe.run(document, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    resultTypes: ["violations"],
  }));
  return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
}

export const text = (page, selector) => page.locator(selector).first().innerText();
