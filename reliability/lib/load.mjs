// Steady load: requests sent at a fixed rate (open loop, so a slow server does not slow the
// arrivals), each result put into the one-second bucket it was sent in. A request fails when it gets
// no answer, a broken one, or a status that is not 2xx/304.
import { send, agent, header } from './http.mjs';
import { percentile } from './report.mjs';

export const HOT_READS = [
  '/api/v1/indicators/GDP/observations',
  '/api/v1/indicators',
  '/api/v1/projects?sector=energy',
  '/api/v1/search?q=%E5%85%89%E4%BC%8F',
  '/api/v1/observations?format=csv&limit=1000',
  '/api/v1/pledges?year=2024',
  '/api/v1/units',
  '/api/v1/projects/guangran-pv-150mw-phase1',
];

export const failed = (res) => res.status === 0 || Boolean(res.error) || !((res.status >= 200 && res.status < 300) || res.status === 304);

/** Per-second buckets of a load: bucket(t) for the second of elapsed ms t, count(b, r, res) for one answer. */
function secondBuckets() {
  const buckets = [];
  const bucket = (t) => {
    const s = Math.floor(t / 1000);
    while (buckets.length <= s) buckets.push({ second: buckets.length, sent: 0, ok: 0, failed: 0, statuses: {}, errors: {}, latencies: [], skipped: 0 });
    return buckets[s];
  };
  const count = (b, r, res) => {
    b.latencies.push(res.ms);
    b.statuses[res.status] = (b.statuses[res.status] || 0) + 1;
    if (failed(res)) {
      b.failed++;
      const why = res.error || String(res.status);
      b.errors[why] = (b.errors[why] || 0) + 1;
      if (!b.samples) b.samples = [];
      if (b.samples.length < 3) b.samples.push({ path: r.path, status: res.status, error: res.error, retryAfter: header(res, 'retry-after'), type: header(res, 'content-type'), body: res.body.toString('utf8').slice(0, 300) });
    } else b.ok++;
  };
  const summary = () => buckets.map((b) => ({ ...b, p50: percentile(b.latencies, 50), p99: percentile(b.latencies, 99), max: Math.round(Math.max(0, ...b.latencies)), latencies: undefined }));
  return { bucket, count, summary };
}

/**
 * Sends rate requests per second for durationMs. next(i) gives the i-th request ({ path, method,
 * headers, body }). Returns { buckets, results } with one bucket per second since the start.
 * onTick(elapsedMs) is called every 100 ms, for faults injected at a given moment; the load ends
 * early when stop(elapsedMs) returns true. onAnswer({ sentMs, answeredMs, path, status, error, failed,
 * retryAfter, type }) is called for every answer, for judging a request by when it was answered.
 */
export async function steadyLoad(base, { rate, durationMs, next, maxInFlight = 256, timeoutMs = 15000, onTick, stop, onAnswer }) {
  const pool = agent(maxInFlight);
  const start = Date.now();
  const { bucket, count, summary } = secondBuckets();
  let sent = 0;
  let inFlight = 0;
  const pending = new Set();
  let lastTick = 0;
  while (Date.now() - start < durationMs && !(stop && stop(Date.now() - start))) {
    const elapsed = Date.now() - start;
    if (onTick && elapsed - lastTick >= 100) {
      lastTick = elapsed;
      await onTick(elapsed);
    }
    const due = Math.floor((elapsed / 1000) * rate);
    while (sent < due) {
      const b = bucket(Date.now() - start);
      const i = sent++;
      if (inFlight >= maxInFlight) {
        b.skipped++;
        continue;
      }
      const r = next(i);
      inFlight++;
      b.sent++;
      const sentMs = Date.now() - start;
      const p = send(base, { timeoutMs, agent: pool, ...r }).then((res) => {
        inFlight--;
        if (onAnswer) {
          onAnswer({ sentMs, answeredMs: Date.now() - start, path: r.path, status: res.status, error: res.error, failed: failed(res),
            retryAfter: header(res, 'retry-after'), type: header(res, 'content-type'), body: res.body.toString('utf8').slice(0, 300) });
        }
        count(b, r, res);
        pending.delete(p);
      });
      pending.add(p);
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  await Promise.all(pending);
  pool.destroy();
  return summary();
}

/**
 * Closed-loop load for durationMs with per-second buckets (the shape steadyLoad returns) and a tick every 100 ms:
 * concurrency workers sending back to back, so that the client never falls behind a rate it cannot drive (a
 * stall of the system shows as fewer requests in its seconds, and in their latencies).
 */
export async function concurrencyLoad(base, { concurrency, durationMs, next, timeoutMs = 15000, onTick }) {
  const pool = agent(concurrency);
  const start = Date.now();
  const { bucket, count, summary } = secondBuckets();
  let i = 0;
  let ticking = true;
  const ticks = (async () => {
    while (ticking) {
      if (onTick) await onTick(Date.now() - start);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (Date.now() - start < durationMs) {
      const r = next(i++);
      const res = await send(base, { timeoutMs, agent: pool, ...r });
      const b = bucket(Date.now() - start);
      b.sent++;
      count(b, r, res);
    }
  }));
  ticking = false;
  await ticks;
  pool.destroy();
  return summary();
}

/** Closed-loop: concurrency workers sending back to back for durationMs; 2xx per second. */
export async function closedLoop(base, { concurrency, durationMs, next, timeoutMs = 15000 }) {
  const pool = agent(concurrency);
  const start = Date.now();
  let ok = 0;
  let bad = 0;
  let i = 0;
  const lat = [];
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (Date.now() - start < durationMs) {
      const res = await send(base, { timeoutMs, agent: pool, ...next(i++) });
      lat.push(res.ms);
      if (failed(res)) bad++;
      else ok++;
    }
  }));
  pool.destroy();
  const seconds = (Date.now() - start) / 1000;
  return { concurrency, ok, failed: bad, rps: Math.round(ok / seconds), p50: percentile(lat, 50), p99: percentile(lat, 99) };
}

/** The error window of a run: failures, first and last failing second, relative to a moment. */
export function errorWindow(buckets, fromSecond = 0) {
  const after = buckets.filter((b) => b.second >= fromSecond);
  const failing = after.filter((b) => b.failed > 0);
  return {
    requests: after.reduce((a, b) => a + b.sent, 0),
    failed: after.reduce((a, b) => a + b.failed, 0),
    first_failing_second: failing.length ? failing[0].second : null,
    last_failing_second: failing.length ? failing.at(-1).second : null,
    seconds_until_none_fail: failing.length ? failing.at(-1).second + 1 - fromSecond : 0,
  };
}
