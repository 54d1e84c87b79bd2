// The claim check: indicator, period, value with its unit and qualifier; the verdict, why, and the quote.
import { get, showError } from "../modules/api.js";
import { h, put, figure, quote, hrefOf, loading, done, badge } from "../modules/dom.js";
import { t, L } from "../modules/i18n.js";
import { citation, copyButton } from "../modules/cite.js";
import { loadIndicators } from "./indicators.js";

const FIELDS = ["indicator", "period", "kind", "region", "value", "unit", "comparator"];
const COMPARATORS = ["eq", "gt", "gte", "lt", "lte", "approx"];

const codeOf = (v) => (typeof v === "string" ? v : v?.code);

function field(name, labelText, control, hint) {
  return h("div", { class: "field", "data-field": name },
    h("label", { for: `check-${name}` }, labelText),
    control,
    hint || null,
    h("p", { class: "field-error", id: `check-${name}-error`, hidden: true }));
}

async function check(main, params, { signal, navigate, same, announce }) {
  const ready = FIELDS.slice(0, 1).concat(["period", "value", "unit"]).every((f) => params.get(f));
  let form = main.querySelector("#check-form");
  let result = main.querySelector("#check-result");
  if (!same || !form) {
    result = h("section", { id: "check-result", "aria-labelledby": "check-result-title", "aria-live": "polite" });
    const holder = h("div", { id: "check-form-holder" });
    put(main, h("h1", null, t("check.title")), h("p", null, t("check.intro")), holder, result);
    loading(holder);
    try {
      form = await buildForm(params, signal, navigate);
    } catch (error) {
      if (!signal.aborted) showError(holder, error, t("what.checkForm"), () => check(main, params, { signal, navigate, same: false, announce }));
      return t("check.title");
    }
    if (signal.aborted) return null;
    done(holder);
    put(holder, form);
  } else {
    fill(form, params);
  }
  if (ready) await run(form, result, params, signal, announce);
  else put(result);
  return t("check.title");
}

async function buildForm(params, signal, navigate) {
  const [indicators, units, regions, topics] = await Promise.all([
    loadIndicators(signal), get("/api/v1/units", { signal, keep: true }),
    get("/api/v1/regions", { signal, keep: true }), get("/api/v1/topics", { signal, keep: true })]);
  const indicatorSelect = h("select", { id: "check-indicator", name: "indicator", required: true },
    h("option", { value: "" }, t("check.choose")),
    topics.items.map((topic) => h("optgroup", { label: L(topic.label) },
      indicators.items.filter((i) => i.topic?.code === topic.code).map((i) => h("option", { value: i.code }, `${L(i.name)} (${i.code})`)))));
  const periods = h("datalist", { id: "check-periods" });
  const period = h("input", { id: "check-period", name: "period", required: true, list: "check-periods",
    pattern: "\\d{4}(-\\d{4})?", inputmode: "numeric", autocomplete: "off", "aria-describedby": "check-period-error" });
  const kind = h("select", { id: "check-kind", name: "kind" },
    ["actual", "target"].map((k) => h("option", { value: k }, t(`kind.${k}`))));
  const region = h("select", { id: "check-region", name: "region" },
    regions.items.map((r) => h("option", { value: r.code, selected: r.code === "140802" }, `${L(r.label)} (${r.code})`)));
  const value = h("input", { id: "check-value", name: "value", type: "number", step: "any", required: true,
    inputmode: "decimal", "aria-describedby": "check-value-error" });
  const unit = h("select", { id: "check-unit", name: "unit", required: true, "aria-describedby": "check-unit-error" });
  const comparator = h("select", { id: "check-comparator", name: "comparator" },
    COMPARATORS.map((c) => h("option", { value: c }, t(`cmpName.${c}`))));
  const unitsFor = (code) => {
    const chosen = indicators.items.find((i) => i.code === code);
    const base = chosen?.unit?.base_unit;
    const list = units.items.filter((u) => !base || u.base_unit === base);
    const keep = unit.value;
    put(unit, ...list.map((u) => h("option", { value: u.code }, `${u.code} (${L(u.label)})`)));
    unit.value = list.some((u) => u.code === keep) ? keep : chosen?.unit?.code || list[0]?.code || "";
  };
  const periodsFor = async (code) => {
    put(periods);
    if (!code) return;
    try {
      const detail = await get(`/api/v1/indicators/${encodeURIComponent(code)}`, { signal });
      put(periods, ...(detail.periods || []).map((p) => h("option", { value: p })));
    } catch { /* the datalist is a convenience; the field still takes any period */ }
  };
  indicatorSelect.addEventListener("change", () => { unitsFor(indicatorSelect.value); periodsFor(indicatorSelect.value); });
  const form = h("form", { id: "check-form", class: "check", novalidate: true },
    h("div", { class: "grid" },
      field("indicator", t("check.indicator"), indicatorSelect),
      field("period", t("check.period"), period), periods,
      field("region", t("check.region"), region),
      field("kind", t("check.kind"), kind),
      field("comparator", t("check.comparator"), comparator),
      field("value", t("check.value"), value),
      field("unit", t("check.unit"), unit)),
    h("button", { type: "submit" }, t("check.submit")));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const values = Object.fromEntries(FIELDS.map((f) => [f, form.elements[f].value.trim()]));
    const missing = ["indicator", "period", "value", "unit"].filter((f) => !values[f]);
    clearErrors(form);
    if (missing.length) {
      for (const f of missing) setError(form, f, form.elements[f].validationMessage || t("check.choose"));
      form.elements[missing[0]].focus();
      return;
    }
    navigate({ view: "check", ...values, comparator: values.comparator === "eq" ? "" : values.comparator }, { focus: false });
  });
  form.unitsFor = unitsFor;
  fill(form, params);
  periodsFor(indicatorSelect.value);
  return form;
}

