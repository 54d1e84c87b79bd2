// The data explorer in a real browser, against the running system: each test acts as a journalist
// would and asserts on what the page shows, compared with what the API says.
import { describe, it, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { launch, api, explorer, settled, screenshot, axe, text, BASE } from "./harness.mjs";

let browser;
let page;
const accessibility = [];

async function open(query) {
  await page.goto(explorer(query));
  await settled(page);
}

async function checkAxe(name) {
  const violations = await axe(page);
  accessibility.push({ view: name, violations });
  assert.deepEqual(violations, [], `axe-core on ${name}`);
}

describe("data explorer", () => {
  before(async () => {
    browser = await launch();
    page = browser.page;
  });

  after(async () => {
    await browser?.close();
  });

  it("searches in Chinese, groups the hits by kind, marks the words and opens a project", async () => {
    await open("lang=en");
    await page.getByLabel("Words in Chinese or English").fill("旅游");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#search-count");
    await settled(page);
    assert.match(page.url(), /[?&]q=%E6%97%85%E6%B8%B8/);
    const answer = await api(`/api/v1/search?q=${encodeURIComponent("旅游")}&limit=50`);
    assert.equal(await text(page, "#search-count"), `${answer.items.length} results for “旅游”`);
    for (const kind of ["indicator", "project", "pledge"]) {
      const expected = answer.items.filter((hit) => hit.type === kind).length;
      if (expected) assert.equal(await page.locator(`#group-${kind}`).innerText(), `${{ indicator: "Indicators", project: "Projects", pledge: "Pledges" }[kind]} (${expected})`);
      assert.equal(await page.locator(`.hit[data-type="${kind}"]`).count(), expected);
    }
    const marks = await page.locator("#search-results mark").allInnerTexts();
    assert.ok(marks.length >= answer.items.length / 2, "the matched words are highlighted");
    assert.ok(marks.every((m) => m === "旅游"), `only the query is marked: ${marks}`);
    await checkAxe("search results (zh query)");
    await screenshot(page, "search-zh");
    const project = answer.items.find((hit) => hit.type === "project");
    await page.locator(`.hit[data-id="${project.id}"] a.hit-title`).click();
    await page.waitForSelector("#timeline");
    await settled(page);
    assert.equal(await text(page, "h1"), project.title.en);
    assert.match(page.url(), new RegExp(`view=project&id=${project.id}`));
  });

  it("searches in English and opens an indicator", async () => {
    await open("view=search&q=tourism&lang=en");
    const answer = await api("/api/v1/search?q=tourism&limit=50");
    assert.equal(await page.locator(".hit").count(), answer.items.length);
    const marks = await page.locator("#search-results mark").allInnerTexts();
    assert.ok(marks.length > 0 && marks.every((m) => m.toLowerCase() === "tourism"), `marks: ${marks}`);
    const indicator = answer.items.find((hit) => hit.type === "indicator");
    await page.locator(`.hit[data-id="${indicator.id}"] a.hit-title`).click();
    await page.waitForSelector("svg.chart");
    await settled(page);
    assert.match(await text(page, "h1"), new RegExp(indicator.title.en.replace(/[()]/g, "\\$&")));
    await screenshot(page, "search-en-opened-indicator");
  });

  it("shows an indicator's chart with actuals and targets apart, qualifiers drawn, nothing joined, and every quote", async () => {
    // The series is chosen from the served data, not named: corrections move figures between series, and
    // the test needs one with an actual, a target and a "more than" or "at least" figure.
    const all = (await api("/api/v1/observations?limit=1000")).items;
    const series = new Map();
    for (const o of all) series.set(o.indicator, [...(series.get(o.indicator) || []), o]);
    const [code] = [...series].filter(([, list]) => ["actual", "target"].every((k) => list.some((o) => o.kind.code === k))
      && list.some((o) => ["gt", "gte"].includes(o.comparator.code))).sort(([, a], [, b]) => b.length - a.length)[0]
      || assert.fail("no series with an actual, a target and a qualified figure");
    await open(`view=indicator&code=${code}&lang=en`);
    const observations = (await api(`/api/v1/indicators/${code}/observations?limit=1000`)).items;
    const chart = page.locator("svg.chart");
    assert.equal(await chart.getAttribute("role"), "img");
    const desc = await chart.locator("desc").textContent();
    for (const o of observations) assert.ok(desc.includes(o.period), `the chart's text alternative names ${o.period}`);
    assert.equal(await chart.locator("g.bar").count(), observations.length, "one bar per figure");
    assert.equal(await chart.locator("g.bar[data-kind=target] rect[stroke-dasharray]").count(),
      observations.filter((o) => o.kind.code === "target").length, "targets are dashed outlines");
    assert.equal(await chart.locator("polyline, path:not(marker path)").count(), 0, "no line joins two figures");
    const qualified = observations.filter((o) => ["gt", "gte"].includes(o.comparator.code));
    assert.ok(qualified.length > 0);
    for (const o of qualified) {
      const bar = chart.locator(`g.bar[data-period="${o.period}"][data-kind="${o.kind.code}"]`);
      assert.equal(await bar.locator("line[marker-end]").count(), 1, `${o.period} carries its qualifier arrow`);
      assert.match(await bar.locator("text").textContent(), /^[>≥]/);
    }
    assert.match(await text(page, ".legend"), /at least/);
    const rows = page.locator("#observations tbody tr");
    assert.equal(await rows.count(), observations.length);
    for (const o of observations) {
      const row = page.locator(`#observations tr[data-id="${o.id}"]`);
      assert.equal((await row.locator("blockquote p").textContent()), o.source.quote, "the quote is verbatim");
      assert.ok((await row.locator("cite").textContent()).includes(o.source.title.en));
    }
    await checkAxe("indicator");
    await screenshot(page, "indicator");
  });

  it("copies a citation in English and in Chinese, with a permanent link that answers with the figure", async () => {
    await open("view=indicator&code=GDP&lang=en");
    const observations = (await api("/api/v1/indicators/GDP/observations?limit=1000")).items;
    const o = observations.find((x) => x.period === "2023") || observations[0];
    const row = page.locator(`#observations tr[data-id="${o.id}"]`);
    await row.locator('button[data-cite="en"]').click();
    const en = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(en.includes(o.source.title.en) && en.includes(o.source.published_on) && en.includes(o.source.quote), en);
    await row.locator('button[data-cite="zh"]').click();
    const zh = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(zh.includes(`《${o.source.title.zh}》`) && zh.includes(`“${o.source.quote}”`), zh);
    const link = en.match(/(https?:\/\/\S+?) \(accessed/)[1];
    const pinned = await (await fetch(link)).json();
    assert.deepEqual(pinned.items.map((x) => x.id), [o.id], "the permanent link answers with this figure");
  });

  it("downloads the CSV for Excel: a BOM, a header and every row", async () => {
    await open("view=indicator&code=OLD_RESIDENTIAL_COMPOUNDS_RENOVATED&lang=en");
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#csv-link").click()]);
    assert.match(download.suggestedFilename(), /\.csv$/);
    const bytes = fs.readFileSync(await download.path());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], "UTF-8 byte-order mark for Excel");
    const lines = bytes.subarray(3).toString("utf8").trim().split(/\r?\n/);
    assert.match(lines[0], /^id,indicator,/);
    const observations = (await api("/api/v1/indicators/OLD_RESIDENTIAL_COMPOUNDS_RENOVATED/observations?limit=1000")).items;
    assert.equal(lines.length - 1, observations.length);
    for (const o of observations) assert.ok(lines.some((l) => l.startsWith(`${o.id},`) && l.includes(o.source.quote)), o.id);
    const snippet = await page.locator("#embed-code").inputValue();
    const src = snippet.match(/<img src="([^"]+)"/)[1];
    assert.ok(src.endsWith("/api/v1/indicators/OLD_RESIDENTIAL_COMPOUNDS_RENOVATED/chart.svg"));
    const svg = await fetch(src);
    assert.equal(svg.status, 200);
    assert.match(svg.headers.get("content-type"), /image\/svg\+xml/);
  });

  it("runs a claim check from the form and shows the service's verdict, explanation and quote", async () => {
    await open("view=check&lang=en");
    await page.getByLabel("Indicator").selectOption("GDP");
    await page.getByLabel("Period (such as 2023 or 2021-2025)").fill("2023");
    await page.getByLabel("Value", { exact: true }).fill("410");
    await page.getByLabel("Unit").selectOption("亿元");
    await page.getByRole("button", { name: "Check", exact: true }).click();
    await page.waitForSelector("#check-explanation");
    await settled(page);
    assert.match(page.url(), /indicator=GDP/);
    assert.match(page.url(), /value=410/);
    const answer = await api(`/api/v1/claims/check?indicator=GDP&period=2023&value=410&unit=${encodeURIComponent("亿元")}&kind=actual&region=140802`);
    const verdict = typeof answer.verdict === "string" ? answer.verdict : answer.verdict.code;
    assert.equal(await page.locator(".verdict-line .badge").getAttribute("data-code"), verdict);
    assert.equal(await text(page, "#check-explanation"), answer.explanation.en);
    assert.equal(await page.locator("#check-result blockquote p").textContent(), answer.published.source.quote);
    await checkAxe("claim check");
    await screenshot(page, "claim-check");
    // A period with nothing published says so.
    await page.getByLabel("Period (such as 2023 or 2021-2025)").fill("2019");
    await page.getByRole("button", { name: "Check", exact: true }).click();
    await page.waitForFunction(() => document.querySelector(".verdict-line .badge")?.dataset.code === "not_published");
    // Bad input: the service's 400 is shown beside the field it names, and the keyboard goes there.
    await page.getByLabel("Period (such as 2023 or 2021-2025)").fill("last year");
    await page.getByRole("button", { name: "Check", exact: true }).click();
    await page.waitForSelector("#check-period-error:not([hidden])");
    assert.match(await text(page, "#check-period-error"), /period must be a year/);
    assert.equal(await page.getByLabel("Period (such as 2023 or 2021-2025)").getAttribute("aria-invalid"), "true");
    assert.equal(await page.evaluate(() => document.activeElement.id), "check-period");
  });

  it("filters projects with the filters in the URL, goes back, and opens a project's timeline", async () => {
    await open("view=projects&lang=en");
    const all = await api("/api/v1/projects?limit=1000");
    assert.equal(await text(page, "#project-count"), `${all.page.total} projects`);
    await page.getByLabel("Sector").selectOption("culture.tourism");
    await page.waitForURL(/sector=culture\.tourism/);
    await settled(page);
    const tourism = await api("/api/v1/projects?sector=culture.tourism&limit=1000");
    assert.equal(await text(page, "#project-count"), `${tourism.items.length} projects`);
    await page.getByLabel("Year").selectOption(String(tourism.items[0].year));
    await page.waitForURL(/year=\d{4}/);
    await settled(page);
    const both = await api(`/api/v1/projects?sector=culture.tourism&year=${tourism.items[0].year}&limit=1000`);
    assert.equal(await page.locator("#projects-table tbody tr").count(), both.items.length);
    await page.goBack();
    await page.waitForURL((url) => !/year=/.test(url.search));
    await settled(page);
    assert.equal(await text(page, "#project-count"), `${tourism.items.length} projects`);
    assert.equal(await page.getByLabel("Sector").inputValue(), "culture.tourism");
    await checkAxe("projects");
    await screenshot(page, "projects");
    const chosen = [...tourism.items].sort((a, b) => b.revision - a.revision)[0];
    await page.locator(`#projects-table tr[data-id="${chosen.id}"] a`).click();
    await page.waitForSelector("#timeline");
    await settled(page);
    const history = (await api(`/api/v1/projects/${chosen.id}/history?limit=100`)).items;
    assert.equal(await page.locator("#timeline > li").count(), history.length);
    for (const release of history.filter((r) => r.source)) {
      const quotes = await page.locator("#timeline blockquote p").allTextContents();
      assert.ok(quotes.includes(release.source.quote), `release ${release.id} shows its quote`);
    }
    const statuses = history.filter((r) => r.status).map((r) => r.status.code);
    assert.deepEqual(await page.locator("#timeline > li[data-kind=status]").evaluateAll((li) => li.map((x) => x.dataset.status)), statuses);
    await checkAxe("project");
    await screenshot(page, "project");
  });

  it("shows the pledge scorecard with the API's counts, livelihood pledges first, both quotes side by side", async () => {
    await open("view=pledges&lang=en");
    const scorecard = await api("/api/v1/pledges/scorecard?year=2024");
    for (const item of scorecard.items) {
      const row = page.locator(`#scorecard-table tbody tr[data-status="${item.status.code}"]`);
      const pledges = Number(await row.locator('[data-col="pledges"]').getAttribute("data-count"));
      const livelihood = Number(await row.locator('[data-col="livelihood"]').getAttribute("data-count"));
      const expected = scorecard.items.filter((i) => i.status.code === item.status.code);
      assert.equal(pledges, expected.reduce((n, i) => n + i.pledges, 0), `${item.status.code} pledges`);
      assert.equal(livelihood, expected.reduce((n, i) => n + i.livelihood_pledges, 0), `${item.status.code} livelihood`);
      assert.equal(Number(await row.locator('[data-col="pledges"]').innerText()), pledges);
    }
    const total = scorecard.items.reduce((n, i) => n + i.pledges, 0);
    assert.equal(Number(await page.locator('#scorecard-table tfoot [data-col="pledges"]').innerText()), total);
    const first = await page.locator("#pledge-list article.pledge").first().getAttribute("data-id");
    const pledges = (await api("/api/v1/pledges?year=2024&limit=1000")).items;
    assert.ok(pledges.find((p) => p.id === first).livelihood, "a livelihood pledge comes first");
    assert.equal(await page.locator("#livelihood-title ~ article.pledge").count(), pledges.filter((p) => p.livelihood).length);
    const withOutcome = pledges.find((p) => p.livelihood && p.outcomes.length);
    const card = page.locator(`article.pledge[data-id="${withOutcome.id}"]`);
    assert.equal(await card.locator(".side-pledge blockquote p").textContent(), withOutcome.source.quote);
    assert.equal(await card.locator(".side-outcome blockquote p").first().textContent(), withOutcome.outcomes[0].source.quote);
    const [left, right] = [await card.locator(".side-pledge").boundingBox(), await card.locator(".side-outcome").boundingBox()];
    assert.ok(Math.abs(left.y - right.y) < 2 && right.x > left.x + left.width - 1, "the two quotes sit side by side");
    await checkAxe("pledge tracker");
    await screenshot(page, "pledges");
    // A count links to its pledges only where it is not zero; follow the smallest verdict that has any.
    const verdict = scorecard.items.filter((i) => i.pledges > 0).sort((a, b) => a.pledges - b.pledges)[0].status.code;
    await page.locator(`#scorecard-table tr[data-status="${verdict}"] [data-col="pledges"] a`).click();
    await page.waitForURL(new RegExp(`status=${verdict}`));
    await settled(page);
    assert.equal(await page.locator("#pledge-list article.pledge, #pledge-list li.pledge-silent").count(),
      pledges.filter((p) => p.status.code === verdict).length);
    await page.goto(explorer(`view=pledge&id=${withOutcome.id}&lang=en`));
    await settled(page);
    assert.equal(await page.locator("h1").innerText(), `Livelihood pledge no. ${withOutcome.number}\n${withOutcome.text.en}`);
    await checkAxe("pledge");
    await screenshot(page, "pledge");
  });

  it("switches the interface to Chinese and remembers it", async () => {
    await open("view=pledges&lang=en");
    await page.getByRole("button", { name: "中文" }).click();
    await page.waitForFunction(() => document.documentElement.lang === "zh-Hans");
    await settled(page);
    assert.equal(await text(page, "h1"), "承诺追踪");
    assert.equal(await page.locator('#nav a[data-view="search"]').innerText(), "搜索");
    assert.match(page.url(), /lang=zh/);
    assert.equal(await page.getByRole("button", { name: "中文" }).getAttribute("aria-pressed"), "true");
    const label = (await api("/api/v1/pledges/scorecard?year=2024")).items[0].status.label.zh;
    assert.ok((await page.locator("#scorecard-table").innerText()).includes(label), "labels come from the API's zh fields");
    await checkAxe("pledge tracker (zh)");
    await screenshot(page, "pledges-zh");
    await page.goto(explorer("view=indicators"));
    await settled(page);
    assert.equal(await text(page, "h1"), "全部指标", "the choice is remembered without lang= in the URL");
    await checkAxe("indicators (zh)");
    await screenshot(page, "indicators-zh");
    await page.goto(explorer("view=search&q=" + encodeURIComponent("养老")));
    await settled(page);
    await screenshot(page, "search-zh-interface");
    await page.getByRole("button", { name: "English" }).click();
    await page.waitForFunction(() => document.documentElement.lang === "en");
    assert.equal(await page.evaluate(() => localStorage.getItem("yanhu-explorer-lang")), "en");
  });

  it("restores a shared URL on reload and in a new tab, and back and forward walk the views", async () => {
    const shared = "view=projects&sector=culture.tourism&status=completed&lang=en";
    await open(shared);
    const count = await text(page, "#project-count");
    await page.reload();
    await settled(page);
    assert.equal(await text(page, "#project-count"), count);
    assert.equal(await page.getByLabel("Status").inputValue(), "completed");
    const tab = await browser.context.newPage();
    await tab.goto(explorer(shared));
    await settled(tab);
    assert.equal(await text(tab, "#project-count"), count);
    assert.equal(await tab.getByLabel("Sector").inputValue(), "culture.tourism");
    await tab.close();

    await open("view=check&indicator=GDP&period=2023&value=400&unit=" + encodeURIComponent("亿元") + "&lang=en");
    const verdict = await page.locator(".verdict-line .badge").getAttribute("data-code");
    await page.reload();
    await settled(page);
    assert.equal(await page.locator(".verdict-line .badge").getAttribute("data-code"), verdict, "a shared claim check shows the same verdict");
    assert.equal(await page.getByLabel("Value", { exact: true }).inputValue(), "400");

    await open("view=search&q=GDP&lang=en");
    await page.locator('.hit[data-id="GDP"] a.hit-title').click();
    await page.waitForSelector("svg.chart");
    await page.goBack();
    await page.waitForSelector("#search-count");
    assert.equal(await page.getByLabel("Words in Chinese or English").inputValue(), "GDP");
    await page.goForward();
    await page.waitForSelector("svg.chart");
    assert.match(await text(page, "h1"), /GDP/);
  });

  it("works from the keyboard: skip link, search, a result, focus on the new view's heading, visible focus", async () => {
    await open("lang=en");
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement.textContent), "Skip to content");
    await page.keyboard.press("Enter");
    assert.equal(await page.evaluate(() => document.activeElement.id), "main");
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement.id), "q");
    await page.keyboard.type("GDP");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#search-count, #search-results .notice.error", { timeout: 20000 }).catch(async (e) => {
      throw new Error(`no search answer: url ${page.url()}, main reads: ${(await text(page, "main")).slice(0, 400)}`, { cause: e });
    });
    assert.equal(await page.locator("#search-results .notice.error").count(), 0,
      `the search failed: ${await text(page, "#search-results")}`);
    await settled(page);
    await page.locator('.hit[data-id="GDP"] a.hit-title').focus();
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(outline, "none", "focus is visible");
    await page.keyboard.press("Enter");
    await page.waitForSelector("svg.chart");
    await settled(page);
    assert.equal(await page.evaluate(() => document.activeElement.tagName), "H1", "focus moves to the new view's heading");
    await open("view=projects&lang=en");
    await page.getByLabel("Status").focus();
    await page.keyboard.press("ArrowDown");
    await page.waitForURL(/status=/);
    await settled(page);
    assert.equal(await page.evaluate(() => document.activeElement.id), "filter-status", "a filter keeps the focus");
  });

  it("lists every indicator by topic and passes axe on the remaining views", async () => {
    await open("lang=en");
    await checkAxe("home");
    await screenshot(page, "home");
    await open("view=indicators&lang=en");
    const all = await api("/api/v1/indicators?limit=1000");
    assert.equal(await page.locator("#indicator-groups li").count(), all.page.total);
    await page.getByLabel("Filter the indicators").fill("粮食");
    await page.waitForURL(/filter=/);
    assert.equal(await page.locator("#indicator-groups li").count(),
      all.items.filter((i) => i.name.zh.includes("粮食")).length);
    await checkAxe("indicators");
    await screenshot(page, "indicators");
  });

  it("keeps to the budget: under 200 KB on the first load, gzip on, no third-party request, no script error", async () => {
    const fresh = await (await import("./harness.mjs")).launch();
    try {
      const sizes = [];
      fresh.page.on("requestfinished", async (request) => {
        const response = await request.response();
        const size = await request.sizes();
        sizes.push({ url: request.url(), bytes: size.responseBodySize + size.responseHeadersSize, encoding: response?.headers()["content-encoding"] });
      });
      await fresh.page.goto(explorer("lang=en"));
      await settled(fresh.page);
      await fresh.page.waitForLoadState("networkidle");
      const total = sizes.reduce((n, s) => n + s.bytes, 0);
      console.log(`first load: ${sizes.length} requests, ${total} bytes on the wire`);
      for (const s of sizes) console.log(`  ${s.bytes}\t${s.encoding || "-"}\t${s.url.replace(BASE, "")}`);
      assert.ok(total < 200 * 1024, `first load is ${total} bytes`);
      for (const s of sizes.filter((x) => /\.(js|css)$|\/explorer\/(\?|$)/.test(x.url))) {
        assert.equal(s.encoding, "gzip", `${s.url} is compressed`);
      }
    } finally {
      await fresh.close();
    }
    const origin = new URL(BASE).origin;
    const foreign = browser.requests.filter((u) => !u.startsWith(origin) && !u.startsWith("data:") && !u.startsWith("blob:"));
    assert.deepEqual(foreign, [], "every request goes to the gateway");
    assert.deepEqual(browser.problems, [], "no script error on any page");
    console.log(`axe-core: ${accessibility.length} views checked, ${accessibility.reduce((n, a) => n + a.violations.length, 0)} serious or critical violations`);
    const byPath = {};
    for (const u of browser.requests) {
      const key = new URL(u).pathname.replace(/\/[^/]*\.js$/, "/*.js");
      byPath[key] = (byPath[key] || 0) + 1;
    }
    console.log(`requests made by the browser during these tests: ${browser.requests.length} (cache hits included)`, byPath);
    console.log(`lowest RateLimit-Remaining seen: ${browser.budget.lowest}`);
  });
});
