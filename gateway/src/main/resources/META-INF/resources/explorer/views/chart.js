// The indicator chart, drawn in the page from the observations: one bar per figure, never a line
// between figures, so that an actual and a target, a year and a plan period, or two series of
// different meaning are never read as one series. Qualifiers are drawn on the bar and named in words.
import { h, number, symbol, figure } from "../modules/dom.js";
import { t, L } from "../modules/i18n.js";

const NS = "http://www.w3.org/2000/svg";
const COLORS = { actual: "#1f5fa8", target: "#b3261e", axis: "#595959", grid: "#d9d9d9", text: "#1a1a1a" };

function s(tag, attrs = {}, ...children) {
  const node = document.createElementNS(NS, tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== undefined && value !== null) node.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

const isYear = (p) => /^\d{4}$/.test(p);
const isSpan = (p) => /^\d{4}-\d{4}$/.test(p);

function periodOrder(a, b) {
  const rank = (p) => (isYear(p) ? 0 : isSpan(p) ? 1 : 2);
  return rank(a) - rank(b) || a.localeCompare(b);
}

/** Figures that are different things: other region, other breakdown, other base unit. */
function seriesKey(o) {
  const breakdown = o.breakdown?.code ?? o.breakdown ?? o.series?.code ?? "";
  return [o.region?.code || "", breakdown, o.base_unit || ""].join("|");
}

function seriesLabel(o) {
  const breakdown = o.breakdown?.label || o.series?.label;
  return [L(o.region?.label), breakdown ? L(breakdown) : ""].filter(Boolean).join(" · ");
}

/** The value in the indicator's own unit, so that 万人 and 人 sit on one axis. */
function plotted(o, unit) {
  if (unit && o.base_unit === unit.base_unit && o.base_value !== null && o.base_value !== undefined && unit.multiplier) {
    return Number(o.base_value) / Number(unit.multiplier);
  }
  return Number(o.value);
}

function ticks(min, max, count = 4) {
  const span = max - min || Math.abs(max) || 1;
  const raw = span / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((v) => v >= raw) || raw;
  const out = [];
  const high = Math.ceil(max / step - 1e-9) * step;
  for (let v = Math.floor(min / step + 1e-9) * step; v <= high + step * 1e-9; v += step) out.push(Number(v.toPrecision(12)));
  return out.length > 1 ? out : [0, step];
}

export function describe(o) {
  const kind = t(`kind.${o.kind?.code}`);
  return `${o.period}, ${kind}: ${figure(o.comparator, o.value, o.unit)}`;
}

/** An <svg> chart for one indicator; width in CSS pixels of its container. */
export function chart({ observations, indicator, width }) {
  const unit = indicator.unit;
  const panels = new Map();
  for (const o of observations) {
    if (o.value === null || o.value === undefined) continue;
    const key = seriesKey(o);
    if (!panels.has(key)) panels.set(key, []);
    panels.get(key).push(o);
  }
  const narrow = width < 520;
  const font = narrow ? 11 : 12;
  const panelHeight = narrow ? 230 : 280;
  const titleId = `chart-title-${indicator.code}`;
  const descId = `chart-desc-${indicator.code}`;
  const name = L(indicator.name);
  const items = observations.filter((o) => o.value !== null && o.value !== undefined).map(describe).join("; ");
  const multi = panels.size > 1;
  const height = Math.max(1, panels.size) * (panelHeight + (multi ? 24 : 0));
  const svg = s("svg", { xmlns: NS, viewBox: `0 0 ${width} ${height}`, width, height, role: "img",
    "aria-labelledby": `${titleId} ${descId}`, class: "chart", "font-size": font });
  svg.append(s("title", { id: titleId }, `${t("indicator.chart")}: ${name}`));
  svg.append(s("desc", { id: descId }, t("indicator.chart.desc", { name, n: observations.length, items })));
  svg.append(s("defs", {}, ["actual", "target"].map((kind) => s("marker", { id: `arrow-${kind}`, viewBox: "0 0 10 10",
    refX: 5, refY: 5, markerWidth: 6, markerHeight: 6, orient: "auto" },
  s("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: COLORS[kind] })))));
  let offset = 0;
  for (const members of panels.values()) {
    const g = s("g", { transform: `translate(0 ${offset})` });
    if (multi) {
      g.append(s("text", { x: 0, y: 16, "font-weight": "bold", fill: COLORS.text }, seriesLabel(members[0]) || members[0].unit?.code));
    }
    drawPanel(g, members, unit, width, panelHeight, multi ? 24 : 0, narrow);
    svg.append(g);
    offset += panelHeight + (multi ? 24 : 0);
  }
  return svg;
}

function drawPanel(g, members, unit, width, height, top, narrow) {
  const values = members.map((o) => plotted(o, unit));
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const grid = ticks(min, max || 1);
  const yMin = grid[0];
  const yMax = grid[grid.length - 1];
  const left = narrow ? 44 : 60;
  const right = 8;
  const raised = members.some((o) => ["gt", "gte", "lt", "lte"].includes(o.comparator?.code));
  const plotTop = top + (raised ? 46 : 32);
  const plotBottom = top + height - (narrow ? 46 : 42);
  const y = (v) => plotBottom - ((v - yMin) / (yMax - yMin || 1)) * (plotBottom - plotTop);
  const unitCode = members[0].base_unit === unit?.base_unit ? unit?.code : members[0].unit?.code;
  g.append(s("text", { x: 0, y: top + 14, fill: COLORS.axis }, unitCode || ""));
  for (const v of grid) {
    g.append(s("line", { x1: left, x2: width - right, y1: y(v), y2: y(v), stroke: v === 0 ? COLORS.axis : COLORS.grid }));
    g.append(s("text", { x: left - 6, y: y(v) + 4, "text-anchor": "end", fill: COLORS.axis }, number(v)));
  }
  const periods = [...new Set(members.map((o) => o.period))].sort(periodOrder);
  const gapBeforeSpans = periods.some(isYear) && periods.some((p) => !isYear(p)) ? 16 : 0;
  const slot = (width - left - right - gapBeforeSpans) / Math.max(periods.length, 1);
  let x = left;
  let spansStart = null;
  for (const period of periods) {
    if (!isYear(period) && spansStart === null) {
      spansStart = x + gapBeforeSpans / 2;
      x += gapBeforeSpans;
    }
    const here = members.filter((o) => o.period === period)
      .sort((a, b) => (a.kind?.code === "actual" ? -1 : 1) - (b.kind?.code === "actual" ? -1 : 1));
    const barWidth = Math.min(narrow ? 30 : 44, (slot * 0.8) / here.length);
    const groupWidth = barWidth * here.length + 4 * (here.length - 1);
    let bx = x + (slot - groupWidth) / 2;
    for (const o of here) {
      const v = plotted(o, unit);
      const kind = o.kind?.code === "target" ? "target" : "actual";
      const code = o.comparator?.code || "eq";
      const yTop = y(Math.max(v, 0));
      const yBottom = y(Math.min(v, 0));
      const bar = s("g", { class: `bar bar-${kind}`, "data-period": o.period, "data-kind": kind, "data-comparator": code });
      bar.append(s("title", {}, `${describe(o)} — “${o.source?.quote || ""}”`));
      bar.append(s("rect", {
        x: bx, y: yTop, width: barWidth, height: Math.max(1, yBottom - yTop),
        fill: kind === "actual" ? COLORS.actual : "#ffffff",
        stroke: kind === "actual" ? COLORS.actual : COLORS.target, "stroke-width": kind === "actual" ? 1 : 2,
        "stroke-dasharray": kind === "actual" ? null : "5 3",
      }));
      let labelY = yTop - 5;
      const cx = bx + barWidth / 2;
      const color = kind === "actual" ? COLORS.actual : COLORS.target;
      if (code === "gt" || code === "gte") {
        bar.append(s("line", { x1: cx, x2: cx, y1: yTop - 2, y2: yTop - 13, stroke: color, "stroke-width": 2,
          "marker-end": `url(#arrow-${kind})` }));
        labelY = yTop - 20;
      } else if (code === "lt" || code === "lte") {
        bar.append(s("line", { x1: cx, x2: cx, y1: yTop - 16, y2: yTop - 5, stroke: color, "stroke-width": 2,
          "marker-end": `url(#arrow-${kind})` }));
        labelY = yTop - 20;
      }
      bar.append(s("text", { x: cx, y: labelY, "text-anchor": "middle", "font-weight": "bold",
        fill: kind === "actual" ? COLORS.text : COLORS.target }, `${symbol(code)}${number(o.value)}`));
      g.append(bar);
      bx += barWidth + 4;
    }
    const labelY = plotBottom + 16;
    g.append(s("text", { x: x + slot / 2, y: labelY, "text-anchor": "middle", fill: COLORS.text }, period));
    x += slot;
  }
  if (spansStart !== null) {
    g.append(s("line", { x1: spansStart, x2: spansStart, y1: plotTop - 8, y2: plotBottom + 30, stroke: COLORS.axis, "stroke-dasharray": "2 3" }));
    g.append(s("text", { x: spansStart + 6, y: plotBottom + 34, fill: COLORS.axis }, t("indicator.chart.span")));
  }
}

/** The legend in HTML, so that it wraps on a phone and reads as text; only what the chart uses. */
export function legend(observations) {
  const kinds = new Set(observations.map((o) => o.kind?.code));
  const codes = new Set(observations.map((o) => o.comparator?.code));
  return h("ul", { class: "legend" },
    kinds.has("actual") ? h("li", null, h("span", { class: "swatch swatch-actual", "aria-hidden": "true" }), t("legend.actual")) : null,
    kinds.has("target") ? h("li", null, h("span", { class: "swatch swatch-target", "aria-hidden": "true" }), t("legend.target")) : null,
    codes.has("gt") || codes.has("gte") ? h("li", null, t("legend.more")) : null,
    codes.has("lt") || codes.has("lte") ? h("li", null, t("legend.less")) : null,
    codes.has("approx") ? h("li", null, t("legend.approx")) : null);
}
