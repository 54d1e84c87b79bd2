#!/usr/bin/env node
// A service killed in the middle of a large bulk import. The batch (tens of thousands of observations
// of indicators made for this run) is posted to one indicators-service instance; as soon as the
// import's statements show in pg_stat_activity, the instance gets kill -9. After its restart nothing
// of the batch may be visible (API and database), the data version must be unchanged, and the same
// import run again must complete with exact counts; a third run must change nothing.
//
//   REL_UP='deploy/local/up.sh' REL_PGPORT=5440 node reliability/faults/import-kill.mjs --mode full
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { send, json, header, sleep } from '../lib/http.mjs';
import { instances, pidOnPort, kill9, up, waitFor, ready, psql, alive } from '../lib/system.mjs';
import { writeReport } from '../lib/report.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const { values: opts } = parseArgs({
  options: {
    base: { type: 'string', default: 'http://127.0.0.1:8080' },
    'key-file': { type: 'string', default: 'deploy/local/run/api-key' },
    mode: { type: 'string', default: 'full' },
    rows: { type: 'string', default: '' },
    out: { type: 'string', default: '' },
  },
});
const BASE = opts.base;
const KEY = fs.readFileSync(opts['key-file'], 'utf8').trim();
const ROWS = Number(opts.rows || (opts.mode === 'full' ? 60000 : 15000));
const RUN = `REL_${Date.now().toString(36).toUpperCase()}`;
const LOG = path.join(HERE, '..', 'work', 'logs', 'import-kill-up.log');
const checks = [];
const check = (name, ok, detail) => {
  checks.push({ name, ok, detail });
  console.log(`faults: ${ok ? 'PASS' : 'FAIL'} ${name} (${detail})`);
};

// ---- the batch ---------------------------------------------------------------------------------------
const topics = json(await send(BASE, { path: '/api/v1/topics' }));
const topic = topics.items[0].code;
const periods = Array.from({ length: 152 }, (_, i) => String(1949 + i));
const nIndicators = Math.ceil(ROWS / (periods.length * 2));
const indicators = Array.from({ length: nIndicators }, (_, i) => ({
  code: `${RUN}_${i}`, topic, name_zh: `可靠性测试指标 ${i}`, name_en: `Reliability test indicator ${i}`,
  description_zh: '故障测试导入', description_en: 'Imported by the import-kill fault', unit: '亿元', measure: 'flow',
}));
const observations = [];
for (const ind of indicators) {
  for (const period of periods) {
    for (const kind of ['actual', 'target']) {
      if (observations.length >= ROWS) break;
      observations.push({ indicator: ind.code, region: '140802', period, kind, comparator: 'eq', value: observations.length + 1, unit: '亿元', source: '000_1861cacfb8655aea', quote: `reliability import-kill ${RUN}, row value ${observations.length + 1}` });
    }
  }
}
const body = Buffer.from(JSON.stringify({ indicators, observations }));
console.log(`faults: import of ${observations.length} observations of ${indicators.length} new indicators (${(body.length / 1048576).toFixed(1)} MiB)`);

