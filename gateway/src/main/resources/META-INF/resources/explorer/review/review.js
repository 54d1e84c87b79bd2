// The review page of issue 16: a report's text with the extractor's figures highlighted, and a decision on each
// one from the keyboard. The API key is asked for here and kept in sessionStorage only (this tab, until it closes);
// it is sent only with the writes (extraction and decisions). Elements are built with h(), never from HTML.
import { h, put } from "../modules/dom.js";

const KEY_STORE = "yanhu-review-key";
const $ = (id) => document.getElementById(id);
const state = { source: null, text: [], candidates: [], index: -1, pending: null };

function storedKey() {
  try { return sessionStorage.getItem(KEY_STORE) || ""; } catch { return ""; }
}

function keepKey(value) {
  try {
    if (value) sessionStorage.setItem(KEY_STORE, value);
    else sessionStorage.removeItem(KEY_STORE);
  } catch { /* storage may be off: the key then lives in the field only */ }
}

function say(message, { error = false } = {}) {
  put($("status"), h("p", { class: error ? "error" : null }, message));
}

/** A problem's detail and field errors, as one sentence. */
function explain(problem, status) {
  if (!problem) return `HTTP ${status}`;
  const fields = (problem.errors || []).map((e) => `${e.field}: ${e.message}`).join("; ");
  return [problem.detail || problem.title || `HTTP ${status}`, fields && fields !== problem.detail ? fields : ""]
    .filter(Boolean).join(" — ");
}

async function call(method, path, body) {
  const headers = { Accept: method === "GET" && path.endsWith("/text") ? "text/plain" : "application/json" };
  if (method !== "GET") {
    const key = $("key").value.trim() || storedKey();
    if (!key) throw new Error("Enter your API key first: decisions need it.");
    headers.Authorization = `Bearer ${key}`;
  }
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body),
    cache: "no-store" });
  if (!response.ok) {
    const problem = await response.json().catch(() => null);
    throw new Error(explain(problem, response.status));
  }
  return headers.Accept === "text/plain" ? response.text() : response.json();
}

const base = () => `/api/v1/sources/${encodeURIComponent(state.source)}`;

