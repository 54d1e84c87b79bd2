#!/usr/bin/env node
// Security checks against the running system, plus a second gateway of its own on port 8090 with the
// real (default) rate limits: keys on writes, key storage, rate limits per key and per address, CORS,
// security headers, body, URI and header limits, body framing of 304/HEAD, dependency audit.
//
//   node reliability/security.mjs --base http://127.0.0.1:8080 --key-file deploy/local/run/api-key
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { send, raw, header, json, sleep, agent } from './lib/http.mjs';
import { loadDocument, operations, deref } from './lib/openapi.mjs';
import { processes, instances, waitFor, ready, alive } from './lib/system.mjs';
import { leaks } from './lib/leaks.mjs';
import { writeReport } from './lib/report.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.dirname(HERE);
const { values: opts } = parseArgs({
  options: {
    base: { type: 'string', default: 'http://127.0.0.1:8080' },
    'key-file': { type: 'string', default: 'deploy/local/run/api-key' },
    'limits-port': { type: 'string', default: '8090' },
    out: { type: 'string', default: '' },
    mode: { type: 'string', default: 'full' },
    // Over the documented limits (a 4096-character target, 16 KB of header fields) and under the
    // codec's own (64 KB), which may answer in plain text.
    'uri-over': { type: 'string', default: '6000,10000,20000' },
    'header-over': { type: 'string', default: '20000,40000' },
  },
});
const BASE = opts.base;
const KEY = fs.readFileSync(opts['key-file'], 'utf8').trim();
const results = [];
const record = (area, check, ok, detail, info = false) => {
  results.push({ area, check, result: info ? 'INFO' : ok ? 'PASS' : 'FAIL', detail });
  console.log(`security: ${info ? 'INFO' : ok ? 'PASS' : 'FAIL'} ${area}: ${check}${detail ? ` (${String(detail).slice(0, 160)})` : ''}`);
};
const problemOk = (res) => (header(res, 'content-type') || '').startsWith('application/problem+json')
  && json(res)?.request_id && json(res).request_id === header(res, 'x-request-id');

const doc = await loadDocument(BASE);
const ops = operations(doc);
const writes = ops.filter((o) => o.requestBody);
const upstreams = await instances(BASE);

function example(op) {
  const [type, media] = Object.entries(op.requestBody.content).find(([t]) => t.includes('json'));
  return { type, body: JSON.stringify(media.example ?? Object.values(media.examples || {})[0]?.value ?? {}) };
}
const concrete = (op) => op.path.replace(/\{[^}]+\}/g, (m) => {
  const p = op.parameters.find((x) => `{${x.name}}` === m);
  return encodeURIComponent(String(p?.example ?? Object.values(p?.examples || {})[0]?.value ?? 'x'));
});

// ---- 1. writes need a valid key: 401 problem, at the gateway and at every service instance ----------------
const badKeys = { 'no key': null, 'wrong key': 'Bearer wrong-key-0123456789', 'empty bearer': 'Bearer ', basic: 'Basic dXNlcjpwYXNz', 'key plus a byte': `Bearer ${KEY}x` };
for (const op of writes) {
  const { type, body } = example(op);
  const targets = [['gateway', BASE], ...upstreams.filter((u) => op.path.startsWith('/api/v1/project') === (u.upstream === 'projects')).map((u) => [`${u.upstream}:${u.port}`, u.url])];
  for (const [where, base] of targets) {
    const bad = [];
    for (const [name, auth] of Object.entries(badKeys)) {
      const headers = { 'Content-Type': type, 'If-Match': '*' };
      if (auth) headers.Authorization = auth;
      const res = await send(base, { method: op.method, path: concrete(op), headers, body });
      if (res.status !== 401 || !(header(res, 'content-type') || '').startsWith('application/problem+json') || !header(res, 'www-authenticate')) bad.push(`${name}: ${res.status}`);
    }
    record('keys', `${op.method} ${op.path} at ${where}: 401 problem with WWW-Authenticate for no key or a bad one`, bad.length === 0, bad.join(', ') || `${Object.keys(badKeys).length} kinds of bad key`);
  }
}

