#!/usr/bin/env node
// Bad input at scale, driven by the merged OpenAPI document: every parameter of every operation gets
// wrong types, extreme numbers, Unicode, bad encodings, injection strings, overlong values and bad
// cursors; every write gets malformed and oversized JSON and CSV, wrong content types, no key, a
// wrong key and the valid key. Every answer is checked: no 5xx, no hang, every 4xx a problem+json
// carrying the request id, every body valid against the document, no internals in an error body.
//
//   node reliability/fuzz.mjs --base http://127.0.0.1:8080 --requests 10000 --key-file deploy/local/run/api-key
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { send, agent, header, json } from './lib/http.mjs';
import { loadDocument, operations, ResponseOracle, matcher, deref } from './lib/openapi.mjs';
import { leaks } from './lib/leaks.mjs';
import {
  PARAMETER_VALUES, badCursors, JSON_MEMBER_VALUES, MALFORMED_JSON, MALFORMED_JSON_BYTES, MALFORMED_CSV,
  CONTENT_TYPES, ACCEPTS, BAD_REQUEST_IDS, AUTHS,
} from './lib/values.mjs';
import { percentile, writeReport } from './lib/report.mjs';

const { values: opts } = parseArgs({
  options: {
    base: { type: 'string', default: 'http://127.0.0.1:8080' },
    requests: { type: 'string', default: '10000' },
    concurrency: { type: 'string', default: '8' },
    timeout: { type: 'string', default: '15000' },
    'key-file': { type: 'string', default: 'deploy/local/run/api-key' },
    seed: { type: 'string', default: '12' },
    out: { type: 'string', default: '' },
    'oversize-mb': { type: 'string', default: '25' },
    // Path prefixes the merged document must hold operations under: one per service and the gateway's own.
    'expect-paths': { type: 'string', default: '/api/v1/indicators,/api/v1/observations,/api/v1/projects,/api/v1/pledges,/api/v1/search' },
  },
});
const BASE = opts.base;
const TARGET = Number(opts.requests);
const TIMEOUT = Number(opts.timeout);
const RUN = `fz${Date.now().toString(36)}`;

// A small deterministic PRNG, so that a run can be repeated case for case with the same --seed.
let seed = Number(opts.seed) >>> 0;
const random = () => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (list) => list[Math.floor(random() * list.length)];
const shuffle = (list) => {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
};

const key = fs.existsSync(opts['key-file']) ? fs.readFileSync(opts['key-file'], 'utf8').trim() : null;
if (!key) console.warn(`fuzz: no API key in ${opts['key-file']}: the valid-key write cases are left out`);

const doc = await loadDocument(BASE);
const ops = operations(doc);
const oracle = new ResponseOracle(doc);
const missingPaths = opts['expect-paths'].split(',').filter((prefix) => !ops.some((o) => o.path.startsWith(prefix)));
if (missingPaths.length) console.log(`fuzz: FAIL the merged document has no operation under ${missingPaths.join(', ')}: those cannot be fuzzed`);
const opOf = matcher(ops);

const enc = (v) => encodeURIComponent(v);

/** A value the operation accepts for a parameter: its example, a default, an enum member, or a plain guess. */
function validValue(p) {
  const schema = deref(doc, p.schema || {});
  const example = p.example ?? Object.values(p.examples || {})[0]?.value ?? schema.examples?.[0] ?? schema.example;
  if (example !== undefined) return String(example);
  if (schema.default !== undefined) return String(schema.default);
  if (schema.enum) return String(schema.enum[0]);
  if (schema.type === 'integer') return String(schema.minimum ?? 1);
  if (schema.type === 'number') return '1';
  if (schema.type === 'boolean') return 'true';
  return 'GDP';
}

