"""Load generators: wrk for maximum throughput (closed loop), hey for a fixed request rate, and a
sequential client for single-request latency."""

import http.client
import json
import math
import os
import statistics
import subprocess
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
WRK_SCRIPT = os.path.join(HERE, "wrk_json.lua")


def wrk(url, seconds, threads, connections, timeout_s=10):
    """Maximum throughput with wrk: requests/s, latency percentiles (ms) and errors."""
    argv = ["wrk", "-t%d" % threads, "-c%d" % connections, "-d%ds" % seconds, "--timeout", "%ds" % timeout_s,
            "-s", WRK_SCRIPT, url]
    out = subprocess.run(argv, capture_output=True, text=True, timeout=seconds + 60)
    line = next((l for l in out.stdout.splitlines() if l.startswith("WRK_JSON ")), None)
    if line is None:
        raise RuntimeError("wrk printed no result (exit %d): %s %s" % (out.returncode, out.stdout[-500:],
                                                                      out.stderr[-500:]))
    raw = json.loads(line[len("WRK_JSON "):])
    seconds_run = raw["duration_us"] / 1e6
    socket_errors = sum(raw["socket_errors"].values())
    lat = raw["latency_us"]
    return {
        "tool": "wrk", "threads": threads, "connections": connections, "seconds": round(seconds_run, 2),
        "requests": raw["requests"], "rps": round(raw["requests"] / seconds_run, 1) if seconds_run else 0,
        # Successful (2xx) responses per second: what the ratios use, since fast errors are not throughput.
        "ok_rps": round(max(0, raw["requests"] - raw["non2xx"]) / seconds_run, 1) if seconds_run else 0,
        "mb_per_s": round(raw["bytes"] / seconds_run / 1e6, 2) if seconds_run else 0,
        "p50_ms": round(lat["p50"] / 1000, 3), "p90_ms": round(lat["p90"] / 1000, 3),
        "p99_ms": round(lat["p99"] / 1000, 3), "max_ms": round(lat["max"] / 1000, 3),
        "non2xx": raw["non2xx"], "socket_errors": raw["socket_errors"], "errors": raw["non2xx"] + socket_errors,
    }


def percentile(sorted_values, p):
    if not sorted_values:
        return None
    k = (len(sorted_values) - 1) * p / 100
    lo, hi = math.floor(k), math.ceil(k)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (k - lo)


def hey_fixed_rate(url, rate, seconds, workers):
    """A fixed offered rate with hey: workers each send rate/workers requests per second (hey -q),
    so the load does not back off when the server slows down as a closed-loop tool would. Latencies
    come from hey's per-request CSV; compression is off, as with wrk."""
    per_worker = max(rate / workers, 0.01)
    argv = ["hey", "-z", "%ds" % seconds, "-c", str(workers), "-q", "%.3f" % per_worker, "-t", "20",
            "-disable-compression", "-o", "csv", url]
    out = subprocess.run(argv, capture_output=True, text=True, timeout=seconds + 60)
    latencies, statuses = [], {}
    for line in out.stdout.splitlines()[1:]:
        fields = line.split(",")
        if len(fields) < 7:
            continue
        try:
            latencies.append(float(fields[0]) * 1000)
            statuses[fields[6]] = statuses.get(fields[6], 0) + 1
        except ValueError:
            continue
    if not latencies:
        raise RuntimeError("hey recorded no requests (exit %d): %s" % (out.returncode, out.stderr[-500:]))
    latencies.sort()
    non2xx = sum(n for code, n in statuses.items() if not code.startswith("2"))
    p50, p99 = percentile(latencies, 50), percentile(latencies, 99)
    return {
        "tool": "hey", "workers": workers, "offered_rps": round(rate, 1), "seconds": seconds,
        "requests": len(latencies), "achieved_rps": round(len(latencies) / seconds, 1),
        "p50_ms": round(p50, 3), "p99_ms": round(p99, 3), "max_ms": round(latencies[-1], 3),
        "p99_over_p50": round(p99 / p50, 2) if p50 else None, "non2xx": non2xx,
        # hey writes failed requests (socket errors, timeouts) to its summary, not to the CSV.
        "socket_errors": summary_errors(out.stderr + out.stdout),
    }


def summary_errors(text):
    count = 0
    in_errors = False
    for line in text.splitlines():
        if line.strip().startswith("Error distribution"):
            in_errors = True
            continue
        if in_errors and line.strip().startswith("["):
            try:
                count += int(line.strip()[1:].split("]")[0])
            except ValueError:
                pass
    return count


class Client:
    """Sequential keep-alive requests, timed from sending to the last byte of the body."""

    def __init__(self, port, timeout=600):
        self.port, self.timeout = port, timeout
        self.conn = None

    def get(self, path, headers=None):
        for attempt in (1, 2):
            if self.conn is None:
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout)
            try:
                t0 = time.perf_counter()
                self.conn.request("GET", path, headers=headers or {})
                response = self.conn.getresponse()
                body = response.read()
                took = time.perf_counter() - t0
                return response.status, dict((k.lower(), v) for k, v in response.getheaders()), body, took
            except (ConnectionError, http.client.HTTPException):
                self.conn.close()
                self.conn = None
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def close(self):
        if self.conn is not None:
            self.conn.close()


def with_param(path, name, value):
    parts = urllib.parse.urlsplit(path)
    query = [(k, v) for k, v in urllib.parse.parse_qsl(parts.query, keep_blank_values=True) if k != name]
    query.append((name, str(value)))
    return urllib.parse.urlunsplit(("", "", parts.path, urllib.parse.urlencode(query), ""))


def query_latency(port, path, cold, warm, default_limit=100):
    """Median latency of a query. The services cache each distinct request per data version, so
    'cold' varies limit (100, 99, 98 ... below the nominal one) to miss the cache every time, and
    'warm' repeats the nominal request."""
    client = Client(port)
    try:
        nominal = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(path).query)).get("limit")
        base_limit = int(nominal) if nominal else default_limit
        cold_ms, statuses = [], set()
        for k in range(cold):
            status, _, _, took = client.get(with_param(path, "limit", base_limit - 1 - k))
            statuses.add(status)
            cold_ms.append(took * 1000)
        warm_ms = []
        for _ in range(warm):
            status, _, body, took = client.get(path)
            statuses.add(status)
            warm_ms.append(took * 1000)
        return {"path": path, "cold_median_ms": round(statistics.median(cold_ms), 2) if cold_ms else None,
                "cold_max_ms": round(max(cold_ms), 2) if cold_ms else None,
                "warm_median_ms": round(statistics.median(warm_ms), 2) if warm_ms else None,
                "statuses": sorted(statuses), "bytes": len(body) if warm else None}
    finally:
        client.close()