function fill(form, params) {
  form.elements.indicator.value = params.get("indicator") || "";
  form.unitsFor(form.elements.indicator.value);
  for (const f of ["period", "value"]) form.elements[f].value = params.get(f) || "";
  if (params.get("kind")) form.elements.kind.value = params.get("kind");
  if (params.get("region")) form.elements.region.value = params.get("region");
  if (params.get("unit")) form.elements.unit.value = params.get("unit");
  form.elements.comparator.value = COMPARATORS.includes(params.get("comparator")) ? params.get("comparator") : "eq";
}

function clearErrors(form) {
  for (const p of form.querySelectorAll(".field-error")) { p.hidden = true; p.textContent = ""; }
  for (const c of form.querySelectorAll("[aria-invalid]")) c.removeAttribute("aria-invalid");
}

function setError(form, name, message) {
  const control = form.elements[name];
  const p = form.querySelector(`#check-${name}-error`);
  if (!control || !p) return false;
  p.textContent = message;
  p.hidden = false;
  control.setAttribute("aria-invalid", "true");
  control.setAttribute("aria-describedby", p.id);
  return true;
}

async function run(form, result, params, signal, announce) {
  clearErrors(form);
  const query = new URLSearchParams();
  for (const f of FIELDS) if (params.get(f)) query.set(f, params.get(f));
  loading(result, t("check.checking"));
  let answer;
  try {
    answer = await get(`/api/v1/claims/check?${query}`, { signal });
  } catch (error) {
    if (signal.aborted) return;
    const fieldErrors = error.problem?.errors || [];
    const placed = fieldErrors.map((e) => setError(form, e.field, e.message)).some(Boolean);
    showError(result, error, t("what.verdict"), () => run(form, result, params, signal, announce));
    if (placed) form.querySelector("[aria-invalid]")?.focus();
    return;
  }
  if (signal.aborted) return;
  done(result);
  const verdict = codeOf(answer.verdict);
  const verdictLabel = typeof answer.verdict === "object" ? L(answer.verdict.label) : t(`verdict.${verdict}`);
  const claimComparator = codeOf(answer.claim?.comparator) || (params.get("comparator") || "eq");
  const notes = [];
  if (params.get("comparator") && params.get("comparator") !== "eq" && answer.claim && answer.claim.comparator === undefined) {
    notes.push(t("check.noComparator"));
  }
  const published = answer.published;
  const nearest = answer.nearest_periods || [];
  const others = answer.other_versions || [];
  const indicator = { code: params.get("indicator"), name: published?.indicator_name || { zh: params.get("indicator"), en: params.get("indicator") } };
  put(result, 
    h("h2", { id: "check-result-title" }, t("check.result")),
    h("p", { class: "verdict-line" }, badge("verdict", verdict, verdictLabel)),
    h("p", { class: "explanation", id: "check-explanation" }, L(answer.explanation)),
    notes.map((n) => h("p", { class: "notice" }, n)),
    h("dl", { class: "facts" },
      h("dt", null, t("check.claim")),
      h("dd", null, `${answer.claim?.period || params.get("period")} · ${t(`kind.${answer.claim?.kind || params.get("kind") || "actual"}`)} · `,
        figure(claimComparator, answer.claim?.value ?? params.get("value"), answer.claim?.unit || params.get("unit"))),
      published ? [h("dt", null, t("check.published")),
        h("dd", null, `${published.period} · ${L(published.kind?.label)} · `, figure(published.comparator, published.value, published.unit),
          " · ", h("a", { href: hrefOf({ view: "indicator", code: published.indicator }) }, L(published.indicator_name)))] : null),
    answer.published_allows ? h("p", { class: "small", id: "check-allows" }, `${t("check.allows")}: `,
      L(answer.published_allows.description)) : null,
    published ? quote(published.source) : null,
    published ? h("p", { class: "cite" },
      copyButton(t("cite.zh"), () => citation(published, indicator, "zh"), announce, { "data-cite": "zh" }), " ",
      copyButton(t("cite.en"), () => citation(published, indicator, "en"), announce, { "data-cite": "en" })) : null,
    nearest.length ? h("p", null, t("check.nearest"), " ", nearest.map((n, i) => {
      const p = typeof n === "string" ? n : n.period;
      return [i ? ", " : "", h("a", { href: hrefOf({ ...Object.fromEntries(params), view: "check", period: p, lang: undefined }) }, p)];
    })) : null,
    others.length ? [h("p", null, t("check.others")), h("ul", null, others.map((o) => h("li", null,
      `${o.period} v${o.version ?? ""}: `, figure(o.comparator, o.value, o.unit), " · ", L(o.source?.title), ` (${o.source?.published_on || ""})`)))] : null);
  announce(`${t("check.result")}: ${verdictLabel}`);
}

export const views = { check };