function buildPath(op, pathValues, query) {
  let p = op.path;
  for (const param of op.parameters.filter((x) => x.in === 'path')) {
    const v = pathValues[param.name] ?? { value: validValue(param) };
    p = p.replace(`{${param.name}}`, v.raw ? v.value : enc(v.value));
  }
  const qs = query.map(([name, v]) => `${enc(name)}=${v.raw ? v.value : enc(v.value)}`).join('&');
  return qs ? `${p}?${qs}` : p;
}

function requiredQuery(op, except) {
  return op.parameters.filter((x) => x.in === 'query' && x.required && x.name !== except)
    .map((x) => [x.name, { value: validValue(x) }]);
}

// Real cursors, ETags and ids to tamper with, read from the running system first.
async function harvest() {
  const cursors = [];
  const etags = {};
  for (const op of ops.filter((o) => o.method === 'GET' && o.parameters.some((x) => x.name === 'cursor'))) {
    const res = await send(BASE, { path: buildPath(op, {}, [...requiredQuery(op), ['limit', { value: '1' }]]), timeoutMs: TIMEOUT });
    const next = json(res)?.page?.next;
    if (next) cursors.push({ op: op.id, cursor: next });
  }
  for (const op of ops.filter((o) => o.method === 'GET' && o.path.includes('{'))) {
    const res = await send(BASE, { path: buildPath(op, {}, requiredQuery(op)), timeoutMs: TIMEOUT });
    if (header(res, 'etag')) etags[op.path] = header(res, 'etag');
  }
  return { cursors, etags };
}

const { cursors, etags } = await harvest();
const CURSOR_VALUES = badCursors(cursors.map((c) => c.cursor));

// ---- the cases ------------------------------------------------------------------------------------
// A case: { kind, category, op, method, path, headers, body, sent: [values quoted back legitimately] }.
const cases = [];
const add = (c) => cases.push({ headers: {}, body: null, sent: [], ...c });

for (const op of ops.filter((o) => !o.requestBody)) {
  for (const p of op.parameters) {
    const list = p.name === 'cursor' ? [...CURSOR_VALUES, ...PARAMETER_VALUES] : PARAMETER_VALUES;
    for (const v of list) {
      let value = v;
      if (v.foreign) {
        const other = cursors.find((c) => c.op !== op.id);
        if (!other) continue;
        value = { ...v, value: other.cursor };
      }
      if (p.in === 'path') {
        add({ kind: 'parameter', category: value.category, op, method: op.method, path: buildPath(op, { [p.name]: value }, requiredQuery(op)), sent: [value.value], param: p.name });
      } else if (p.in === 'query') {
        add({ kind: 'parameter', category: value.category, op, method: op.method, path: buildPath(op, {}, [...requiredQuery(op, p.name), [p.name, value]]), sent: [value.value], param: p.name });
      } else if (p.in === 'header') {
        add({ kind: 'parameter', category: value.category, op, method: op.method, path: buildPath(op, {}, requiredQuery(op)), headers: { [p.name]: value.value }, sent: [value.value], param: p.name });
      }
    }
  }
}
const parameterCases = cases.length;

// Several parameters at once, some repeated, drawn at random.
const combos = [];
for (const op of ops.filter((o) => !o.requestBody && o.parameters.some((x) => x.in === 'query'))) {
  for (let i = 0; i < 60; i++) {
    const query = [];
    const qps = op.parameters.filter((x) => x.in === 'query');
    const n = 2 + Math.floor(random() * 4);
    for (let j = 0; j < n; j++) {
      const p = pick(qps);
      query.push([p.name, random() < 0.5 ? { value: validValue(p) } : pick(p.name === 'cursor' ? CURSOR_VALUES.filter((c) => !c.foreign) : PARAMETER_VALUES)]);
    }
    combos.push({ kind: 'combination', category: 'combination', op, method: op.method, path: buildPath(op, {}, query), headers: {}, body: null, sent: query.map(([, v]) => v.value) });
  }
}

