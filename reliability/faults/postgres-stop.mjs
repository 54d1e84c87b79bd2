#!/usr/bin/env node
// PostgreSQL stopped under load: the harness's own cluster (never the shared server on 5432) is stopped
// with pg_ctlcluster while reads flow through the gateway, then started again. Required: every
// service's readiness goes DOWN; every request is answered quickly, with a 503 problem with Retry-After
// (or still a 2xx from a cache), never a hang past the gateway's timeout; the services recover by
// themselves, without a restart. Reported: how fast readiness went down, latencies, time to recovery.
//
//   REL_PGVERSION=15 REL_PGCLUSTER=faults REL_PGPORT=5440 node reliability/faults/postgres-stop.mjs
import { parseArgs } from 'node:util';
import { steadyLoad, HOT_READS } from '../lib/load.mjs';
import { instances, pidOnPort, cluster, ready } from '../lib/system.mjs';
import { send, json, sleep } from '../lib/http.mjs';
import { percentile, writeReport } from '../lib/report.mjs';

const { values: opts } = parseArgs({
  options: {
    base: { type: 'string', default: 'http://127.0.0.1:8080' },
    rate: { type: 'string', default: '50' },
    mode: { type: 'string', default: 'full' },
    'gateway-timeout-ms': { type: 'string', default: '10000' },
    out: { type: 'string', default: '' },
  },
});
const BASE = opts.base;
const full = opts.mode === 'full';
const BEFORE = full ? 5 : 3;
const OUTAGE = full ? 20 : 6;
const AFTER = full ? 25 : 12;
const LIMIT_MS = Number(opts['gateway-timeout-ms']);

const list = await instances(BASE);
const pidsBefore = Object.fromEntries(list.map((i) => [i.url, pidOnPort(i.port)]));
// Hot reads, and reads no cache holds (a new limit each time), so that the database is really needed.
const next = (i) => (i % 2 === 0 ? { path: HOT_READS[(i / 2) % HOT_READS.length] }
  : { path: i % 4 === 1 ? `/api/v1/observations?limit=${1 + (i % 997)}` : `/api/v1/projects?limit=${1 + (i % 991)}` });

const results = [];
const events = {};
const readiness = [];
let stopAt = null;
let startAt = null;
let phase = 'before';
let polling = false;
let lastPoll = -1000;
let stoppedAt = null;
let startedAt = null;
const commands = [];
// Requests sent before the stop but answered after it was issued: on a loaded machine some are still in
// flight (seconds, at a p99 of several seconds) while pg_ctlcluster terminates connections, and are
// answered by the outage. They are judged as answers of the outage, not counted as failures before it.
const inFlightAtStop = [];
let failedBeforeStop = 0;
const start = Date.now();
const buckets = await steadyLoad(BASE, {
  rate: Number(opts.rate), durationMs: (BEFORE + OUTAGE + AFTER) * 1000, next, timeoutMs: LIMIT_MS + 5000,
  onAnswer: (a) => {
    if (stopAt === null || a.answeredMs < stopAt) failedBeforeStop += a.failed ? 1 : 0;
    else if (a.sentMs < stopAt) inFlightAtStop.push(a);
  },
  onTick: (ms) => {
    if (stopAt === null && ms >= BEFORE * 1000) {
      stopAt = Date.now() - start; // the moment the stop command is issued
      phase = 'outage';
      commands.push(cluster('stop').then((d) => { events.stop_command_ms = d; stoppedAt = Date.now() - start; }));
      console.log(`faults: stopping the PostgreSQL cluster at ${(ms / 1000).toFixed(1)} s`);
    } else if (startAt === null && ms >= (BEFORE + OUTAGE) * 1000) {
      startAt = ms;
      phase = 'recovery';
      commands.push(cluster('start').then((d) => { events.start_command_ms = d; startedAt = Date.now() - start; }));
      console.log(`faults: starting the PostgreSQL cluster at ${(ms / 1000).toFixed(1)} s`);
    }
    if (!polling && ms - lastPoll >= 500) {
      polling = true;
      lastPoll = ms;
      const row = { ms, phase, instances: {} };
      Promise.all(list.map(async (i) => {
        const res = await send(i.url, { path: '/q/health/ready', timeoutMs: 3000 });
        row.instances[i.url] = res.status === 200 ? 'UP' : res.status ? 'DOWN' : res.error;
      })).then(async () => {
        const g = await send(BASE, { path: '/q/health/ready', timeoutMs: 3000 });
        row.gateway = g.status === 200 ? 'UP' : 'DOWN';
        readiness.push(row);
        polling = false;
      });
    }
  },
});
await Promise.all(commands);
while (polling) await sleep(50);

