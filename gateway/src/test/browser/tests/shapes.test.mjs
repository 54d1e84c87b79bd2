// The shapes of the trust work (issue 11), as the running system serves them: a withdrawn figure with its
// withdrawal {reason, withdrawn_at, replaced_by}, verdicts matches|consistent|contradicts|not_published with the
// published bound and the nearest periods, evidence {code, label} on outcomes and status releases, the verb of a
// status release, and a scorecard with by_evidence {stated, inferred}. Only a restated figure (a version 2),
// which the data does not hold, is added to the real answer in the browser's network layer.
import { describe, it, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, api, explorer, settled, axe } from "./harness.mjs";

let browser;
let page;

async function amend(pattern, change) {
  await page.route(pattern, async (route) => {
    try {
      const response = await route.fetch();
      const body = change(await response.json(), new URL(route.request().url()));
      await route.fulfill({ response, json: body });
    } catch (error) {
      // The page went elsewhere while the answer was being amended; nothing waits for it any more.
      if (!/already handled|closed|disposed/i.test(String(error?.message))) throw error;
    }
  });
}

describe("data explorer with the shapes of the trust work", () => {
  before(async () => {
    browser = await launch();
    page = browser.page;
  });

  after(async () => {
    await browser?.close();
  });

  it("charts only current figures and lists restated and withdrawn versions with the reason", async () => {
    const real = await api("/api/v1/indicators/GDP/observations?versions=all");
    const span = real.items.find((o) => o.period === "2021-2025");
    assert.equal(span.is_current, false, "the span figure is withdrawn");
    assert.equal(span.withdrawal.replaced_by, "GDP.140802.2025.actual");
    await amend(/\/api\/v1\/indicators\/GDP\/observations\?versions=all/, (body) => {
      const year = body.items.find((o) => o.period === "2023");
      const restated = { ...year, id: `${year.id.replace(/v\d+$/, "v2")}`, version: 2, value: 401, base_value: 40100000000, is_current: true };
      year.is_current = false;
      return { ...body, items: [...body.items, restated] };
    });
    await page.goto(explorer("view=indicator&code=GDP&lang=en"));
    await settled(page);
    assert.equal(await page.locator("svg.chart g.bar").count(), 2, "2023 and 2025; the withdrawn span is not charted");
    const versions = page.locator("#versions");
    const states = await versions.locator("li").evaluateAll((li) => li.map((x) => x.dataset.state));
    assert.ok(states.includes("withdrawn"), `a withdrawn version is listed: ${states}`);
    assert.ok(states.includes("superseded"));
    assert.match(await versions.innerText(), /belongs to 2025/);
    assert.deepEqual(await axe(page), []);
    await page.unrouteAll({ behavior: "ignoreErrors" });
  });

  it("shows a consistent verdict, the claim's own qualifier, the published bound and the nearest periods", async () => {
    await page.goto(explorer(`view=check&indicator=GDP&period=2023&value=500&unit=${encodeURIComponent("亿元")}&comparator=gte&lang=en`));
    await settled(page);
    assert.equal(await page.locator(".verdict-line .badge").getAttribute("data-code"), "consistent");
    assert.equal(await page.locator(".verdict-line .badge").innerText(), "consistent");
    assert.match(await page.locator("#check-result").innerText(), /at least 500 亿元/);
    assert.match(await page.locator("#check-allows").innerText(), /400 亿元 or more/);
    assert.equal(await page.locator("#check-result .notice").count(), 0, "no note that the qualifier was ignored");
    assert.equal(await page.getByLabel("Qualifier in the claim").inputValue(), "gte");
    await page.getByLabel("Period (such as 2023 or 2021-2025)").fill("2019");
    await page.getByRole("button", { name: "Check", exact: true }).click();
    await page.waitForFunction(() => document.querySelector(".verdict-line .badge")?.dataset.code === "not_published");
    const nearest = page.locator("#check-result a", { hasText: "2025" });
    await nearest.click();
    await page.waitForURL(/period=2025/);
    assert.deepEqual(await axe(page), []);
  });

  it("counts the scorecard by verdict and by evidence, and marks each pledge's evidence", async () => {
    await page.goto(explorer("view=pledges&lang=en"));
    await settled(page);
    const row = page.locator('#scorecard-table tr[data-status="different_scope"]');
    const total = Number(await row.locator('[data-col="pledges"]').innerText());
    assert.ok(total > 0);
    assert.equal(Number(await row.locator('[data-col="inferred"]').innerText()), total, "every different_scope rests on an inference");
    assert.equal(Number(await row.locator('[data-col="stated"]').innerText()), 0);
    assert.equal(await page.locator("#no-evidence").count(), 0);
    const card = page.locator('article.pledge[data-id="2024-lp-02"]');
    assert.equal(await card.locator(".pledge-meta .badge[data-code=inferred]").count(), 1);
    await page.getByLabel("Evidence").selectOption("inferred");
    await page.waitForURL(/evidence=inferred/);
    await settled(page);
    const ids = await page.locator("#pledge-list article.pledge").evaluateAll((a) => a.map((x) => x.dataset.id));
    assert.ok(ids.includes("2024-lp-02") && !ids.includes("2024-p-social-credit-system"), `${ids}`);
    assert.deepEqual(await axe(page), []);
  });

  it("shows each status release's verb and evidence on a project's timeline", async () => {
    await page.goto(explorer("view=project&id=yanhu-vitality-valley&lang=en"));
    await settled(page);
    const release = page.locator("#timeline li[data-kind=status]").first();
    assert.match(await release.innerText(), /verb in the text: 主体完工/);
    assert.equal(await release.getAttribute("data-status"), "under_construction");
    assert.equal(await release.locator(".badge[data-code=stated]").count(), 1);
  });

  it("shows a combined figure once per project with links to the others that share it", async () => {
    const id = "planned-no10-primary-school";
    const metric = (await api(`/api/v1/projects/${id}`)).metrics.find((m) => m.shared_with.length);
    await page.goto(explorer(`view=project&id=${id}&lang=en`));
    await settled(page);
    const note = page.locator("#metrics .shared");
    assert.equal(await note.count(), 1);
    assert.match(await note.innerText(), /do not add it up/);
    assert.deepEqual(await note.locator("a").allTextContents(), metric.shared_with);
    await note.locator("a").first().click();
    await page.waitForURL(new RegExp(`id=${metric.shared_with[0]}`));
    await settled(page);
    assert.ok((await page.locator("#metrics .shared a").allTextContents()).includes(id), "the other project links back");
  });
});