const counts = () => ({
  batch_observations: Number(psql('indicators', `select count(*) from observation o join indicator i on i.id = o.indicator_id where i.code like '${RUN}\\_%'`)),
  batch_indicators: Number(psql('indicators', `select count(*) from indicator where code like '${RUN}\\_%'`)),
  all_observations: Number(psql('indicators', 'select count(*) from observation')),
  data_version: Number(psql('indicators', 'select version from data_version where id = 1')),
  // The batch's own record (a restarted instance records its start-up dataset load as a batch too).
  import_batches: Number(psql('indicators', `select count(*) from import_batch where row_count = ${ROWS}`)),
});
const etag = async (base) => header(await send(base, { path: '/api/v1/indicators' }), 'etag');
const post = (target) => send(target, { method: 'POST', path: '/api/v1/observations/import', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${KEY}` }, body, timeoutMs: 300000 });

const list = (await instances(BASE)).filter((i) => i.upstream === 'indicators');
const victim = list[0];
const pid = pidOnPort(victim.port);
const before = counts();
const etagBefore = await etag(victim.url);

// ---- 1. kill -9 while the import's transaction is open --------------------------------------------------
const started = Date.now();
let seen = null;
let answered = null;
const request = post(victim.url).then((res) => { answered = res; });
while (!answered && Date.now() - started < 120000) {
  const active = psql('indicators', `select count(*) || ' ' || coalesce(max(extract(epoch from now() - xact_start))::text, '') from pg_stat_activity where usename = 'indicators' and datname = 'indicators' and state <> 'idle' and xact_start is not null and query ilike '%insert%'`);
  const [n, age] = active.split(' ');
  if (Number(n) > 0) { seen = { statements: Number(n), transaction_age_s: Number(age) }; break; }
  await sleep(30);
}
// A little more, so that the transaction has written rows that a broken rollback would leave behind.
await sleep(400);
const killedAfterMs = Date.now() - started;
const finishedFirst = Boolean(answered);
if (!finishedFirst) await kill9(pid);
await request;
check('the instance was killed while the import ran (its INSERTs were seen in pg_stat_activity, no answer yet)', Boolean(seen) && !finishedFirst,
  finishedFirst ? `the import answered ${answered.status} before the kill: use more --rows` : `killed ${killedAfterMs} ms after the POST, ${seen?.statements} active INSERT(s), transaction ${seen?.transaction_age_s?.toFixed?.(2) ?? seen?.transaction_age_s} s old; client got ${answered?.status || answered?.error}`);

// The killed process's backends end when PostgreSQL notices the closed socket; wait for that.
await waitFor('the killed instance\'s backends to end', () => Number(psql('indicators', `select count(*) from pg_stat_activity where usename = 'indicators' and state <> 'idle' and query ilike '%insert%'`)) === 0, 60000, 200).catch(() => null);
const restartMs = await up(LOG);
await waitFor('the restarted instance ready', () => ready(victim.url), 120000, 250);
await waitFor('the gateway ready', () => ready(BASE), 60000, 250);
const afterKill = counts();
check('nothing of the batch is in the database after the kill', afterKill.batch_observations === 0 && afterKill.batch_indicators === 0,
  `${afterKill.batch_observations} observations, ${afterKill.batch_indicators} indicators of the batch`);
check('the data version is unchanged', afterKill.data_version === before.data_version, `${before.data_version} → ${afterKill.data_version}`);
check('no observation was lost or added', afterKill.all_observations === before.all_observations, `${before.all_observations} → ${afterKill.all_observations}`);
check('the killed import left no import_batch record', afterKill.import_batches === before.import_batches, `${before.import_batches} → ${afterKill.import_batches}`);
const visible = [];
for (const target of [BASE, ...list.map((i) => i.url)]) {
  const res = await send(target, { path: `/api/v1/indicators?q=${encodeURIComponent(RUN)}` });
  visible.push(`${target}: ${json(res)?.page?.total ?? json(res)?.items?.length ?? res.status}`);
}
check('nothing of the batch is visible through the API (gateway and every instance)', visible.every((v) => / 0$/.test(v)), visible.join(', '));
// The ETag starts with the data version (W/"<version>-<hash of the representation>"); the hash may
// differ between instances, so only the version part is compared, both read from the same instance.
const versionOf = (tag) => (tag || '').match(/^(?:W\/)?"(\d+)-/)?.[1];
const etagAfter = await etag(victim.url);
check('the read ETag carries the same data version', versionOf(etagAfter) === versionOf(etagBefore) && versionOf(etagBefore) !== undefined, `${etagBefore} → ${etagAfter}`);

// ---- 2. the same import again completes, with exact counts; 3. once more changes nothing ------------------
const t2 = Date.now();
const second = await post(victim.url);
const r2 = json(second) || {};
const afterSecond = counts();
check('the import run again completes with exact counts', second.status === 200 && r2.received === ROWS && r2.inserted === ROWS && r2.unchanged === 0 && afterSecond.batch_observations === ROWS && afterSecond.batch_indicators === nIndicators,
  `${second.status}: received ${r2.received}, inserted ${r2.inserted}, unchanged ${r2.unchanged}; database ${afterSecond.batch_observations} observations, ${afterSecond.batch_indicators} indicators; ${Date.now() - t2} ms`);
check('the data version moved on once', afterSecond.data_version === before.data_version + 1, `${before.data_version} → ${afterSecond.data_version}`);
check('the observations already there are all still there', afterSecond.all_observations === before.all_observations + ROWS, `${before.all_observations} + ${ROWS} = ${afterSecond.all_observations}`);
const third = await post(victim.url);
const r3 = json(third) || {};
const afterThird = counts();
check('a third run changes nothing (idempotent)', third.status === 200 && r3.inserted === 0 && afterThird.batch_observations === ROWS && afterThird.data_version === afterSecond.data_version,
  `${third.status}: inserted ${r3.inserted}, unchanged ${r3.unchanged}; data version ${afterThird.data_version}`);

const passed = checks.every((c) => c.ok);
const dataLost = before.all_observations + ROWS - afterSecond.all_observations;
const summary = { part: 'import-kill', rows: ROWS, indicators: nIndicators, body_mib: +(body.length / 1048576).toFixed(1), victim: victim.url, pid, killed_after_ms: killedAfterMs, seen, restart_ms: restartMs, before, after_kill: afterKill, after_second: afterSecond, after_third: afterThird, data_lost: dataLost, checks, passed };
const md = [
  `# Instance killed during a bulk import (${ROWS} observations, ${summary.body_mib} MiB)`, '',
  `kill -9 of ${victim.url} ${killedAfterMs} ms after the POST, while its INSERTs were running; restart by up.sh in ${(restartMs / 1000).toFixed(1)} s. Data lost: ${dataLost}.`, '',
  '| check | result | detail |', '|---|---|---|',
  ...checks.map((c) => `| ${c.name} | ${c.ok ? 'PASS' : 'FAIL'} | ${String(c.detail).replace(/\|/g, '\\|')} |`),
  '', passed ? '**PASS**' : '**FAIL**',
];
writeReport(opts.out, 'import-kill', summary, md.join('\n'));
console.log(`faults: import kill: ${passed ? 'PASS' : 'FAIL'}`);
process.exit(passed ? 0 : 1);