// Request-level variations of valid reads: Accept, encodings, conditionals, methods, request ids.
const variations = [];
const addVar = (c) => variations.push({ headers: {}, body: null, sent: [], ...c });
for (const op of ops.filter((o) => o.method === 'GET')) {
  const p = buildPath(op, {}, requiredQuery(op));
  for (const accept of ACCEPTS) addVar({ kind: 'accept', category: 'accept', op, method: 'GET', path: p, headers: { Accept: accept }, sent: [accept] });
  for (const ae of ['gzip', 'br', 'deflate', 'identity;q=0', 'gzip;q=abc', '*']) addVar({ kind: 'encoding', category: 'accept-encoding', op, method: 'GET', path: p, headers: { 'Accept-Encoding': ae } });
  for (const lang of ['xx', 'zh-CN,zh;q=0.9', '*', 'en;q=2', 'x'.repeat(2000)]) addVar({ kind: 'language', category: 'accept-language', op, method: 'GET', path: p, headers: { 'Accept-Language': lang } });
  for (const inm of ['*', '"garbage"', 'W/"x"', 'garbage', '"a", "b"', etags[op.path]].filter(Boolean)) addVar({ kind: 'conditional', category: 'if-none-match', op, method: 'GET', path: p, headers: { 'If-None-Match': inm } });
  for (const method of ['HEAD', 'OPTIONS', 'PUT', 'DELETE', 'PATCH', 'TRACE', 'POST']) addVar({ kind: 'method', category: 'method', op, method, path: p });
  addVar({ kind: 'cors', category: 'cors preflight', op, method: 'OPTIONS', path: p, headers: { Origin: 'https://example.org', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type' } });
  for (const rid of BAD_REQUEST_IDS) addVar({ kind: 'request id', category: 'bad request id', op, method: 'GET', path: p, headers: { 'X-Request-Id': rid }, badId: true });
}
for (const p of ['/api/v1/nope', '/api/v2/indicators', '/api/v1/indicators/', '//api/v1/indicators', '/api/v1/./indicators',
  '/api/v1/indicators/%2e%2e/projects', '/api/v1/indicators/..;/q/metrics', '/api/v1/%2e%2e/q/metrics', '/API/V1/INDICATORS',
  '/api/v1/indicators?%', '/api/v1/indicators?a=%zz', '/api/v1/indicators?&&&', '/api/v1/indicators?limit', '/api/v1/indicators?=1',
  `/api/v1/${'a'.repeat(5000)}`, `/api/v1/indicators/${'%2F'.repeat(100)}`, '/api/v1/projects/..%2F..%2Fq%2Fhealth', '/api/v1/indicators%00',
  '/api/v1/indicators;jsessionid=1', '/api/v1', '/api', '/', '/explorer/../q/metrics', '/q/openapi?format=yaml', '/docs', '/q/swagger-ui/']) {
  for (const method of ['GET', 'POST', 'HEAD']) addVar({ kind: 'unknown path', category: 'path', op: opOf(method, p), method, path: p, headers: method === 'POST' ? { 'Content-Type': 'application/json' } : {}, body: method === 'POST' ? '{}' : null, sent: [p] });
}

// Writes: every operation with a request body, every kind of body, content type and key.
const writes = [];
const addWrite = (c) => writes.push({ headers: {}, sent: [], ...c });
const oversize = Buffer.alloc(Number(opts['oversize-mb']) * 1024 * 1024, 0x20);
oversize.write('{"observations":[', 0);
const twoMb = Buffer.alloc(2 * 1024 * 1024, 0x20);
twoMb.write('{"a":"', 0);
twoMb.write('"}', twoMb.length - 2);

function exampleBody(op, type) {
  const media = op.requestBody.content[type] || Object.values(op.requestBody.content)[0];
  return media.example ?? Object.values(media.examples || {})[0]?.value;
}

function schemaMembers(schema, depth = 0) {
  const s = deref(doc, schema || {});
  if (depth > 2 || !s) return [];
  const out = [];
  for (const [name, member] of Object.entries(s.properties || {})) {
    out.push([name]);
    const m = deref(doc, member);
    if (m?.type === 'array' && m.items) for (const sub of schemaMembers(m.items, depth + 1)) out.push([name, 0, ...sub]);
    else if (m?.properties) for (const sub of schemaMembers(m, depth + 1)) out.push([name, ...sub]);
  }
  return out;
}

function withMember(value, pathParts, replacement) {
  const copy = structuredClone(value);
  let node = copy;
  for (const part of pathParts.slice(0, -1)) {
    if (node[part] === undefined || node[part] === null) node[part] = typeof part === 'number' ? [] : {};
    node = node[part];
  }
  if (replacement === undefined) delete node[pathParts.at(-1)];
  else node[pathParts.at(-1)] = replacement;
  return copy;
}

for (const op of ops.filter((o) => o.requestBody)) {
  const types = Object.keys(op.requestBody.content);
  const jsonType = types.find((t) => t.includes('json')) || 'application/json';
  const example = exampleBody(op, jsonType);
  const p = buildPath(op, {}, requiredQuery(op));
  const etag = etags[op.path.replace(/\/releases$/, '')] || etags[op.path];
  const ifMatch = op.parameters.some((x) => x.name === 'If-Match') ? { 'If-Match': etag || '"none"' } : {};
  const auths = AUTHS.filter((a) => key || !a.key);
  const authHeader = (a) => (a.key ? a.key(key) : a.value);
  const bodies = [];
  for (const b of MALFORMED_JSON) bodies.push({ category: 'malformed JSON', type: jsonType, body: b });
  for (const b of MALFORMED_JSON_BYTES) bodies.push({ category: 'malformed JSON bytes', type: jsonType, body: b });
  if (example !== undefined) {
    bodies.push({ category: 'example', type: jsonType, body: JSON.stringify(example) });
    const schema = op.requestBody.content[jsonType]?.schema;
    for (const member of schemaMembers(schema)) {
      bodies.push({ category: 'missing member', type: jsonType, body: JSON.stringify(withMember(example, member, undefined)) });
      for (const v of JSON_MEMBER_VALUES) bodies.push({ category: 'wrong member', type: jsonType, body: JSON.stringify(withMember(example, member, v)), sent: [v] });
    }
    bodies.push({ category: 'extra member', type: jsonType, body: JSON.stringify({ ...example, unexpected: 1, __proto__x: {} }) });
    if (Array.isArray(example.observations)) {
      const row = example.observations[0];
      bodies.push({ category: 'many rows', type: jsonType, body: JSON.stringify({ observations: Array.from({ length: 20000 }, (_, i) => ({ ...row, value: i, period: String(1949 + (i % 150)) })) }) });
    }
  }
  if (types.includes('text/csv')) {
    for (const b of MALFORMED_CSV) bodies.push({ category: 'malformed CSV', type: 'text/csv', body: b });
    const csv = exampleBody(op, 'text/csv');
    if (csv) bodies.push({ category: 'example CSV', type: 'text/csv', body: csv });
  }
  bodies.push({ category: 'oversized 2 MB', type: jsonType, body: twoMb });
  bodies.push({ category: `oversized ${opts['oversize-mb']} MB`, type: jsonType, body: oversize });
  for (const ct of CONTENT_TYPES) bodies.push({ category: 'content type', type: ct, body: example ? JSON.stringify(example) : '{}', sent: [ct] });

  for (const b of bodies) {
    const headers = { ...ifMatch };
    if (b.type) headers['Content-Type'] = b.type;
    // The valid key reaches the parsers; every other key gets a sample of the bodies.
    for (const a of auths) {
      if (!a.valid && random() > 0.12 && !/oversized|example/.test(b.category)) continue;
      const h = { ...headers };
      const auth = authHeader(a);
      if (auth !== null) h.Authorization = auth;
      addWrite({ kind: 'write', category: `${b.category} / ${a.name}`, op, method: op.method, path: p, headers: h, body: b.body, sent: [...(b.sent || []), b.type], auth: a });
    }
  }
  for (const pre of ['', '*', '"garbage"', 'W/"x"', etag].filter((x) => x !== undefined)) {
    if (!ifMatch['If-Match']) break;
    addWrite({ kind: 'write', category: 'if-match', op, method: op.method, path: p, headers: { 'Content-Type': jsonType, Authorization: key ? `Bearer ${key}` : '', 'If-Match': pre }, body: example ? JSON.stringify(example) : '{}', auth: { valid: !!key } });
  }
}

// Order: every systematic case first (shuffled, so that load is mixed), then random combinations
// and variations until the target is reached; writes are interleaved throughout.
const systematic = shuffle([...cases, ...variations, ...writes]);
let plan = systematic;
if (plan.length < TARGET) {
  const extra = shuffle([...combos]);
  while (plan.length + extra.length < TARGET) extra.push(...shuffle([...combos, ...variations]).map((c) => ({ ...c })));
  plan = shuffle([...plan, ...extra.slice(0, TARGET - plan.length)]);
} else if (plan.length > TARGET) {
  // A short run: a stratified sample, so that every operation and every category is still tried.
  const groups = new Map();
  for (const c of plan) {
    const g = `${c.op?.id || 'none'}|${c.kind}|${c.category}`;
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g).push(c);
  }
  const out = [];
  const lists = shuffle([...groups.values()]);
  for (let round = 0; out.length < TARGET; round++) {
    let any = false;
    for (const list of lists) {
      if (round < list.length && out.length < TARGET) { out.push(list[round]); any = true; }
    }
    if (!any) break;
  }
  plan = shuffle(out);
}

// ---- run and check ---------------------------------------------------------------------------------
const stats = {
  requests: 0, byStatus: {}, byKind: {}, byCategory: {}, latencies: [], failures: [], failureCounts: {},
  undocumented: {}, warnings: {}, documented: 0, validated: 0, problemBodies: 0, checkedForLeaks: 0,
};
const FAILURE_SAMPLES = 15;
function fail(kind, c, res, detail) {
  stats.failureCounts[kind] = (stats.failureCounts[kind] || 0) + 1;
  const samples = stats.failures.filter((f) => f.kind === kind).length;
  if (samples < FAILURE_SAMPLES) {
    stats.failures.push({
      kind, detail, status: res.status, error: res.error, method: c.method, path: c.path.slice(0, 300),
      category: c.category, requestId: c.rid, contentType: header(res, 'content-type'),
      headers: Object.fromEntries(Object.entries(c.headers).map(([k, v]) => [k, String(v).slice(0, 120)])),
      body: res.body.toString('utf8').slice(0, 400),
    });
  }
}

function check(c, res) {
  const status = res.status;
  stats.byStatus[status] = (stats.byStatus[status] || 0) + 1;
  stats.byKind[c.kind] = (stats.byKind[c.kind] || 0) + 1;
  const cat = c.category.split(' / ')[0];
  stats.byCategory[cat] = stats.byCategory[cat] || {};
  stats.byCategory[cat][status] = (stats.byCategory[cat][status] || 0) + 1;
  if (status === -1) return; // refused by Node before sending: not a request
  stats.latencies.push(res.ms);
  if (status === 0) {
    fail(res.error === 'timeout' ? 'hang' : 'reset without an answer', c, res, `${res.error} after ${Math.round(res.ms)} ms`);
    return;
  }
  if (res.error) fail('broken body', c, res, res.error);
  if (status >= 500) fail(`${status}`, c, res, 'a 5xx');
  if (status === 429) fail('429 (rate limit not lifted)', c, res, 'the fuzzer should never meet the rate limiter');
  const rid = header(res, 'x-request-id');
  if (!rid && status >= 400) fail('no X-Request-Id', c, res, 'the error response carries no X-Request-Id');
  else if (!rid) stats.warnings[`no X-Request-Id on a ${status} to ${c.kind}`] = (stats.warnings[`no X-Request-Id on a ${status} to ${c.kind}`] || 0) + 1;
  else if (!c.badId && rid !== c.rid) fail('request id not kept', c, res, `sent ${c.rid}, got ${rid}`);
  const type = (header(res, 'content-type') || '').split(';')[0].trim().toLowerCase();
  if (status >= 400) {
    if (type !== 'application/problem+json') {
      fail(`${status} not problem+json`, c, res, `content type '${type || 'none'}'`);
    } else if (c.method !== 'HEAD') {
      stats.problemBodies++;
      const body = json(res);
      if (!body) fail('problem body not JSON', c, res, 'unparseable');
      else {
        if (body.request_id !== rid) fail('problem without the request id', c, res, `body request_id ${body.request_id}, header ${rid}`);
        if (body.status !== status) fail('problem status differs', c, res, `body ${body.status}, response ${status}`);
      }
    }
    if (c.method !== 'HEAD' && res.body.length) {
      stats.checkedForLeaks++;
      const found = leaks(res.body.toString('utf8'), [...c.sent, c.path, decodeSafe(c.path)], 'http://localhost:8080');
      for (const l of found) fail(`leak: ${l.rule}`, c, res, l.match);
    }
  }
  if (c.kind === 'write' && c.auth && !c.auth.valid && !c.auth.maybeValid && status >= 200 && status < 300) {
    fail('write accepted without a valid key', c, res, c.auth.name);
  }
  const op = c.op || opOf(c.method, c.path);
  if (op && ['GET', 'HEAD', op.method].includes(c.method) && (c.method === op.method || c.method === 'HEAD')) {
    const { violations, documented } = oracle.check(op, c.method, res);
    if (documented) stats.documented++;
    else stats.undocumented[`${op.id} ${status}`] = (stats.undocumented[`${op.id} ${status}`] || 0) + 1;
    stats.validated++;
    for (const v of violations) fail('does not fit the document', c, res, v);
  } else if (status >= 400 && type === 'application/problem+json' && c.method !== 'HEAD') {
    const { violations } = oracle.check(null, c.method, res);
    stats.validated++;
    for (const v of violations) fail('does not fit the document', c, res, v);
  }
}

function decodeSafe(s) {
  try { return decodeURIComponent(s); } catch { return s; }
}

const pool = agent(Number(opts.concurrency));
const started = Date.now();
let index = 0;
let lastPrint = 0;
async function worker() {
  while (index < plan.length) {
    const c = plan[index++];
    c.rid = `${RUN}-${index}`;
    const headers = { ...c.headers };
    if (!c.badId) headers['X-Request-Id'] = c.rid;
    const res = await send(BASE, { method: c.method, path: c.path, headers, body: c.body, timeoutMs: TIMEOUT, agent: c.body && c.body.length > 1e6 ? false : pool });
    stats.requests++;
    if (res.status === -1 && plan.length < TARGET * 1.05) plan.push({ ...pick(combos), kind: 'combination' });
    check(c, res);
    if (Date.now() - lastPrint > 5000) {
      lastPrint = Date.now();
      process.stdout.write(`fuzz: ${stats.requests}/${plan.length} requests, ${Object.values(stats.failureCounts).reduce((a, b) => a + b, 0)} failures\n`);
    }
  }
}
await Promise.all(Array.from({ length: Number(opts.concurrency) }, worker));
pool.destroy();
const seconds = (Date.now() - started) / 1000;

const sent = stats.requests - (stats.byStatus[-1] || 0);
const count5xx = Object.entries(stats.byStatus).filter(([s]) => Number(s) >= 500).reduce((a, [, n]) => a + n, 0);
const summary = {
  part: 'fuzz', base: BASE, seed: Number(opts.seed), target: TARGET, requests: sent, refused_by_client: stats.byStatus[-1] || 0,
  seconds: Math.round(seconds), operations: ops.length, parameter_cases: parameterCases, systematic_cases: systematic.length,
  by_status: stats.byStatus, by_kind: stats.byKind, by_category: stats.byCategory,
  five_xx: count5xx, hangs: stats.failureCounts.hang || 0, no_answer: stats.failureCounts['reset without an answer'] || 0,
  problem_bodies: stats.problemBodies, checked_for_leaks: stats.checkedForLeaks, validated: stats.validated,
  documented_status: stats.documented, undocumented_status: stats.undocumented,
  latency_ms: { p50: percentile(stats.latencies, 50), p99: percentile(stats.latencies, 99), max: Math.round(Math.max(0, ...stats.latencies)) },
  warnings: stats.warnings, failure_counts: stats.failureCounts, failures: stats.failures,
};
if (missingPaths.length) stats.failureCounts[`document lacks ${missingPaths.join(', ')}`] = missingPaths.length;
summary.missing_from_document = missingPaths;
summary.passed = sent >= TARGET && Object.keys(stats.failureCounts).length === 0;

function undocumentedByStatus() {
  const by = {};
  for (const [k, n] of Object.entries(stats.undocumented)) {
    const [op, status] = k.split(' ');
    by[status] = by[status] || { answers: 0, ops: new Set() };
    by[status].answers += n;
    by[status].ops.add(op);
  }
  return Object.entries(by).map(([status, v]) => `${status} ×${v.answers} on ${v.ops.size} operation${v.ops.size > 1 ? 's' : ''}${v.ops.size <= 3 ? ` (${[...v.ops].join(', ')})` : ''}`).join('; ');
}

const lines = [
  `# Fuzz: ${sent} requests in ${summary.seconds} s (target ${TARGET}, seed ${summary.seed})`, '',
  `${ops.length} operations from the merged document; ${systematic.length} systematic cases (${parameterCases} parameter cases).`, '',
  `| check | count |`, `|---|---|`,
  `| 5xx | ${count5xx} |`, `| hangs (no answer within ${TIMEOUT} ms) | ${summary.hangs} |`, `| reset without an answer | ${summary.no_answer} |`,
  `| problem bodies checked (request id, schema, leaks) | ${stats.problemBodies} |`,
  `| answers validated against the document | ${stats.validated} |`,
  ...Object.entries(stats.failureCounts).map(([k, n]) => `| FAIL ${k} | ${n} |`), '',
  `Statuses: ${Object.entries(stats.byStatus).map(([s, n]) => `${s}: ${n}`).join(', ')}`, '',
  `Latency: p50 ${summary.latency_ms.p50} ms, p99 ${summary.latency_ms.p99} ms, max ${summary.latency_ms.max} ms`, '',
  `Warnings (reported, not failed): ${Object.entries(stats.warnings).map(([k, n]) => `${k} ×${n}`).join(', ') || 'none'}`, '',
  `Statuses the document does not list for the operation (reported, not failed): ${undocumentedByStatus() || 'none'}`, '',
  summary.passed ? '**PASS**' : '**FAIL**', '',
  ...stats.failures.slice(0, 60).map((f) => `- ${f.kind}: ${f.method} ${f.path.slice(0, 160)} → ${f.status} ${f.error || ''} (${f.category}) ${String(f.detail).slice(0, 200)}`),
];
writeReport(opts.out, 'fuzz', summary, lines.join('\n'));
console.log(`fuzz: ${sent} requests, ${count5xx} 5xx, ${summary.hangs} hangs, ${Object.values(stats.failureCounts).reduce((a, b) => a + b, 0)} failures in all: ${summary.passed ? 'PASS' : 'FAIL'}`);
for (const [k, n] of Object.entries(stats.failureCounts)) console.log(`  ${k}: ${n}`);
process.exit(summary.passed ? 0 : 1);
