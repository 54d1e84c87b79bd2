// A service stops answering: the page says which part is missing, and the rest keeps working. The run
// script provides a second gateway (DEGRADED_URL) whose indicators upstream is a port where nothing
// listens, so that the running system itself is never touched.
import { describe, it, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, explorer, settled, screenshot, axe, DEGRADED } from "./harness.mjs";

async function ready(base) {
  const deadline = Date.now() + 90000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${base}/q/health/ready`);
      const body = await response.json();
      const data = body.checks?.find((c) => c.name === "upstreams")?.data || {};
      if (data.projects === "UP" && data.indicators === "DOWN") return;
    } catch { /* not listening yet */ }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${base} did not come up with projects UP and indicators DOWN`);
}

describe("data explorer with the indicators service down", { skip: DEGRADED ? false : "no DEGRADED_URL: run.sh could not start a degraded gateway" }, () => {
  let browser;
  let page;
  const open = async (query) => {
    await page.goto(explorer(query, DEGRADED));
    await settled(page);
  };

  before(async () => {
    await ready(DEGRADED);
    browser = await launch();
    page = browser.page;
  });

  after(async () => {
    await browser?.close();
  });

  it("names the missing service in a banner and in each part that needs it", async () => {
    await open("lang=en");
    const banner = page.locator("#outage .notice");
    await banner.waitFor();
    assert.equal(await banner.getAttribute("data-missing"), "indicators");
    assert.match(await banner.innerText(), /indicators service is not answering/);
    assert.match(await banner.innerText(), /Everything else works/);
    await screenshot(page, "outage-home");
    assert.deepEqual(await axe(page), []);
  });

  it("searches what it can and says what it could not search", async () => {
    await open(`view=search&q=${encodeURIComponent("旅游")}&lang=en`);
    const missing = page.locator('#search-results .notice[data-missing="indicators"]');
    assert.match(await missing.innerText(), /Indicators could not be searched because the indicators service is not answering/);
    assert.equal(await page.locator('.hit[data-type="indicator"]').count(), 0);
    assert.ok(await page.locator('.hit[data-type="project"]').count() > 0, "projects are still found");
    assert.ok(await page.locator('.hit[data-type="pledge"]').count() > 0, "pledges are still found");
    await screenshot(page, "outage-search");
  });

  it("shows an indicator's absence as the indicators service's, with a way to try again", async () => {
    await open("view=indicator&code=GDP&lang=en");
    const error = page.locator('#indicator-body .notice.error');
    assert.equal(await error.getAttribute("data-service"), "indicators");
    assert.match(await error.innerText(), /The indicators service is not answering/);
    assert.equal(await error.getByRole("button", { name: "Try again" }).count(), 1);
    await open("view=check&lang=en");
    assert.match(await page.locator("main .notice.error").first().innerText(), /indicators service/);
    await screenshot(page, "outage-indicator");
  });

  it("keeps projects and pledges working", async () => {
    await open("view=projects&sector=culture.tourism&lang=en");
    assert.ok(await page.locator("#projects-table tbody tr").count() > 0);
    assert.match(await page.locator("#outage").innerText(), /indicators service/);
    await open("view=pledges&lang=en");
    assert.ok(await page.locator("#scorecard-table tbody tr").count() > 0);
    assert.ok(await page.locator("article.pledge").count() > 0);
    assert.deepEqual(browser.problems, [], "no script error while a service is down");
  });
});