// ---- 2. keys are stored only as hashes, and compared in constant time ------------------------------------
const procs = await processes(BASE);
const keyHash = crypto.createHash('sha256').update(KEY).digest('hex');
for (const p of procs) {
  if (!p.pid) { record('keys', `${p.name}: process found`, false, 'no pid on its port'); continue; }
  const environ = fs.readFileSync(`/proc/${p.pid}/environ`, 'utf8');
  const cmdline = fs.readFileSync(`/proc/${p.pid}/cmdline`, 'utf8');
  const rawKey = environ.includes(KEY) || cmdline.includes(KEY);
  record('keys', `${p.name} (pid ${p.pid}) holds only the key's SHA-256, never the key`, !rawKey && environ.includes(keyHash), rawKey ? 'the raw key is in its environment or command line' : 'API_KEY_HASHES carries the hash');
}
// The one comparison of key hashes is api-conventions' ApiKeyHashes; the services (ApiKeys) and the gateway
// (KnownApiKeys) must go through it and compare no hash themselves.
const HASHES = 'api-conventions/src/main/java/org/yanhu/opendata/api/security/ApiKeyHashes.java';
const readSource = (file) => (fs.existsSync(path.join(ROOT, file)) ? fs.readFileSync(path.join(ROOT, file), 'utf8') : '');
const hashes = readSource(HASHES);
record('keys', 'ApiKeyHashes.java compares hashes with MessageDigest.isEqual (constant time)', /MessageDigest\.isEqual/.test(hashes) && !/\.equals\(\s*hash/.test(hashes), hashes ? 'read from the source' : 'file not found');
for (const file of ['api-conventions/src/main/java/org/yanhu/opendata/api/security/ApiKeys.java', 'gateway/src/main/java/org/yanhu/opendata/gateway/ratelimit/KnownApiKeys.java']) {
  const src = readSource(file);
  record('keys', `${path.basename(file)} compares keys only through ApiKeyHashes`, /ApiKeyHashes\.parse/.test(src) && !/\.equals\(\s*hash|hash\w*\.equals\(/i.test(src), src ? 'read from the source' : 'file not found');
}

// ---- 3. rate limits, with the real limits, on a gateway of its own ---------------------------------------
const LPORT = Number(opts['limits-port']);
const LBASE = `http://127.0.0.1:${LPORT}`;
const pidFile = path.join(HERE, 'work', 'pids', 'security-gateway.pid');
const jar = path.join(ROOT, 'gateway', 'target', 'quarkus-app', 'quarkus-run.jar');
const env = { ...process.env, GATEWAY_PORT: String(LPORT), GATEWAY_PUBLIC_URL: `http://localhost:${LPORT}`,
  INDICATORS_URL: upstreams.filter((u) => u.upstream === 'indicators').map((u) => u.url).join(','),
  PROJECTS_URL: upstreams.filter((u) => u.upstream === 'projects').map((u) => u.url).join(','),
  API_KEY_HASHES: `local:${keyHash}` };
delete env.RATE_LIMIT_ANONYMOUS;
delete env.RATE_LIMIT_KEYED;
fs.mkdirSync(path.dirname(pidFile), { recursive: true });
const logFd = fs.openSync(path.join(HERE, 'work', 'logs', 'security-gateway.log'), 'w');
const gw = spawn('java', ['-Xmx256m', '-jar', jar], { env, stdio: ['ignore', logFd, logFd], detached: true });
fs.writeFileSync(pidFile, String(gw.pid));
try {
  await waitFor('the rate-limit gateway', () => ready(LBASE), 90000, 500);
  const probe = await send(LBASE, { path: '/api/v1/units' });
  const anonLimit = Number(header(probe, 'ratelimit-limit'));
  const keyed = await send(LBASE, { path: '/api/v1/units', headers: { Authorization: `Bearer ${KEY}` } });
  const keyedLimit = Number(header(keyed, 'ratelimit-limit'));
  record('rate limits', 'every response carries RateLimit-Limit, -Remaining, -Reset and -Policy',
    ['ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset', 'ratelimit-policy'].every((h) => header(probe, h) !== undefined),
    `anonymous ${header(probe, 'ratelimit-policy')}, keyed ${header(keyed, 'ratelimit-policy')}`);
  record('rate limits', 'the limits in force are the defaults (300/min per address, 3000/min per key)', anonLimit === 300 && keyedLimit === 3000, `anonymous ${anonLimit}, keyed ${keyedLimit}`);

  // Sends until the first 429, at most max requests, and checks the count against capacity plus refill.
  async function exhaust(label, headers, localAddress, capacity, perMinute) {
    const pool = agent(16);
    const started = Date.now();
    let allowed = 0;
    let sentCount = 0;
    let limited = null;
    const max = capacity * 3;
    await Promise.all(Array.from({ length: 16 }, async () => {
      while (!limited && sentCount < max) {
        sentCount++;
        // A path the gateway answers itself (404): the limiter runs before routing, and the count goes faster.
        const res = await send(LBASE, { path: '/api/v1/rate-limit-probe', headers, localAddress, agent: pool });
        if (res.status === 429) { limited = limited || res; } else if (res.status > 0) allowed++;
      }
    }));
    pool.destroy();
    const seconds = (Date.now() - started) / 1000;
    const ceiling = capacity + Math.ceil((perMinute / 60) * seconds) + 16;
    record('rate limits', `${label}: the first ${capacity} requests pass, then a 429`, limited && allowed >= capacity - 1 && allowed <= ceiling,
      `${allowed} allowed in ${seconds.toFixed(1)} s before the first 429 (capacity ${capacity}, at most ${ceiling} with refill)`);
    if (limited) {
      record('rate limits', `${label}: the 429 is a problem with Retry-After and the request id`, problemOk(limited) && Number(header(limited, 'retry-after')) >= 1,
        `Retry-After ${header(limited, 'retry-after')}, ${header(limited, 'content-type')}`);
    }
    return limited;
  }
  await exhaust('per address (anonymous, 127.0.0.1)', {}, '127.0.0.1', anonLimit || 300, anonLimit || 300);
  // At once, before the bucket refills (5 tokens a second at 300/min): a burst with a wrong key.
  const burst = await Promise.all(Array.from({ length: 20 }, () => send(LBASE, { path: '/api/v1/units', localAddress: '127.0.0.1', headers: { Authorization: 'Bearer not-a-key' } })));
  const burst429 = burst.filter((r) => r.status === 429).length;
  record('rate limits', 'a wrong key does not escape the address limit (a burst of 20 from the exhausted address)', burst429 >= 10, `${burst429} of 20 got a 429`);
  const other = await send(LBASE, { path: '/api/v1/units', localAddress: '127.0.0.2' });
  record('rate limits', 'another address (127.0.0.2) has a bucket of its own', other.status === 200, `${other.status}`);
  const withKey = await send(LBASE, { path: '/api/v1/units', localAddress: '127.0.0.1', headers: { Authorization: `Bearer ${KEY}` } });
  record('rate limits', 'a keyed caller on the exhausted address is counted by its key', withKey.status === 200, `${withKey.status}`);
  await exhaust('per key (valid key, from 127.0.0.3)', { Authorization: `Bearer ${KEY}` }, '127.0.0.3', keyedLimit || 3000, keyedLimit || 3000);
} catch (e) {
  record('rate limits', 'the gateway with the real limits starts and answers', false, e.message);
} finally {
  try { process.kill(-gw.pid, 'SIGTERM'); } catch { /* gone */ }
  for (let i = 0; i < 40 && alive(gw.pid); i++) await sleep(250);
  try { process.kill(-gw.pid, 'SIGKILL'); } catch { /* gone */ }
  fs.rmSync(pidFile, { force: true });
}

// ---- 4. CORS never allows credentials --------------------------------------------------------------------
const corsProbes = [
  ['GET', '/api/v1/indicators', { Origin: 'https://evil.example' }],
  ['GET', '/api/v1/indicators', { Origin: 'null' }],
  ['OPTIONS', '/api/v1/indicators', { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' }],
  ['OPTIONS', '/api/v1/observations/import', { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type' }],
  ['OPTIONS', '/api/v1/projects/guangran-pv-150mw-phase1', { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'PATCH' }],
  ['GET', '/api/v1/nope', { Origin: 'https://evil.example' }],
];
for (const [method, p, headers] of corsProbes) {
  const res = await send(BASE, { method, path: p, headers });
  const creds = header(res, 'access-control-allow-credentials');
  const acao = header(res, 'access-control-allow-origin');
  record('CORS', `${method} ${p} from ${headers.Origin}${headers['Access-Control-Request-Method'] ? ` (preflight ${headers['Access-Control-Request-Method']})` : ''}: no credentials`,
    creds !== 'true' && !(acao && acao !== '*' && creds === 'true'), `status ${res.status}, Allow-Origin ${acao ?? '-'}, Allow-Credentials ${creds ?? '-'}, Allow-Methods ${header(res, 'access-control-allow-methods') ?? '-'}`);
}

// ---- 5. security headers ---------------------------------------------------------------------------------
function cspAllows(csp, html, pageUrl) {
  // A small evaluation of the policy against what the page loads: enough to see that it still works.
  const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([n, ...v]) => [n.toLowerCase(), v]));
  const sources = (kind) => directives[kind] || directives['default-src'] || null;
  const problems = [];
  const allowsUrl = (list, url) => {
    if (!list) return true;
    const u = new URL(url, pageUrl);
    if (u.origin === new URL(pageUrl).origin && list.includes("'self'")) return true;
    return list.some((s) => s === '*' || (s.startsWith('http') && url.startsWith(s)) || s === `${u.protocol}` || (s === 'data:' && url.startsWith('data:')));
  };
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = m[1].match(/\bsrc\s*=\s*["']([^"']+)/i)?.[1];
    const list = sources('script-src');
    if (src) { if (!allowsUrl(list, src)) problems.push(`script ${src} blocked`); } else if (m[2].trim() && list && !list.some((s) => s === "'unsafe-inline'" || s.startsWith("'sha") || s.startsWith("'nonce-"))) problems.push('an inline script is blocked');
    else if (m[2].trim() && list && list.some((s) => s.startsWith("'sha256-"))) {
      const hash = `'sha256-${crypto.createHash('sha256').update(m[2]).digest('base64')}'`;
      if (!list.includes(hash) && !list.includes("'unsafe-inline'")) problems.push('an inline script does not match the policy\'s hashes');
    }
  }
  for (const m of html.matchAll(/<link\b[^>]*rel=["']stylesheet["'][^>]*href=["']([^"']+)/gi)) if (!allowsUrl(sources('style-src'), m[1])) problems.push(`style ${m[1]} blocked`);
  if (/<style\b/i.test(html) || /\sstyle=["']/i.test(html)) {
    const list = sources('style-src');
    if (list && !list.includes("'unsafe-inline'") && !list.some((s) => s.startsWith("'sha") || s.startsWith("'nonce-"))) problems.push('inline styles are blocked');
  }
  return problems;
}
const pages = [['/api/v1/indicators', false], ['/api/v1/nope', false], ['/q/openapi', false], ['/explorer/', true], ['/q/swagger-ui/', true]];
for (const [p, needsCsp] of pages) {
  const res = await send(BASE, { path: p });
  const server = header(res, 'server');
  const missing = [];
  if (header(res, 'x-content-type-options') !== 'nosniff') missing.push('X-Content-Type-Options: nosniff');
  if (!header(res, 'referrer-policy')) missing.push('Referrer-Policy');
  if (server && /\d/.test(server)) missing.push(`Server carries a version (${server})`);
  const csp = header(res, 'content-security-policy');
  if (needsCsp && !csp) missing.push('Content-Security-Policy');
  record('headers', `${p} (${res.status}): nosniff, Referrer-Policy, no Server version${needsCsp ? ', a CSP' : ''}`, missing.length === 0, missing.join('; ') || `Referrer-Policy ${header(res, 'referrer-policy')}${csp ? `; CSP ${csp}` : ''}`);
  if (needsCsp && csp) {
    const problems = cspAllows(csp, res.body.toString('utf8'), `${BASE}${p}`);
    // Swagger UI loads its scripts from the page: check the initializer too.
    record('headers', `${p}: the CSP still lets the page load its scripts and styles`, problems.length === 0, problems.join('; ') || 'every script and style of the page is allowed');
  }
}

// ---- 6. limits: 413 for bodies, 414 and 431 as problems -------------------------------------------------
const big = Buffer.alloc(25 * 1024 * 1024, 0x20);
big.write('{"observations":[', 0);
const routes = [...new Set(ops.map((o) => `${o.method} ${concrete(o)}`)), 'POST /api/v1/nope', 'PUT /api/v1/indicators'];
const not413 = [];
let count413 = 0;
for (const r of routes) {
  const [method, p] = r.split(' ');
  const res = await send(BASE, { method, path: p, headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${KEY}`, 'If-Match': '*' }, body: big, timeoutMs: 30000 });
  if (res.status === 413 && problemOk(res)) count413++;
  else not413.push(`${r}: ${res.status || res.error}${res.status === 413 ? ' (not a problem with the request id)' : ''}`);
}
record('limits', `a 25 MB body gets a 413 problem at the gateway, on every route (${routes.length})`, not413.length === 0, not413.length ? `${count413} of ${routes.length}; ${not413.slice(0, 6).join('; ')}` : `${count413} of ${routes.length}`);
{
  // A client that announces a huge body must get its 413 before it sends it.
  const started = Date.now();
  const r = await raw(BASE, Buffer.from(`POST /api/v1/observations/import HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAuthorization: Bearer ${KEY}\r\nContent-Length: 1073741824\r\n\r\n{"observations":[`), { idleMs: 3000, timeoutMs: 6000 });
  const head = r.data.toString('latin1').split('\r\n')[0];
  record('limits', 'a declared 1 GiB body is refused with a 413 before it is sent', /^HTTP\/1\.[01] 413/.test(head), `${head || r.why} after ${Date.now() - started} ms`);
}
for (const u of upstreams) {
  const op = writes.find((o) => o.path.endsWith('/import') && o.path.startsWith(u.upstream === 'projects' ? '/api/v1/projects' : '/api/v1/observations'));
  if (!op) continue;
  const res = await send(u.url, { method: 'POST', path: op.path, headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${KEY}` }, body: big, timeoutMs: 30000 });
  record('limits', `${op.path} at ${u.upstream}:${u.port}: a 25 MB import gets a 413 problem`, res.status === 413 && problemOk(res), `${res.status || res.error} ${header(res, 'content-type') || ''}`);
}
// Sizes well above any documented limit must be refused with a problem; the smaller ones are reported.
const uriOver = opts['uri-over'].split(',').map(Number);
const headerOver = opts['header-over'].split(',').map(Number);
for (const [where, base] of [['gateway', BASE], ...upstreams.map((u) => [`${u.upstream}:${u.port}`, u.url])]) {
  for (const n of [...new Set([...uriOver, 70000])]) {
    const res = await send(base, { path: `/api/v1/${where.startsWith('projects') ? 'projects' : 'indicators'}?q=${'a'.repeat(n)}` });
    const must = uriOver.includes(n);
    record('limits', `${where}: a ${n}-byte URI gets a 414 problem with the request id`, res.status === 414 && problemOk(res), `${res.status || res.error} ${header(res, 'content-type') || 'no content type'}`, !must);
  }
  for (const n of [...new Set([10000, ...headerOver, 70000])]) {
    const res = await send(base, { path: '/api/v1/units', headers: { 'X-Padding': 'p'.repeat(n) } });
    const must = headerOver.includes(n);
    record('limits', `${where}: a ${n}-byte header gets a 431 problem with the request id`, res.status === 431 && problemOk(res), `${res.status || res.error} ${header(res, 'content-type') || 'no content type'}`, !must);
  }
}
{
  const r = await raw(BASE, Buffer.from('GET /a b c HTTP/1.1\r\nHost: x\r\n\r\n'));
  record('limits', 'a malformed request line gets a 400 (the codec may answer it bare)', /^HTTP\/1\.[01] 400/.test(r.data.toString('latin1')), r.data.toString('latin1').split('\r\n')[0] || r.why, true);
}

// ---- 7. body framing: 304 and HEAD carry none, and the connection stays usable --------------------------
function parseHead(buf) {
  const text = buf.toString('latin1');
  const end = text.indexOf('\r\n\r\n');
  if (end < 0) return null;
  const [statusLine, ...lines] = text.slice(0, end).split('\r\n');
  const headers = {};
  for (const l of lines) { const i = l.indexOf(':'); headers[l.slice(0, i).trim().toLowerCase()] = l.slice(i + 1).trim(); }
  return { status: Number(statusLine.split(' ')[1]), headers, rest: buf.subarray(end + 4) };
}
async function framing(label, first, expectStatus) {
  // One keep-alive connection: the request under test, then an ordinary GET on the same socket.
  const second = 'GET /api/v1/units HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n';
  const one = await raw(BASE, Buffer.from(first), { idleMs: 800 });
  const h = parseHead(one.data);
  const problems = [];
  if (!h) problems.push(`no response head (${one.why})`);
  else {
    if (h.status !== expectStatus) problems.push(`status ${h.status}`);
    if (h.headers['transfer-encoding']) problems.push(`Transfer-Encoding: ${h.headers['transfer-encoding']}`);
    if (h.rest.length) problems.push(`${h.rest.length} bytes after the head`);
  }
  const both = await raw(BASE, Buffer.from(first + second), { idleMs: 1500 });
  const h1 = parseHead(both.data);
  const h2 = h1 ? parseHead(h1.rest) : null;
  if (!h2 || h2.status !== 200) problems.push(`the next request on the connection got ${h2 ? h2.status : 'no parseable answer'}`);
  record('framing', `${label}: no body framing, and the next request on the connection is served`, problems.length === 0, problems.join('; ') || `${h?.status}, then ${h2?.status}`);
}
{
  // Every instance's ETag in one If-None-Match, so that the 304 comes whichever instance answers.
  const tags = new Set();
  for (let i = 0; i < 6; i++) {
    const t = header(await send(BASE, { path: '/api/v1/indicators/GDP' }), 'etag');
    if (t) tags.add(t);
  }
  if (tags.size) await framing('a 304 through the gateway', `GET /api/v1/indicators/GDP HTTP/1.1\r\nHost: 127.0.0.1\r\nIf-None-Match: ${[...tags].join(', ')}\r\n\r\n`, 304);
  else record('framing', 'GET /api/v1/indicators/GDP carries an ETag', false, 'no ETag');
  await framing('a HEAD through the gateway', 'HEAD /api/v1/indicators HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n', 200);
  await framing('a HEAD of a proxied 404', 'HEAD /api/v1/indicators/NO_SUCH_CODE HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n', 404);
}

// ---- 7b. one representation, one ETag, whichever instance answers -------------------------------------
for (const p of ['/api/v1/indicators', '/api/v1/projects?sector=energy']) {
  const service = p.includes('project') ? 'projects' : 'indicators';
  const tags = [];
  for (const u of upstreams.filter((x) => x.upstream === service)) tags.push(header(await send(u.url, { path: p }), 'etag'));
  record('caching', `${p}: every ${service} instance gives the same ETag (a conditional GET works whichever answers)`, new Set(tags).size === 1, tags.join(' / '), true);
}

// ---- 8. error bodies never leak internals (the fuzzer checks every one it collects; these are the classics) --
for (const [p, h] of [['/api/v1/indicators/%00', {}], ['/api/v1/observations?limit=abc', {}], ['/api/v1/projects', { Accept: '' }],
  ['/api/v1/projects', { Accept: 'application/json;q=abc' }], ['/api/v1/sources/%27%20OR%201%3D1--', {}]]) {
  const res = await send(BASE, { path: p, headers: h });
  const found = res.status >= 400 ? leaks(res.body.toString('utf8'), [p, decodeURIComponent(p)]) : [];
  record('leaks', `GET ${p}${h.Accept !== undefined ? ` (Accept '${h.Accept}')` : ''}: no 5xx, and no internals in an error body`, res.status > 0 && res.status < 500 && found.length === 0, `${res.status}${found.length ? `: ${found.map((f) => `${f.rule} '${f.match}'`).join(', ')}` : ''}`);
}

// ---- 9. dependencies with known vulnerabilities -----------------------------------------------------------
for (const dir of ['reliability', 'gateway/src/test/openapi-lint', 'deploy']) {
  if (!fs.existsSync(path.join(ROOT, dir, 'package-lock.json'))) continue;
  const r = spawnSync('npm', ['audit', '--json', '--package-lock-only'], { cwd: path.join(ROOT, dir), encoding: 'utf8', timeout: 60000 });
  let report;
  try { report = JSON.parse(r.stdout); } catch { report = null; }
  const v = report?.metadata?.vulnerabilities;
  const audited = report?.metadata?.dependencies?.total;
  if (v && !report.error) record('dependencies', `npm audit of ${dir} (${audited} packages)`, (v.high || 0) + (v.critical || 0) === 0, `critical ${v.critical}, high ${v.high}, moderate ${v.moderate}, low ${v.low}`);
  else record('dependencies', `npm audit of ${dir}`, true, `not run: the registry did not answer the audit (${(report?.error?.summary || r.stderr || '').split('\n')[0].slice(0, 140)})`, true);
}
record('dependencies', 'Maven dependencies', true, 'no offline vulnerability database is available on this machine (OWASP dependency-check and OSV need the NVD/OSV feeds, which cannot be reached); see reliability/README.md', true);

// ---- report ------------------------------------------------------------------------------------------------
const failedChecks = results.filter((r) => r.result === 'FAIL');
const summary = { part: 'security', base: BASE, checks: results.length, failed: failedChecks.length, results, passed: failedChecks.length === 0 };
const md = [
  `# Security: ${results.length} checks, ${failedChecks.length} failed`, '',
  '| area | check | result | detail |', '|---|---|---|---|',
  ...results.map((r) => `| ${r.area} | ${r.check.replace(/\|/g, '\\|')} | ${r.result} | ${String(r.detail).replace(/\|/g, '\\|').slice(0, 300)} |`),
];
writeReport(opts.out, 'security', summary, md.join('\n'));
console.log(`security: ${results.length} checks, ${failedChecks.length} failed: ${summary.passed ? 'PASS' : 'FAIL'}`);
process.exit(summary.passed ? 0 : 1);
