#!/usr/bin/env node
// An instance killed under load: with two instances of each service behind the gateway, a steady
// read load runs while one instance of a service gets kill -9. Reported: the failed requests, the
// error window and the seconds until none fail; then the instance is started again (by up.sh) under
// the same load, and its return is measured too.
//
//   REL_UP='deploy/local/up.sh --instances 2' node reliability/faults/instance-kill.mjs --mode full
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { HOT_READS, steadyLoad, errorWindow } from '../lib/load.mjs';
import { instances, pidOnPort, kill9, up, waitFor, ready } from '../lib/system.mjs';
import { sleep } from '../lib/http.mjs';
import { writeReport } from '../lib/report.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const { values: opts } = parseArgs({
  options: {
    base: { type: 'string', default: 'http://127.0.0.1:8080' },
    rate: { type: 'string', default: '60' },
    mode: { type: 'string', default: 'full' },
    out: { type: 'string', default: '' },
  },
});
const BASE = opts.base;
const RATE = Number(opts.rate);
const full = opts.mode === 'full';
const BEFORE = full ? 10 : 4;
const AFTER = full ? 20 : 8;
const REJOIN = full ? 120 : 0; // at most; it ends 5 s after the instance is back in rotation
const LOG = path.join(HERE, '..', 'work', 'logs', 'instance-kill-up.log');

const byService = {
  indicators: HOT_READS.filter((p) => /indicators|observations|units/.test(p)),
  projects: HOT_READS.filter((p) => /projects|pledges/.test(p)),
};

const runs = [];
const targets = full ? ['indicators', 'projects'] : ['indicators'];
for (const service of targets) {
  const list = (await instances(BASE)).filter((i) => i.upstream === service);
  if (list.length < 2) {
    runs.push({ service, skipped: `${list.length} instance(s) behind the gateway; two are needed` });
    continue;
  }
  const victim = list[list.length - 1];
  const pid = pidOnPort(victim.port);
  // The service's own reads and the other service's, so that collateral damage shows as well.
  const paths = [...byService[service], ...byService[service === 'indicators' ? 'projects' : 'indicators']];
  const next = (i) => ({ path: paths[i % paths.length] });
  let killedAt = null;
  console.log(`faults: kill -9 ${service} instance ${victim.url} (pid ${pid}) after ${BEFORE} s of ${RATE} req/s`);
  const buckets = await steadyLoad(BASE, {
    rate: RATE, durationMs: (BEFORE + AFTER) * 1000, next,
    onTick: (ms) => {
      if (killedAt === null && ms >= BEFORE * 1000) {
        killedAt = ms;
        kill9(pid);
      }
    },
  });
  // A request is counted against the kill when it was sent at most one second before it: one sent
  // earlier and still unanswered at the kill would have been slow anyway, and there were none.
  const killSecond = Math.floor(killedAt / 1000);
  const window = errorWindow(buckets, Math.max(0, killSecond - 1));
  window.seconds_until_none_fail = window.last_failing_second === null ? 0 : window.last_failing_second + 1 - killSecond;
  const before = errorWindow(buckets.slice(0, Math.max(0, killSecond - 1)));

  // Full mode: start it again under the same load, until the gateway has it back in rotation and 5 s more.
  let upMs = null;
  let rejoinMs = null;
  let rejoin = [];
  if (REJOIN) {
    let restart = null;
    let backAt = null;
    let checking = false;
    rejoin = await steadyLoad(BASE, {
      rate: RATE, durationMs: REJOIN * 1000, next,
      onTick: (ms) => {
        if (!restart) restart = up(LOG).then((d) => { upMs = d; }, (e) => { console.log(`faults: ${e.message}`); });
        if (upMs !== null && backAt === null && !checking) {
          checking = true;
          instances(BASE).then((list) => {
            if (list.find((i) => i.url === victim.url && i.state === 'UP')) backAt = ms;
            checking = false;
          });
        }
      },
      stop: (ms) => backAt !== null && ms > backAt + 5000,
    });
    await restart;
    if (backAt !== null) rejoinMs = backAt - upMs;
  }
  const rejoinWindow = errorWindow(rejoin, 0);
  runs.push({
    service, victim: victim.url, pid, rate: RATE, killed_at_ms: killedAt, killed_at_second: killSecond,
    before_kill: before, after_kill: window,
    restart_ms: upMs, back_in_rotation_after_restart_ms: rejoinMs, rejoin: REJOIN ? rejoinWindow : null,
    seconds: buckets.map((b) => ({ s: b.second, sent: b.sent, failed: b.failed, errors: b.errors, p99: b.p99, samples: b.samples })),
    rejoin_seconds: rejoin.map((b) => ({ s: b.second, sent: b.sent, failed: b.failed, errors: b.errors, p99: b.p99, samples: b.samples })),
  });
  console.log(`faults: ${service}: ${window.failed} of ${window.requests} requests failed from the kill on; none failed from second ${window.seconds_until_none_fail} after it on${REJOIN ? `; restart ${upMs} ms, back in rotation ${rejoinMs} ms after, ${rejoinWindow.failed} failed while it rejoined` : ''}`);
  if (REJOIN) await waitFor('the gateway ready', () => ready(BASE), 30000);
  await sleep(1000);
}

const done = runs.filter((r) => !r.skipped);
// Bounded: the window closes within the run; with idempotent reads retried it should be near zero.
const passed = done.length > 0 && done.every((r) => r.before_kill.failed === 0 && r.after_kill.seconds_until_none_fail < AFTER - 2 && (!r.rejoin || (r.rejoin.failed === 0 && r.back_in_rotation_after_restart_ms !== null)));
const md = [
  `# Instance killed under load (${RATE} req/s, kill -9 of one of two instances)`, '',
  '| service | requests from the kill on | failed | error window | seconds until none fail | restart (up.sh) | back in rotation after | failed while it rejoined |',
  '|---|---|---|---|---|---|---|---|',
  ...runs.map((r) => (r.skipped ? `| ${r.service} | skipped: ${r.skipped} | | | | | | |`
    : `| ${r.service} | ${r.after_kill.requests} | ${r.after_kill.failed} | ${r.after_kill.first_failing_second === null ? 'none' : `s ${r.after_kill.first_failing_second}–${r.after_kill.last_failing_second} (kill at ${(r.killed_at_ms / 1000).toFixed(1)} s)`} | ${r.after_kill.seconds_until_none_fail} | ${r.rejoin ? (r.restart_ms === null ? 'failed' : `${(r.restart_ms / 1000).toFixed(1)} s`) : 'not in short mode'} | ${r.rejoin ? (r.back_in_rotation_after_restart_ms === null ? 'never' : `${(r.back_in_rotation_after_restart_ms / 1000).toFixed(1)} s`) : '-'} | ${r.rejoin ? `${r.rejoin.failed} of ${r.rejoin.requests}` : '-'} |`)),
  '', ...done.flatMap((r) => {
    const errs = {};
    for (const s of [...r.seconds, ...r.rejoin_seconds]) for (const [k, v] of Object.entries(s.errors)) errs[k] = (errs[k] || 0) + v;
    return [`${r.service}: failures by kind: ${Object.entries(errs).map(([k, v]) => `${k} ×${v}`).join(', ') || 'none'}.`];
  }),
  '', passed ? '**PASS**' : '**FAIL**',
];
writeReport(opts.out, 'instance-kill', { part: 'instance-kill', runs, passed }, md.join('\n'));
console.log(`faults: instance kill: ${passed ? 'PASS' : 'FAIL'}`);
process.exit(passed ? 0 : 1);
