// The review page of issue 16 (explorer/review.html): a report's text with its proposed figures highlighted,
// and accept / correct / reject / not-an-observation from the keyboard. The API key is typed into the page and
// must stay in sessionStorage only. The test posts its own small report (a new source, dated 1999) and reviews its
// three figures, on the scratch system run.sh starts (REVIEW_URL: a gateway in front of an indicators-service on a
// database of its own), never on the running system, whose published data a test must not change.
import { describe, it, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { launch, screenshot, axe } from "./harness.mjs";

const keyFile = path.resolve("../../../../deploy/local/run/api-key");
const KEY = process.env.REVIEW_API_KEY || (fs.existsSync(keyFile) ? fs.readFileSync(keyFile, "utf8").trim() : "");
const BASE = (process.env.REVIEW_URL || "").replace(/\/$/, "");
const SOURCE = `review-test-${Date.now()}`;
const TEXT = "回眸1998\n全区复核测试产值突破12亿元，新建停车位300个。\n展望1999\n力争复核测试产值达到15亿元。\n";

async function write(pathAndQuery, body) {
  const response = await fetch(BASE + pathAndQuery, { method: "POST",
    headers: { Authorization: `Bearer ${KEY}`, "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${pathAndQuery}: HTTP ${response.status} ${await response.text()}`);
  return response.json();
}

async function candidate(id) {
  const response = await fetch(`${BASE}/api/v1/sources/${SOURCE}/candidates/${id}`, { headers: { Accept: "application/json" } });
  return response.json();
}

const skip = !BASE ? "no scratch system to write to: run the tests with gateway/src/test/browser/run.sh, which starts one (REVIEW_URL)"
  : !KEY ? `no API key: set REVIEW_API_KEY or start the system with deploy/local/up.sh (${keyFile})` : false;

describe("review page", { skip }, () => {
  let browser;
  let page;

  before(async () => {
    await write("/api/v1/observations/import", { indicators: [{ code: "REVIEW_TEST_OUTPUT", topic: "economy",
      name_zh: "复核测试产值", name_en: "Review test output", description_zh: "审核页面的浏览器测试用。",
      description_en: "For the review page's browser test.", unit: "亿元", measure: "flow" }], observations: [] });
    await write("/api/v1/sources", { id: SOURCE, title: { zh: "审核页面测试报告", en: "Review page test report" },
      published_on: "1999-01-20", region: "140802", text: TEXT });
    browser = await launch();
    page = browser.page;
  });

  after(async () => {
    await browser?.close();
  });

  it("keeps the key in sessionStorage only, extracts, and highlights every figure in the text", async () => {
    await page.goto(`${BASE}/explorer/review.html`);
    await page.fill("#source", SOURCE);
    await page.fill("#key", KEY);
    await page.click("#extract");
    await page.waitForSelector("#text mark", { timeout: 15000 }).catch(async (error) => {
      throw new Error(`no figures highlighted; the page says: ${await page.locator("#status").innerText()}`, { cause: error });
    });
    assert.equal(await page.locator("#text mark").count(), 3);
    assert.equal(await page.locator("#candidates li").count(), 3);
    assert.equal(await page.evaluate(() => sessionStorage.getItem("yanhu-review-key")), KEY);
    const local = await page.evaluate(() => JSON.stringify(Object.assign({}, localStorage)));
    assert.ok(!local.includes(KEY), "the key must not be in localStorage");
    assert.match(await page.locator("#text mark.current").innerText(), /12亿元/);
    assert.deepEqual(browser.problems, []);
  });

  it("accepts with a, rejects with r and a reason, and sets a figure aside with n, all from the keyboard", async () => {
    const ids = await page.locator("#candidates li").evaluateAll((items) => items.map((li) => li.dataset.id));
    await page.locator("#candidates").focus();
    if (!(await page.inputValue("#f-indicator"))) await page.fill("#f-indicator", "REVIEW_TEST_OUTPUT");
    await page.locator("#candidates").focus();
    await page.keyboard.press("a");
    await page.waitForFunction(() => /Accepted/.test(document.getElementById("status").textContent));
    assert.equal((await candidate(ids[0])).status, "accepted");

    // the next proposed figure is selected: reject it with a reason
    assert.match(await page.locator("#text mark.current").innerText(), /300个/);
    await page.keyboard.press("r");
    await page.keyboard.type("a count of works, not an indicator");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => /Rejected/.test(document.getElementById("status").textContent));
    const rejected = await candidate(ids[1]);
    assert.equal(rejected.status, "rejected");
    assert.equal(rejected.decisions[0].note, "a count of works, not an indicator");

    // correct: a wrong period is refused with the API's problem, and nothing is published
    await page.keyboard.press("c");
    await page.fill("#f-indicator", "REVIEW_TEST_OUTPUT");
    await page.fill("#f-period", "99");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => /Not done/.test(document.getElementById("status").textContent));
    assert.match(await page.locator("#status").innerText(), /period/);
    assert.equal((await candidate(ids[2])).status, "proposed");

    await page.keyboard.press("Escape");
    await page.keyboard.press("n");
    await page.keyboard.type("a pledge's target");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => /not an observation/.test(document.getElementById("status").textContent));
    assert.equal((await candidate(ids[2])).status, "not_an_observation");
    assert.equal(await page.locator("#text mark.accepted").count(), 1);
    assert.deepEqual(browser.problems.filter((p) => !/422/.test(p)), []);
  });

  it("has no serious accessibility violations and fits a phone's width", async () => {
    assert.deepEqual(await axe(page), []);
    await screenshot(page, "review");
  });
});
