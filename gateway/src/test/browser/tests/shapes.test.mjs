// Shapes the running data does not hold yet: a restated and a withdrawn figure, and the fields of the
// trust work (verdicts matches|consistent|contradicts|not_published, evidence stated|inferred, the verb of
// a status release, a scorecard by evidence). Each test takes the real answer of the running system and
// adds to it in the browser's network layer, then asserts that the page shows it.
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

describe("data explorer with shapes from the trust work", () => {
  before(async () => {
    browser = await launch();
    page = browser.page;
  });

  after(async () => {
    await browser?.close();
  });

  it("charts only current figures and lists restated and withdrawn versions with the reason", async () => {
    await amend(/\/api\/v1\/indicators\/GDP\/observations\?versions=all/, (body) => {
      const [span, year] = [body.items.find((o) => o.period.includes("-")), body.items.find((o) => o.period === "2023")];
      const restated = { ...year, id: `${year.id.replace(/v\d+$/, "v2")}`, version: 2, value: 401, base_value: 40100000000, is_current: true };
      year.is_current = false;
      const withdrawn = { ...span, is_current: false, withdrawn: true, reason: { zh: "期末水平归入 2025 年", en: "A level at the end of the plan period belongs to 2025" } };
      return { ...body, items: [withdrawn, year, restated] };
    });
    await page.goto(explorer("view=indicator&code=GDP&lang=en"));
    await settled(page);
    assert.equal(await page.locator("svg.chart g.bar").count(), 1, "only the current figure is charted");
    assert.equal(await page.locator("svg.chart g.bar text").textContent(), ">401");
    assert.equal(await page.locator("#observations tbody tr").count(), 1);
    const versions = page.locator("#versions");
    assert.deepEqual(await versions.locator("li").evaluateAll((li) => li.map((x) => x.dataset.state)), ["withdrawn", "superseded", "current"]);
    assert.match(await versions.innerText(), /A level at the end of the plan period belongs to 2025/);
    assert.deepEqual(await axe(page), []);
    await page.unrouteAll({ behavior: "ignoreErrors" });
  });

  it("shows a consistent verdict, the claim's own qualifier and the nearest periods", async () => {
    await amend(/\/api\/v1\/claims\/check\?/, (body, url) => ({
      ...body,
      verdict: url.searchParams.get("period") === "2019" ? "not_published" : "consistent",
      claim: { ...body.claim, comparator: url.searchParams.get("comparator") || "eq" },
      nearest_periods: url.searchParams.get("period") === "2019" ? ["2023", "2025"] : undefined,
      explanation: { zh: "在已发布范围之内", en: "Inside what the published figure allows" },
    }));
    await page.goto(explorer(`view=check&indicator=GDP&period=2023&value=500&unit=${encodeURIComponent("亿元")}&comparator=gte&lang=en`));
    await settled(page);
    assert.equal(await page.locator(".verdict-line .badge").getAttribute("data-code"), "consistent");
    assert.equal(await page.locator(".verdict-line .badge").innerText(), "consistent");
    assert.match(await page.locator("#check-result").innerText(), /at least 500 亿元/);
    assert.equal(await page.locator("#check-result .notice").count(), 0, "no note that the qualifier was ignored");
    assert.equal(await page.getByLabel("Qualifier in the claim").inputValue(), "gte");
    await page.getByLabel("Period (such as 2023 or 2021-2025)").fill("2019");
    await page.getByRole("button", { name: "Check", exact: true }).click();
    await page.waitForFunction(() => document.querySelector(".verdict-line .badge")?.dataset.code === "not_published");
    const nearest = page.locator("#check-result a", { hasText: "2025" });
    await nearest.click();
    await page.waitForURL(/period=2025/);
    await page.unrouteAll({ behavior: "ignoreErrors" });
  });

  it("counts the scorecard by verdict and by evidence, and marks each pledge's evidence", async () => {
    await amend(/\/api\/v1\/pledges\/scorecard/, (body) => ({
      ...body,
      items: body.items.flatMap((i) => i.pledges > 1
        ? [{ ...i, evidence: "stated", pledges: i.pledges - 1, livelihood_pledges: Math.max(0, i.livelihood_pledges - 1) },
          { ...i, evidence: "inferred", pledges: 1, livelihood_pledges: Math.min(1, i.livelihood_pledges) }]
        : [{ ...i, evidence: "stated" }]),
    }));
    await amend(/\/api\/v1\/pledges\?year=2024/, (body) => ({
      ...body,
      items: body.items.map((p) => ({ ...p, outcomes: p.outcomes.map((o) => ({ ...o, evidence: p.id === "2024-lp-02" ? "inferred" : "stated" })) })),
    }));
    await page.goto(explorer("view=pledges&lang=en"));
    await settled(page);
    const row = page.locator('#scorecard-table tr[data-status="not_reported"]');
    const total = Number(await row.locator('[data-col="pledges"]').innerText());
    assert.equal(Number(await row.locator('[data-col="inferred"]').innerText()), 1);
    assert.equal(Number(await row.locator('[data-col="stated"]').innerText()), total - 1);
    assert.equal(await page.locator("#no-evidence").count(), 0);
    const card = page.locator('article.pledge[data-id="2024-lp-02"]');
    assert.equal(await card.locator(".pledge-meta .badge[data-code=inferred]").innerText(), "inferred by curators");
    await page.getByLabel("Evidence").selectOption("inferred");
    await page.waitForURL(/evidence=inferred/);
    await settled(page);
    assert.deepEqual(await page.locator("#pledge-list article.pledge").evaluateAll((a) => a.map((x) => x.dataset.id)), ["2024-lp-02"]);
    assert.deepEqual(await axe(page), []);
    await page.unrouteAll({ behavior: "ignoreErrors" });
  });

  it("shows each status release's verb and evidence on a project's timeline", async () => {
    await amend(/\/api\/v1\/projects\/[^/?]+\/history/, (body) => ({
      ...body,
      items: body.items.map((r) => (r.status ? { ...r, verb: "启动", evidence: "inferred" } : r)),
    }));
    const projects = (await api("/api/v1/projects?limit=1000")).items;
    const chosen = [...projects].sort((a, b) => b.revision - a.revision)[0];
    await page.goto(explorer(`view=project&id=${chosen.id}&lang=en`));
    await settled(page);
    const release = page.locator("#timeline li[data-kind=status]").first();
    assert.match(await release.innerText(), /verb in the text: 启动/);
    assert.equal(await release.locator(".badge[data-code=inferred]").count(), 1);
    await page.unrouteAll({ behavior: "ignoreErrors" });
  });
});