// Every answer of the outage and recovery, judged; the load generator's buckets hold the per-second view.
const stopSecond = Math.floor(stopAt / 1000);
const startSecond = Math.floor(startAt / 1000);
const outage = buckets.slice(stopSecond, startSecond);
const recovery = buckets.slice(startSecond);
const firstDown = readiness.find((r) => r.ms >= stopAt && Object.values(r.instances).every((v) => v !== 'UP'));
const allUpAgain = readiness.find((r) => r.ms >= (startedAt ?? startAt) && Object.values(r.instances).every((v) => v === 'UP'));
const lastFailing = recovery.filter((b) => b.failed).at(-1);
const recoverySeconds = lastFailing ? lastFailing.second + 1 - startSecond : 0;
const statusesOutage = {};
for (const b of outage) for (const [s, n] of Object.entries(b.statuses)) statusesOutage[s] = (statusesOutage[s] || 0) + n;
// Sent before the stop (in a bucket before stopSecond) and answered after it: answers of the outage too.
const straddling = inFlightAtStop.filter((a) => Math.floor(a.sentMs / 1000) < stopSecond);
for (const a of straddling) statusesOutage[a.status] = (statusesOutage[a.status] || 0) + 1;
const worstOutageMs = Math.max(0, ...outage.map((b) => b.max), ...straddling.map((a) => a.answeredMs - a.sentMs));
const samples = [...straddling.filter((a) => a.failed), ...outage.flatMap((b) => b.samples || [])];
const badAnswers = samples.filter((s) => !(s.status === 503 && s.retryAfter && /problem\+json/.test(s.type || '')));
const pidsAfter = Object.fromEntries(list.map((i) => [i.url, pidOnPort(i.port)]));
const sameProcesses = list.every((i) => pidsAfter[i.url] === pidsBefore[i.url]);
const unexpected = Object.keys(statusesOutage).filter((s) => !(/^2/.test(s) || s === '304' || s === '503'));

const checks = [
  ['every service instance reports readiness DOWN during the outage', Boolean(firstDown), firstDown ? `all DOWN ${((firstDown.ms - stopAt) / 1000).toFixed(1)} s after the stop; gateway readiness ${firstDown.gateway}` : 'some instance stayed UP'],
  ['during the outage every answer is a 2xx (cached) or a 503, nothing else', unexpected.length === 0, `statuses ${JSON.stringify(statusesOutage)}`],
  ['every failing answer is a 503 problem+json with Retry-After', badAnswers.length === 0, badAnswers.length ? `${badAnswers.length} of ${samples.length} sampled: ${badAnswers.slice(0, 2).map((s) => `${s.status} ${s.type} Retry-After ${s.retryAfter}`).join('; ')}` : `${samples.length} sampled`],
  [`no request takes longer than the gateway's timeout (${LIMIT_MS} ms)`, worstOutageMs < LIMIT_MS, `slowest answer during the outage ${worstOutageMs} ms; per-second p99 up to ${Math.max(0, ...outage.map((b) => b.p99))} ms`],
  ['the services recover without a restart (same processes)', sameProcesses && Boolean(allUpAgain), `${allUpAgain ? `all instances ready ${((allUpAgain.ms - (startedAt ?? startAt)) / 1000).toFixed(1)} s after PostgreSQL had started` : 'not all ready again'}; pids ${sameProcesses ? 'unchanged' : 'changed'}`],
  ['after the restart of PostgreSQL, requests stop failing within 30 s', recoverySeconds < 30 && recovery.at(-1)?.failed === 0, `${recoverySeconds} s until none fail`],
  ['before the outage nothing fails (answered before the stop command was issued)', failedBeforeStop === 0, `${failedBeforeStop} failed; ${straddling.length} requests sent before the stop were answered after it was issued and are judged with the outage (${straddling.filter((a) => a.failed).length} of them failed)`],
].map(([name, ok, detail]) => ({ name, ok, detail }));
for (const c of checks) console.log(`faults: ${c.ok ? 'PASS' : 'FAIL'} ${c.name} (${c.detail})`);

const passed = checks.every((c) => c.ok);
const failedOutage = outage.reduce((a, b) => a + b.failed, 0);
const summary = {
  part: 'postgres-stop', rate: Number(opts.rate), outage_seconds: OUTAGE, events,
  readiness_down_after_ms: firstDown ? firstDown.ms - stopAt : null, ready_again_after_ms: allUpAgain ? allUpAgain.ms - (startedAt ?? startAt) : null,
  recovery_seconds: recoverySeconds, outage_requests: outage.reduce((a, b) => a + b.sent, 0) + straddling.length, outage_failed: failedOutage + straddling.filter((a) => a.failed).length,
  failed_before_stop: failedBeforeStop, in_flight_at_stop: straddling.length, stop_issued_ms: stopAt,
  statuses_outage: statusesOutage, worst_outage_ms: worstOutageMs, checks, passed,
  seconds: buckets.map((b) => ({ s: b.second, sent: b.sent, failed: b.failed, statuses: b.statuses, p99: b.p99, max: b.max })),
  readiness, samples: samples.slice(0, 10),
};
const md = [
  `# PostgreSQL stopped for ${OUTAGE} s under ${opts.rate} req/s`, '',
  `Readiness of every instance DOWN after ${summary.readiness_down_after_ms ?? '-'} ms; ready again ${summary.ready_again_after_ms ?? '-'} ms after PostgreSQL had started (pg_ctlcluster start took ${events.start_command_ms} ms); requests stopped failing after ${recoverySeconds} s. During the outage ${summary.outage_requests} requests: ${JSON.stringify(statusesOutage)}, slowest ${worstOutageMs} ms.`, '',
  '| check | result | detail |', '|---|---|---|',
  ...checks.map((c) => `| ${c.name} | ${c.ok ? 'PASS' : 'FAIL'} | ${String(c.detail).replace(/\|/g, '\\|')} |`),
  '', passed ? '**PASS**' : '**FAIL**',
];
writeReport(opts.out, 'postgres-stop', summary, md.join('\n'));
console.log(`faults: postgres stop: ${passed ? 'PASS' : 'FAIL'}`);
process.exit(passed ? 0 : 1);