async function loadCandidates() {
  const all = [];
  let cursor = null;
  do {
    const page = await call("GET", `${base()}/candidates?limit=1000${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
    all.push(...page.items);
    cursor = page.page.next;
  } while (cursor);
  return all;
}

async function load(sourceId) {
  state.source = sourceId;
  say(`Loading ${sourceId}…`);
  state.text = Array.from(await call("GET", `${base()}/text`)); // code points: the offsets count them
  state.candidates = await loadCandidates();
  $("review").hidden = false;
  const params = new URLSearchParams(location.search);
  params.set("source", sourceId);
  history.replaceState(null, "", `${location.pathname}?${params}`);
  renderText();
  renderList();
  select(state.candidates.findIndex((c) => c.status === "proposed"));
  say(state.candidates.length ? `${state.candidates.length} figures proposed from ${sourceId}.`
    : `No figures yet for ${sourceId}: run the extraction.`);
}

function renderText() {
  const cuts = new Set([0, state.text.length]);
  for (const c of state.candidates) { cuts.add(c.start); cuts.add(c.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const parts = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const piece = state.text.slice(from, to).join("");
    const covering = state.candidates.filter((c) => c.start <= from && to <= c.end);
    if (!covering.length) { parts.push(piece); continue; }
    parts.push(h("mark", { class: covering[0].status, dataset: { ids: covering.map((c) => c.id).join(" ") },
      title: covering.map((c) => `${c.text}${c.unit}`).join(", "),
      onclick: () => select(state.candidates.indexOf(covering[0])) }, piece));
  }
  put($("text"), parts);
}

const describe = (c) => `${c.text}${c.unit} · ${c.comparator} · ${c.kind} · ${c.period ?? "period?"}`
  + (c.suggested_indicator ? ` · ${c.suggested_indicator.code}` : "");

function renderList() {
  put($("candidates"), state.candidates.map((c, i) => h("li", { id: `cand-${c.id}`, dataset: { id: c.id },
    onclick: () => select(i) }, describe(c), " ", h("span", { class: `status ${c.status}` }, c.status))));
  const counts = {};
  for (const c of state.candidates) counts[c.status] = (counts[c.status] || 0) + 1;
  $("counts").textContent = Object.entries(counts).map(([s, n]) => `${n} ${s}`).join(", ");
}

function select(i) {
  if (i < 0 || i >= state.candidates.length) return;
  state.index = i;
  state.pending = null;
  const c = state.candidates[i];
  for (const li of $("candidates").children) li.setAttribute("aria-current", String(li.dataset.id === c.id));
  for (const mark of $("text").querySelectorAll("mark")) {
    mark.classList.toggle("current", mark.dataset.ids.split(" ").includes(c.id));
  }
  $(`cand-${c.id}`)?.scrollIntoView({ block: "nearest" });
  $("text").querySelector("mark.current")?.scrollIntoView({ block: "nearest" });
  $("quote").textContent = `«${c.quote}»  (${c.start}–${c.end}${c.section ? `, ${c.section}` : ""})`;
  $("f-indicator").value = c.suggested_indicator?.code || "";
  $("f-value").value = String(c.value);
  $("f-unit").value = c.unit;
  $("f-comparator").value = c.comparator;
  $("f-kind").value = c.kind;
  $("f-period").value = c.period || "";
  $("f-note").value = "";
}

const current = () => state.candidates[state.index];

async function refresh(c) {
  const fresh = await call("GET", `${base()}/candidates/${c.id}`);
  Object.assign(c, { status: fresh.status });
  renderText();
  renderList();
}

function nextProposed() {
  const after = state.candidates.findIndex((c, i) => i > state.index && c.status === "proposed");
  select(after >= 0 ? after : state.index);
  $("candidates").focus();
}

async function decide(action) {
  const c = current();
  if (!c) return;
  try {
    let done;
    if (action === "accept") {
      const body = { indicator: $("f-indicator").value.trim() || undefined };
      if ($("f-value").value.trim() !== String(c.value)) body.value = Number($("f-value").value.trim());
      if ($("f-unit").value.trim() !== c.unit) body.unit = $("f-unit").value.trim();
      if ($("f-comparator").value !== c.comparator) body.comparator = $("f-comparator").value;
      if ($("f-kind").value !== c.kind) body.kind = $("f-kind").value;
      if ($("f-period").value.trim() !== (c.period || "")) body.period = $("f-period").value.trim();
      const observation = await call("POST", `${base()}/candidates/${c.id}/accept`, body);
      done = `Accepted ${c.text}${c.unit}: published as ${observation.id}.`;
    } else {
      const note = $("f-note").value.trim();
      if (!note) {
        state.pending = action;
        $("f-note").focus();
        say(action === "reject" ? "Type the reason, then press Enter." : "Type a note, then press Enter.");
        return;
      }
      if (action === "reject") await call("POST", `${base()}/candidates/${c.id}/reject`, { reason: note });
      else await call("POST", `${base()}/candidates/${c.id}/not-an-observation`, { note });
      done = `${action === "reject" ? "Rejected" : "Set aside as not an observation"}: ${c.text}${c.unit}.`;
    }
    state.pending = null;
    await refresh(c);
    nextProposed();
    // Said once the page has moved on to the next figure, so that what is announced is what is shown.
    say(done);
  } catch (error) {
    say(`Not done: ${error.message}`, { error: true });
  }
}

// --- Wiring
$("key").value = storedKey();
$("key").addEventListener("change", () => keepKey($("key").value.trim()));
$("forget").addEventListener("click", () => { keepKey(""); $("key").value = ""; say("The API key is forgotten."); });
$("load").addEventListener("submit", (event) => {
  event.preventDefault();
  keepKey($("key").value.trim());
  load($("source").value.trim()).catch((error) => say(`Cannot load: ${error.message}`, { error: true }));
});
$("extract").addEventListener("click", async () => {
  try {
    state.source = $("source").value.trim();
    keepKey($("key").value.trim());
    const answer = await call("POST", `${base()}/extraction`);
    say(`The extractor proposed ${answer.candidates.length} figures.`);
    await load(state.source);
  } catch (error) {
    say(`Cannot extract: ${error.message}`, { error: true });
  }
});
$("decision").addEventListener("submit", (event) => {
  event.preventDefault();
  decide(state.pending || "accept");
});
$("reject").addEventListener("click", () => decide("reject"));
$("not-observation").addEventListener("click", () => decide("not_an_observation"));

document.addEventListener("keydown", (event) => {
  if ($("review").hidden || event.ctrlKey || event.metaKey || event.altKey) return;
  const typing = event.target.closest?.("input, select, textarea");
  if (event.key === "Escape") {
    state.pending = null;
    $("candidates").focus();
    return;
  }
  if (typing) return;
  const keys = {
    j: () => select(state.index + 1), ArrowDown: () => select(state.index + 1),
    k: () => select(state.index - 1), ArrowUp: () => select(state.index - 1),
    a: () => decide("accept"),
    c: () => { $("f-indicator").focus(); say("Correct the fields, then press Enter to accept."); },
    r: () => decide("reject"),
    n: () => decide("not_an_observation"),
  };
  if (keys[event.key]) {
    event.preventDefault();
    keys[event.key]();
  }
});

const initial = new URLSearchParams(location.search).get("source");
if (initial) {
  $("source").value = initial;
  load(initial).catch((error) => say(`Cannot load: ${error.message}`, { error: true }));
}
