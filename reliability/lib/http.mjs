// One HTTP exchange with a hard deadline, on loopback only. Every part of the harness sends its
// requests through send(), so that a hang, a reset and a malformed answer are told apart the same way.
import http from 'node:http';
import net from 'node:net';
import zlib from 'node:zlib';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/;

/** Refuses any base URL that is not on this machine's loopback. */
export function loopback(base) {
  const url = new URL(base);
  if (!LOOPBACK.test(url.hostname)) {
    throw new Error(`refusing to send traffic to ${url.hostname}: the harness targets loopback only`);
  }
  return url;
}

export function agent(maxSockets = 16) {
  return new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets, timeout: 30000 });
}

/**
 * Sends one request. path is sent as given (already percent-encoded). Resolves, never rejects, with
 * { status, headers, body (Buffer, decompressed), ms, error } where error is 'timeout', an errno
 * code or a parser error; status is 0 when no response head arrived.
 */
export function send(base, { method = 'GET', path = '/', headers = {}, body = null, timeoutMs = 15000,
  agent: useAgent = undefined, localAddress = undefined, decode = true } = {}) {
  const url = loopback(base);
  const started = process.hrtime.bigint();
  return new Promise((resolve) => {
    let done = false;
    const finish = (result) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve({ ms: Number(process.hrtime.bigint() - started) / 1e6, ...result });
    };
    let req;
    try {
      req = http.request({
        host: url.hostname, port: url.port || 80, method, path, headers, localAddress,
        agent: useAgent === undefined ? false : useAgent,
        insecureHTTPParser: false,
      });
    } catch (e) {
      // Node refuses some values before sending (a control character in a header, say): not a server fault.
      resolve({ status: -1, headers: {}, body: Buffer.alloc(0), ms: 0, error: `client-refused: ${e.code || e.message}` });
      return;
    }
    const timer = setTimeout(() => {
      finish({ status: 0, headers: {}, body: Buffer.alloc(0), error: 'timeout' });
      req.destroy();
    }, timeoutMs);
    req.on('response', (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        let raw = Buffer.concat(chunks);
        let error = null;
        const encoding = (res.headers['content-encoding'] || '').toLowerCase();
        try {
          if (!decode) { /* left as sent */ } else if (encoding === 'gzip') raw = zlib.gunzipSync(raw);
          else if (encoding === 'deflate') raw = zlib.inflateSync(raw);
          else if (encoding === 'br') raw = zlib.brotliDecompressSync(raw);
        } catch (e) {
          error = `bad-${encoding}: ${e.message}`;
        }
        finish({ status: res.statusCode, headers: res.headers, body: raw, error });
      });
      res.on('error', (e) => finish({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks),
        error: `body: ${e.code || e.message}` }));
      res.on('aborted', () => finish({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks),
        error: 'body: aborted' }));
    });
    req.on('error', (e) => {
      // A server may answer early (a 413) and close while a large body is still being written: the
      // answer counts, the EPIPE on our side does not. The response handler above has the answer.
      setTimeout(() => finish({ status: 0, headers: {}, body: Buffer.alloc(0), error: e.code || e.message }), 50);
    });
    if (body === null || body === undefined) req.end();
    else if (body.length <= 1 << 20) req.end(body);
    else writeAttentively(req, Buffer.isBuffer(body) ? body : Buffer.from(body));
  });
}

/**
 * Writes a large body in pieces, waiting for the socket to drain between them, and stops once an
 * answer has come: the way a careful client notices an early 413 instead of writing into a reset.
 */
function writeAttentively(req, body) {
  const CHUNK = 64 * 1024;
  let offset = 0;
  let answered = false;
  req.on('response', () => { answered = true; });
  req.on('error', () => { answered = true; });
  const pump = () => {
    while (!answered && offset < body.length) {
      const piece = body.subarray(offset, Math.min(body.length, offset + CHUNK));
      offset += piece.length;
      if (offset >= body.length) {
        req.end(piece);
        return;
      }
      if (!req.write(piece)) {
        req.once('drain', () => setImmediate(pump));
        return;
      }
    }
  };
  req.setHeader('Content-Length', body.length);
  pump();
}

/**
 * Sends raw bytes on a fresh socket and collects everything the server sends until it closes, or
 * until idleMs passes without a byte. For checks that Node's own client would hide (body framing).
 */
export function raw(base, bytes, { idleMs = 1500, firstByteMs = 5000, timeoutMs = 10000 } = {}) {
  const url = loopback(base);
  return new Promise((resolve) => {
    const chunks = [];
    const socket = net.connect({ host: url.hostname, port: Number(url.port || 80) });
    let idle;
    const end = (why) => {
      clearTimeout(idle);
      clearTimeout(hard);
      socket.destroy();
      resolve({ data: Buffer.concat(chunks), why });
    };
    const hard = setTimeout(() => end('timeout'), timeoutMs);
    const arm = (ms) => { clearTimeout(idle); idle = setTimeout(() => end('idle'), ms); };
    socket.on('connect', () => { socket.write(bytes); arm(firstByteMs); });
    socket.on('data', (c) => { chunks.push(c); arm(idleMs); });
    socket.on('end', () => end('closed'));
    socket.on('error', (e) => end(e.code || e.message));
  });
}

export function header(res, name) {
  const v = res.headers[name.toLowerCase()];
  return Array.isArray(v) ? v.join(', ') : v;
}

export function json(res) {
  try {
    return JSON.parse(res.body.toString('utf8'));
  } catch {
    return undefined;
  }
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
