// The running system as the harness sees it: the gateway's instances, their processes, their
// memory, the throwaway PostgreSQL cluster, and the command that (re)starts what is missing.
import { execFile, execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { send, json, sleep } from './http.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The instance addresses up.sh started, in the order the gateway was given them (topology.env). */
export function topology() {
  const file = process.env.REL_TOPOLOGY || path.join(ROOT, 'deploy', 'local', 'run', 'topology.env');
  const out = {};
  if (!fs.existsSync(file)) return out;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = line.match(/^([A-Z]+)_URL=(.+)$/);
    if (m) out[m[1].toLowerCase()] = m[2].split(',').map((u) => u.trim()).filter(Boolean);
  }
  return out;
}

/**
 * The upstream instances the gateway balances over, with the state its readiness reports. The
 * readiness names an instance by its address ("indicators http://127.0.0.1:8081") or, where
 * addresses are kept internal, by its number ("indicators.instance-1"), matched to topology.env.
 */
export async function instances(gateway) {
  const res = await send(gateway, { path: '/q/health/ready', timeoutMs: 10000 });
  const body = json(res);
  const data = Object.assign({}, ...(body?.checks || []).map((c) => c.data || {}));
  const out = [];
  for (const [k, v] of Object.entries(data)) {
    const m = k.match(/^(\S+) (https?:\/\/[^\s]+)$/);
    if (m) out.push({ upstream: m[1], url: m[2], port: Number(new URL(m[2]).port), state: String(v) });
  }
  if (out.length) return out;
  const topo = topology();
  for (const [k, v] of Object.entries(data)) {
    const m = k.match(/^(\S+)\.instance-(\d+)$/);
    const url = m && topo[m[1]]?.[Number(m[2]) - 1];
    if (url) out.push({ upstream: m[1], url, port: Number(new URL(url).port), state: String(v) });
  }
  return out;
}

/** The pid of the process listening on a loopback TCP port, or null. */
export function pidOnPort(port) {
  const out = spawnSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' }).stdout || '';
  const m = out.match(/pid=(\d+)/);
  return m ? Number(m[1]) : null;
}

export function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** kill -9, then waits until the process is reaped: until then kill -0 still finds it, and up.sh would take it for running. */
export async function kill9(pid, { waitMs = 15000 } = {}) {
  process.kill(pid, 'SIGKILL');
  const start = Date.now();
  while (alive(pid) && Date.now() - start < waitMs) await sleep(20);
  return !alive(pid);
}

export async function waitFor(what, fn, timeoutMs, stepMs = 200) {
  const start = Date.now();
  for (;;) {
    const v = await fn();
    if (v) return { value: v, ms: Date.now() - start };
    if (Date.now() - start > timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await sleep(stepMs);
  }
}

export async function ready(base) {
  const res = await send(base, { path: '/q/health/ready', timeoutMs: 5000 });
  return res.status === 200 && json(res)?.status === 'UP';
}

/** Resident set size in bytes, from /proc. */
export function rss(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const m = status.match(/VmRSS:\s+(\d+) kB/);
  return m ? Number(m[1]) * 1024 : null;
}

/** Heap in use after a full collection: jcmd GC.run, then the heap figures of /q/metrics. */
export async function heapAfterGc(pid, base) {
  // Asynchronously, so that a load running meanwhile is not held up.
  const ok = await new Promise((resolve) => {
    execFile('jcmd', [String(pid), 'GC.run'], { timeout: 30000 }, (error) => resolve(!error));
  });
  if (!ok) return null;
  const res = await send(base, { path: '/q/metrics', headers: { Accept: 'text/plain' }, timeoutMs: 10000 });
  if (res.status !== 200) return null;
  let sum = 0;
  for (const line of res.body.toString('utf8').split('\n')) {
    if (line.startsWith('jvm_memory_used_bytes{') && /area="heap"/.test(line)) {
      sum += Number(line.trim().split(/\s+/).pop());
    }
  }
  return sum || null;
}

/** The processes of the system: the gateway and every instance behind it, with pid and base URL. */
export async function processes(gateway) {
  const list = [{ name: 'gateway', base: gateway, pid: pidOnPort(Number(new URL(gateway).port)) }];
  for (const i of await instances(gateway)) {
    list.push({ name: `${i.upstream}:${i.port}`, base: `http://127.0.0.1:${i.port}`, pid: pidOnPort(i.port) });
  }
  return list;
}

/**
 * Runs the command that starts what is missing of the system (deploy/local/up.sh, idempotent), without
 * blocking the event loop, so that a load keeps running meanwhile. Resolves with its duration in ms.
 */
export function up(logFile) {
  const command = process.env.REL_UP;
  if (!command) return Promise.reject(new Error('REL_UP (the command that starts the system) is not set'));
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', command], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => { output += d; });
    child.stderr.on('data', (d) => { output += d; });
    const timer = setTimeout(() => child.kill('SIGKILL'), 300000);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (logFile) fs.appendFileSync(logFile, `$ ${command}\n${output}\n`);
      if (code === 0) resolve(Date.now() - started);
      else reject(new Error(`${command} failed (${code}): ${output.slice(-600)}`));
    });
  });
}

/** psql as the postgres superuser on the harness's own cluster (peer authentication on its socket). */
export function psql(db, sql) {
  const port = process.env.REL_PGPORT || '5440';
  return execFileSync('runuser', ['-u', 'postgres', '--', 'psql', '-p', port, '-d', db, '-v', 'ON_ERROR_STOP=1', '-Atqc', sql],
    { encoding: 'utf8', cwd: '/', timeout: 30000, env: { ...process.env, PGHOST: '' } }).trim();
}

/** Stops or starts the harness's own cluster, without blocking. Refuses to touch any cluster on 5432. */
export function cluster(action) {
  const version = process.env.REL_PGVERSION;
  const name = process.env.REL_PGCLUSTER;
  if (!version || !name || !process.env.REL_PGPORT || process.env.REL_PGPORT === '5432') {
    return Promise.reject(new Error('no throwaway cluster configured (REL_PGVERSION, REL_PGCLUSTER, REL_PGPORT)'));
  }
  const args = ['--skip-systemctl-redirect', version, name, action];
  if (action === 'stop') args.push('-m', 'fast');
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn('pg_ctlcluster', args, { stdio: 'ignore' });
    child.on('close', (code) => (code === 0 ? resolve(Date.now() - started) : reject(new Error(`pg_ctlcluster ${action} failed (${code})`))));
  });
}
