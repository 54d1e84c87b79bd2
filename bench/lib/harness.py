#!/usr/bin/env python3
"""The benchmark: starts the services, the gateway and nginx on their own ports and databases,
runs the scenarios and writes bench/results/<timestamp>-<mode>.json and .md (and latest.md).

Run it through bench/run.sh, which installs the tools and stops whatever is left on exit.
"""

import argparse
import base64
import datetime
import hashlib
import http.client
import json
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time
import traceback
import urllib.parse

import loadgen
import procs
import report

BENCH = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROOT = os.path.dirname(BENCH)
WORK = os.path.join(BENCH, "work")
RESULTS = os.path.join(BENCH, "results")
GENERATOR = os.path.join(BENCH, "generator", "generate.py")

API_KEY = "bench-key"
SEARCH = "光伏"

# name, owning service, path at the service ("direct"), path at the gateway
HOT_READS = [
    ("indicator_observations", "indicators", "/api/v1/indicators/GDP/observations",
     "/api/v1/indicators/GDP/observations"),
    ("indicator_list", "indicators", "/api/v1/indicators", "/api/v1/indicators"),
    ("projects_by_sector", "projects", "/api/v1/projects?sector=energy", "/api/v1/projects?sector=energy"),
    ("search", "projects", "/api/v1/projects?q=" + urllib.parse.quote(SEARCH),
     "/api/v1/search?q=" + urllib.parse.quote(SEARCH)),
    ("observations_csv", "indicators", "/api/v1/observations?format=csv&limit=1000",
     "/api/v1/observations?format=csv&limit=1000"),
]

MODULES = {"indicators": "indicators-service", "projects": "projects-service", "gateway": "gateway"}

# The full dataset of the scale scenario; --scale <fraction> scales regions and projects.
FULL = {"regions": 3000, "indicators": 100, "periods": 30, "projects": 1_000_000}
SMOKE = {"regions": 30, "indicators": 10, "periods": 5, "projects": 1000}


def log(message):
    print("[bench %s] %s" % (time.strftime("%H:%M:%S"), message), file=sys.stderr, flush=True)


class Failure(Exception):
    pass


# --- setup ------------------------------------------------------------------------------------

def admin_psql(sql, db="postgres"):
    """psql as the administrator, the way deploy/local/db.sh connects."""
    host, port = os.environ.get("PGHOST", "127.0.0.1"), os.environ.get("PGPORT", "5432")
    admin = os.environ.get("PGADMIN_USER", "postgres")
    probe = subprocess.run(["psql", "-h", host, "-p", port, "-U", admin, "-d", db, "-Atqc", "select 1"],
                           capture_output=True)
    if probe.returncode == 0:
        argv = ["psql", "-h", host, "-p", port, "-U", admin, "-d", db]
    elif os.geteuid() == 0:
        argv = ["runuser", "-u", "postgres", "--", "psql", "-p", port, "-d", db]
    else:
        raise Failure("cannot connect to PostgreSQL as %s; set PGADMIN_USER or ~/.pgpass" % admin)
    out = subprocess.run(argv + ["-v", "ON_ERROR_STOP=1", "-Atq", "-c", sql], capture_output=True, text=True,
                         cwd="/")
    if out.returncode != 0:
        raise Failure("psql failed: %s" % out.stderr.strip())
    return out.stdout.strip()


def role_psql(role, db, args, timeout=3600):
    """psql as a service's role on its benchmark database (password = role name unless set)."""
    env = dict(os.environ, PGPASSWORD=os.environ.get(role.upper() + "_DB_PASSWORD", role))
    argv = ["psql", "-h", os.environ.get("PGHOST", "127.0.0.1"), "-p", os.environ.get("PGPORT", "5432"),
            "-U", role, "-d", db, "-v", "ON_ERROR_STOP=1", "-Atq"] + args
    out = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=timeout)
    if out.returncode != 0:
        raise Failure("psql as %s failed: %s" % (role, out.stderr.strip()))
    return out.stdout.strip()


def fresh_databases(names):
    """deploy/local/db.sh for the roles, then empty benchmark databases owned by them."""
    subprocess.run(["bash", os.path.join(ROOT, "deploy", "local", "db.sh")], check=True)
    for role, db in names.items():
        admin_psql('drop database if exists "%s" with (force)' % db)
        admin_psql('create database "%s" owner "%s" encoding \'UTF8\' template template0' % (db, role))
        log("database %s (owner %s) created empty" % (db, role))


def module_has_sources(module):
    return os.path.isdir(os.path.join(ROOT, module, "src", "main", "java"))


def snapshot_app(module, build):
    """Copies the module's quarkus-app into work/apps, so that a rebuild by someone else during the
    run does not change the jars under a running JVM. Builds the module when asked or when missing."""
    app = os.path.join(ROOT, module, "target", "quarkus-app")
    if build or not os.path.exists(os.path.join(app, "quarkus-run.jar")):
        if not module_has_sources(module):
            return None, "module %s has no sources yet" % module
        maven = [os.path.join(ROOT, "mvnw")]
        log("building %s (%s)" % (module, " ".join(maven)))
        out = subprocess.run(maven + ["-B", "-q", "-pl", module, "-am", "package", "-DskipTests"], cwd=ROOT,
                             capture_output=True, text=True)
        if out.returncode != 0 or not os.path.exists(os.path.join(app, "quarkus-run.jar")):
            return None, "build of %s failed: %s" % (module, (out.stdout + out.stderr)[-800:])
    target = os.path.join(WORK, "apps", module)
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(app, target)
    return os.path.join(target, "quarkus-run.jar"), None


def gateway_env(ports):
    """Env for the gateway: upstreams, and its rate limits raised far above what the benchmark sends.
    The names come from gateway/src/main/resources/application.properties: every ${ENV:default}
    there whose name mentions a rate limit gets a large value."""
    env = {"GATEWAY_PORT": str(ports["gateway"]), "INDICATORS_URL": "http://127.0.0.1:%d" % ports["indicators"],
           "PROJECTS_URL": "http://127.0.0.1:%d" % ports["projects"]}
    props = os.path.join(ROOT, "gateway", "src", "main", "resources", "application.properties")
    raised = {}
    if os.path.exists(props):
        with open(props, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line or line.startswith("#") or "=" not in line or line.startswith("%"):
                    continue
                key, value = [s.strip() for s in line.split("=", 1)]
                if not re.search(r"rate|limit|quota|burst", key, re.I) or re.search(r"body|size|header", key, re.I):
                    continue
                m = re.search(r"\$\{([A-Z0-9_]+):([^}]*)\}", value)
                if m and re.fullmatch(r"\d+", m.group(2)):
                    raised[m.group(1)] = "100000000"
                elif re.fullmatch(r"\d+", value):
                    # A plain property: MicroProfile Config also reads it from the upper-cased env name.
                    raised[re.sub(r"[^A-Za-z0-9]", "_", key).upper()] = "100000000"
    env.update(raised)
    return env, raised


# --- the run ----------------------------------------------------------------------------------

class Bench:
    def __init__(self, args):
        self.args = args
        scale = args.scale or ("smoke" if args.smoke else "full")
        self.mode = "smoke" if args.smoke else ("full" if scale == "full" else "scale-" + scale)
        self.ports = {"gateway": args.port_base, "indicators": args.port_base + 1,
                      "projects": args.port_base + 2, "nginx": args.port_base + 10}
        self.dbs = {"indicators": "indicators_bench", "projects": "projects_bench"}
        self.processes = {}
        self.jars = {}
        self.skipped = {}
        self.result = {"mode": self.mode, "scenarios": {}, "errors": []}
        self.key_hash = hashlib.sha256(API_KEY.encode()).hexdigest()
        if args.smoke:
            # One-second warm-up windows, so that the warm-up loop itself runs (and at most 3 s of it).
            self.duration, self.warmup, self.fixed_seconds = 1, 1, 2
            args.warm_max = min(args.warm_max, 3)
            self.settle, self.cold, self.warm = 1, 3, 5
        else:
            self.duration, self.warmup, self.fixed_seconds = args.duration, args.warmup, args.fixed_seconds
            self.settle, self.cold, self.warm = 10, 10, 30

    # processes

    def start(self, name):
        env = dict(os.environ)
        # The bench's own databases have no reader role granted, so the read-only datasource uses the owner
        # here: the same server, as locally, without the SELECT-only guarantee the services' tests check.
        if name == "indicators":
            env.update(INDICATORS_PORT=str(self.ports[name]), INDICATORS_DB_NAME=self.dbs[name],
                       INDICATORS_DB_READER_USER=os.environ.get("INDICATORS_DB_USER", "indicators"),
                       INDICATORS_DB_READER_PASSWORD=os.environ.get("INDICATORS_DB_PASSWORD", "indicators"),
                       API_KEY_HASHES="bench:" + self.key_hash)
        elif name == "projects":
            env.update(PROJECTS_PORT=str(self.ports[name]), PROJECTS_DB_NAME=self.dbs[name],
                       PROJECTS_DB_READER_USER=os.environ.get("PROJECTS_DB_USER", "projects"),
                       PROJECTS_DB_READER_PASSWORD=os.environ.get("PROJECTS_DB_PASSWORD", "projects"),
                       API_KEY_HASHES="bench:" + self.key_hash)
        else:
            gw, raised = gateway_env(self.ports)
            env.update(gw)
            self.result["gateway_env"] = gw
        await_free_port(self.ports[name])
        argv = ["java"] + self.args.jvm_opts.split() + ["-jar", self.jars[name]]
        log_path = os.path.join(WORK, "logs", name + ".log")
        for attempt in range(1, 7):
            process = procs.Process(name, argv, env, log_path, os.path.join(WORK, "pids"))
            self.processes[name] = process
            try:
                seconds = process.wait_ready(self.ports[name])
                break
            except RuntimeError:
                # Another program may hold the port for a moment (say, a process of an earlier run
                # still shutting down). Try again a few times before giving up.
                process.stop()
                with open(log_path, encoding="utf-8", errors="replace") as f:
                    busy = "seems to be in use" in f.read()[-20000:]
                if not busy or attempt == 6:
                    raise
                log("%s: port %d is held by another connection; retrying in 5 s" % (name, self.ports[name]))
                time.sleep(5)
        log("%s ready on port %d in %.2fs (pid %d)" % (name, self.ports[name], seconds, process.pid))
        return seconds

    def quiesce(self):
        procs.quiesce([p.pid for p in self.processes.values()], 3 if self.args.smoke else 30)

    def await_2xx(self, port, path, max_wait=30):
        """Seconds until path answers 2xx again (at most max_wait). The gateway may take an upstream
        out of rotation after a load generator drops its connections mid-request; each measurement
        starts once the path answers, and the wait is recorded."""
        t0 = time.monotonic()
        while time.monotonic() - t0 < max_wait:
            try:
                status, _, _ = procs.http_get(port, path, timeout=10)
                if 200 <= status < 300:
                    break
            except OSError:
                pass
            time.sleep(0.25)
        waited = round(time.monotonic() - t0, 2)
        if waited > 1:
            log("port %d %s answered 2xx again after %.1fs" % (port, path, waited))
        return waited

    def stop(self, name):
        process = self.processes.pop(name, None)
        if process:
            process.stop()

    def services(self):
        return [n for n in ("indicators", "projects", "gateway") if n in self.jars]

    # scenarios

    def scenario(self, name, fn):
        log("scenario %s" % name)
        t0 = time.monotonic()
        try:
            data = fn()
            data["seconds"] = round(time.monotonic() - t0, 1)
            self.result["scenarios"][name] = data
        except Exception as e:  # a scenario that fails to run is recorded, and fails a smoke run
            traceback.print_exc()
            self.result["scenarios"][name] = {"error": "%s: %s" % (type(e).__name__, e),
                                              "seconds": round(time.monotonic() - t0, 1)}
            self.result["errors"].append("%s: %s" % (name, e))

    def cost_start(self):
        """Start-to-ready and idle RSS. The first start runs Flyway and loads the dataset into an
        empty database; the restart finds both in place, as a redeploy would."""
        data = {"first_start_s": {}, "restart_s": {}, "idle_rss_mib": {}}
        for name in self.services():
            data["first_start_s"][name] = round(self.start(name), 2)
        if not self.args.smoke:
            for name in self.services():
                self.stop(name)
                data["restart_s"][name] = round(self.start(name), 2)
        time.sleep(self.settle)
        for name in self.services():
            data["idle_rss_mib"][name] = round(self.processes[name].rss_kib() / 1024, 1)
        return data

    def throughput(self):
        """Scenario 1: the same reads from nginx (static bytes), the service, and the gateway."""
        static_dir = os.path.join(WORK, "nginx", "html")
        base, conf = procs.nginx_config(WORK, self.ports["nginx"])
        rows = []
        for name, service, direct, via_gateway in HOT_READS:
            row = {"name": name, "service": service, "direct_path": direct, "gateway_path": via_gateway}
            if service not in self.jars:
                row["skipped"] = self.skipped.get(service, "not available")
                rows.append(row)
                continue
            status, headers, body = procs.http_get(self.ports[service], direct, timeout=60)
            ext = "csv" if "csv" in headers.get("content-type", "") else "json"
            with open(os.path.join(static_dir, "%s.%s" % (name, ext)), "wb") as out:
                out.write(body)
            row.update(direct_status=status, bytes=len(body), static_path="/%s.%s" % (name, ext))
            rows.append(row)
        await_free_port(self.ports["nginx"])
        nginx = procs.Process("nginx", ["nginx", "-p", base, "-c", conf, "-e", os.path.join(base, "logs", "error.log")],
                              dict(os.environ), os.path.join(WORK, "logs", "nginx.log"), os.path.join(WORK, "pids"))
        self.processes["nginx"] = nginx
        nginx.wait_ready(self.ports["nginx"], path="/" + rows[0].get("static_path", "/").lstrip("/"), timeout=20)

        pids = {n: p.pid for n, p in self.processes.items() if n != "nginx"}
        with procs.RssSampler(pids, interval=0.2) as sampler:
            for row in rows:
                if "skipped" in row:
                    continue
                targets = {"nginx": (self.ports["nginx"], row["static_path"]),
                           "direct": (self.ports[row["service"]], row["direct_path"])}
                if "gateway" in self.jars:
                    targets["gateway"] = (self.ports["gateway"], row["gateway_path"])
                else:
                    row["gateway_skipped"] = self.skipped.get("gateway", "not available")
                for path_name, (port, path) in targets.items():
                    url = "http://127.0.0.1:%d%s" % (port, path)
                    try:
                        self.quiesce()
                        waits = [self.await_2xx(port, path)]
                        warm = self.warm_until_stable(url) if self.warmup else None
                        if warm:
                            self.quiesce()
                            waits.append(self.await_2xx(port, path))
                        x = loadgen.wrk(url, self.duration, self.args.wrk_threads, self.args.connections)
                    except Exception as e:  # one path failing must not lose the others
                        row[path_name] = {"error": "%s: %s" % (type(e).__name__, e)}
                        self.result["errors"].append("throughput %s via %s: %s" % (row["name"], path_name, e))
                        continue
                    x["waited_for_2xx_s"] = waits
                    if warm:
                        x["warmup"] = warm
                        log("%-24s %-8s warmed %5.0f s in %d windows (%s): %s req/s" % (
                            row["name"], path_name, warm["seconds"], len(warm["windows_rps"]),
                            "stable" if warm["stable"] else "NOT stable", ", ".join("%.0f" % r for r in warm["windows_rps"])))
                    row[path_name] = x
                    log("%-24s %-8s %8.1f req/s (%8.1f 2xx) p50 %7.2fms p99 %7.2fms errors %d" % (
                        row["name"], path_name, x["rps"], x["ok_rps"], x["p50_ms"], x["p99_ms"], x["errors"]))
                for path_name, (port, path) in targets.items():
                    if path_name == "nginx" and self.args.smoke:
                        continue  # nginx is not part of the tail goal; smoke keeps to what is
                    if "ok_rps" not in row[path_name]:
                        continue
                    url = "http://127.0.0.1:%d%s" % (port, path)
                    rate = max(row[path_name]["ok_rps"] / 2, 1)
                    # Enough workers to keep up, few enough that each one's pace (workers/rate seconds
                    # between requests) leaves several requests per worker in the time given.
                    workers = max(1, min(self.args.connections, int(rate * self.fixed_seconds / 4)))
                    try:
                        self.quiesce()
                        waited = self.await_2xx(port, path)
                        h = loadgen.hey_fixed_rate(url, rate, self.fixed_seconds, workers)
                    except Exception as e:
                        row[path_name]["half_rate"] = {"error": "%s: %s" % (type(e).__name__, e)}
                        self.result["errors"].append("fixed rate %s via %s: %s" % (row["name"], path_name, e))
                        continue
                    h["waited_for_2xx_s"] = waited
                    row[path_name]["half_rate"] = h
                    log("%-24s %-8s at %7.1f req/s offered: %7.1f achieved, p50 %7.2fms p99 %7.2fms" % (
                        row["name"], path_name, h["offered_rps"], h["achieved_rps"], h["p50_ms"], h["p99_ms"]))
                direct, nginx, gateway = (row.get(p, {}).get("ok_rps") for p in ("direct", "nginx", "gateway"))
                if direct and nginx:
                    row["service_over_nginx"] = round(direct / nginx, 3)
                if direct and gateway is not None:
                    row["gateway_over_service"] = round(gateway / direct, 3)
                if gateway is not None and nginx:
                    row["gateway_over_nginx"] = round(gateway / nginx, 3)
        self.stop("nginx")
        load_rss = {name: sampler.peak_mib(name) for name in pids}
        self.result["scenarios"].setdefault("cost", {})["load_rss_mib"] = load_rss
        return {"wrk": {"threads": self.args.wrk_threads, "connections": self.args.connections,
                        "seconds": self.duration, "warmup_seconds": self.warmup,
                        "warmup_rule": "%ds windows until two agree within %.0f %%, at most %ds" % (
                            self.warmup, 100 * self.args.warm_tolerance, self.args.warm_max)},
                "fixed_rate": {"tool": "hey -q", "seconds": self.fixed_seconds,
                               "workers": "min(%d, rate x seconds / 4)" % self.args.connections},
                "reads": rows, "peak_rss_under_load_mib": load_rss}

    def warm_until_stable(self, url):
        """Warms a path with wrk windows until two consecutive windows agree within the tolerance
        (C2 has compiled the hot code by then), or until the maximum warm-up time. Returns the
        windows' 2xx/s, how long it took, and whether it became stable."""
        window, tolerance, most = self.warmup, self.args.warm_tolerance, self.args.warm_max
        windows, started = [], time.monotonic()
        while True:
            windows.append(loadgen.wrk(url, window, self.args.wrk_threads, self.args.connections)["ok_rps"])
            if len(windows) >= 2:
                a, b = windows[-2], windows[-1]
                if max(a, b) > 0 and abs(a - b) / max(a, b) <= tolerance:
                    return {"windows_rps": windows, "seconds": round(time.monotonic() - started, 1),
                            "stable": True, "tolerance": tolerance, "window_seconds": window}
            if time.monotonic() - started + window > most:
                return {"windows_rps": windows, "seconds": round(time.monotonic() - started, 1),
                        "stable": False, "tolerance": tolerance, "window_seconds": window}

    # scenario 2

    def scale_queries(self):
        queries = []
        for name, service, direct, via_gateway in HOT_READS:
            if service not in self.jars:
                continue
            if name == "search" and "gateway" in self.jars:
                queries.append((name + "_gateway", "gateway", via_gateway))
            queries.append((name, service, direct))
            if name == "search" and "indicators" in self.jars:
                # The gateway's search also asks the indicators service; time its q= list too.
                queries.append(("search_indicators", "indicators", "/api/v1/indicators?q=" + urllib.parse.quote(SEARCH)))
        out = {}
        for name, service, path in queries:
            out[name] = loadgen.query_latency(self.ports[service], path, self.cold, self.warm,
                                              default_limit=1000 if "limit=1000" in path else 100)
        return out

    def scale(self):
        """Each step records its own result or error, so that one failure keeps the others."""
        data = {"target": self.target, "scale": self.args.scale}

        def step(name, fn):
            try:
                data[name] = fn()
            except Exception as e:
                traceback.print_exc()
                data[name] = {"error": "%s: %s" % (type(e).__name__, e)}
                self.result["errors"].append("scale %s: %s" % (name, e))

        step("seed_queries", self.scale_queries)
        budget = self.args.import_budget
        t0 = time.monotonic()
        if "indicators" in self.jars:
            step("observations_import", lambda: self.generate(
                ["observations", "--url", "http://127.0.0.1:%d" % self.ports["indicators"],
                 "--regions", str(self.target["regions"]), "--indicators", str(self.target["indicators"]),
                 "--periods", str(self.target["periods"]), "--batch", str(self.args.batch),
                 "--budget", str(budget * (0.7 if "projects" in self.jars else 1.0))], "observations"))
            step("observations_copy", lambda: self.raw_copy_observations(data["observations_import"]))
        if "projects" in self.jars:
            step("projects_import", lambda: self.generate(
                ["projects", "--url", "http://127.0.0.1:%d" % self.ports["projects"],
                 "--count", str(self.target["projects"]), "--batch", str(self.args.project_batch),
                 "--budget", str(max(budget * 0.1, budget - (time.monotonic() - t0)))], "projects"))
            step("projects_copy", lambda: self.raw_copy_projects(data["projects_import"]))
        step("scaled_queries", self.scale_queries)
        if "indicators" in self.jars:
            imported = data.get("observations_import") or {}
            step("stream_export", lambda: self.stream_export(imported))
            step("paging", self.deep_paging)
            step("paged_export", self.paged_walk)
        return data

    def generate(self, argv, label):
        stats_path = os.path.join(WORK, "%s-import.json" % label)
        if os.path.exists(stats_path):
            os.remove(stats_path)
        service = "indicators" if label == "observations" else "projects"
        with procs.RssSampler({service: self.processes[service].pid}, interval=0.5) as sampler, \
                open(os.path.join(WORK, "logs", label + "-import.log"), "w") as err:
            out = subprocess.run([sys.executable, GENERATOR] + argv + ["--key", API_KEY, "--stats-out", stats_path],
                                 stdout=subprocess.DEVNULL, stderr=err)
        if not os.path.exists(stats_path):
            raise Failure("the %s generator exited with %d and no summary; see work/logs/%s-import.log" % (
                label, out.returncode, label))
        with open(stats_path) as f:
            stats = json.load(f)
        sizes = stats.pop("batch_sizes", [])
        secs = stats.pop("batch_seconds", [])
        if secs:
            per_row = [s / n for s, n in zip(secs, sizes) if n]
            stats["first_batch_rows_per_s"] = round(1 / per_row[0], 1) if per_row[0] else None
            stats["last_batch_rows_per_s"] = round(1 / per_row[-1], 1) if per_row[-1] else None
        if stats.get("wall_seconds"):
            stats["rows_per_second_wall"] = round(stats["rows_sent"] / stats["wall_seconds"], 1)
        stats["service_peak_rss_mib"] = sampler.peak_mib(service)
        log("%s import: %s rows in %ss (%s rows/s), fraction %s%s" % (
            label, stats.get("rows_sent"), stats.get("wall_seconds"), stats.get("rows_per_second"),
            stats.get("fraction_of_target"), ", ERROR " + stats["error"] if stats.get("error") else ""))
        if out.returncode != 0 and stats.get("error"):
            raise Failure("%s import failed: %s" % (label, stats["error"][:300]))
        return stats

    def raw_copy(self, role, imported, tables, unit):
        """The same rows, in the tables' own shape, COPYed into scratch tables created LIKE the real
        ones INCLUDING ALL (same columns, checks and indexes; no foreign keys). tables: (table, the
        select that exports the imported rows, given the row cap). Only the COPY in is timed."""
        rows = min(imported.get("rows_sent", 0), self.args.copy_cap)
        if rows == 0:
            return {"skipped": "nothing imported"}
        db = self.dbs[role]
        seconds, size, per_table = 0.0, 0, {}
        for table, select in tables:
            path = os.path.join(WORK, "copy-%s.tsv" % table)
            scratch = "bench_copy_" + table
            role_psql(role, db, ["-c", "\\copy (%s) to '%s'" % (select % {"rows": rows}, path)])
            role_psql(role, db, ["-c", "drop table if exists %s; create table %s (like %s including all)" % (
                scratch, scratch, table)])
            t0 = time.perf_counter()
            role_psql(role, db, ["-c", "\\copy %s from '%s'" % (scratch, path)])
            took = time.perf_counter() - t0
            seconds += took
            size += os.path.getsize(path)
            role_psql(role, db, ["-c", "drop table %s" % scratch])
            with open(path, "rb") as f:
                per_table[table] = {"rows": sum(1 for _ in f), "seconds": round(took, 3)}
            os.remove(path)
        result = {"unit": unit, "rows": rows, "tables": per_table, "seconds": round(seconds, 3),
                  "rows_per_second": round(rows / seconds, 1), "file_mib": round(size / 2**20, 1)}
        if imported.get("rows_per_second_wall"):
            result["import_over_copy"] = round(imported["rows_per_second_wall"] / result["rows_per_second"], 4)
        log("raw COPY: %d %s in %.2fs (%.0f/s)" % (rows, unit, seconds, rows / seconds))
        return result

    def raw_copy_observations(self, imported):
        return self.raw_copy("indicators", imported, [
            ("observation", "select * from observation where source_id = 'bench-synthetic' order by id "
                            "limit %(rows)d")], "observations")

    def raw_copy_projects(self, imported):
        first = "select id from project where slug like 'bench-%%' order by id limit %(rows)d"
        return self.raw_copy("projects", imported, [
            ("project", "select * from project where id in (" + first + ") order by id"),
            ("project_release", "select * from project_release where project_id in (" + first + ") order by id"),
            ("project_metric", "select * from project_metric where project_id in (" + first + ") order by id")],
            "projects (with their releases and metrics)")

    def rss_summary(self, sampler, name, before_kib):
        samples = sampler.samples[name]
        quarter = max(1, len(samples) // 4)
        early = max(k for _, k in samples[:quarter]) / 1024 if samples else None
        late = max(k for _, k in samples[-quarter:]) / 1024 if samples else None
        return {"rss_before_mib": round(before_kib / 1024, 1), "rss_peak_mib": sampler.peak_mib(name),
                "rss_first_quarter_peak_mib": round(early, 1) if early else None,
                "rss_last_quarter_peak_mib": round(late, 1) if late else None, "rss_samples": len(samples)}

    def stream_export(self, imported):
        """GET /api/v1/observations/export (one CSV stream, when the service has it) narrowed to as
        many synthetic indicators as make up --export-rows rows, read to the end while VmRSS of the
        service is sampled every 100 ms."""
        port, service = self.ports["indicators"], self.processes["indicators"]
        status, _, _ = procs.http_get(port, "/api/v1/observations/export?indicator=GDP", timeout=60)
        if status == 404:
            return None
        periods, indicators = self.target["periods"], self.target["indicators"]
        regions_done = -(-imported.get("rows_sent", 0) // (indicators * periods)) if imported else 0
        per_indicator = max(1, regions_done * periods)
        count = min(indicators, -(-self.args.export_rows // per_indicator))
        codes = ",".join("BENCH_IND_%03d" % (i + 1) for i in range(count)) if regions_done else None
        path = "/api/v1/observations/export" + ("?indicator=" + codes if codes else "")
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
        rows, size, first_byte = -1, 0, None
        with procs.RssSampler({"indicators": service.pid}, interval=0.1) as sampler:
            before = service.rss_kib()
            t0 = time.perf_counter()
            conn.request("GET", path)
            response = conn.getresponse()
            while True:
                chunk = response.read(65536)
                if not chunk:
                    break
                if first_byte is None:
                    first_byte = time.perf_counter() - t0
                rows += chunk.count(b"\n")
                size += len(chunk)
            seconds = time.perf_counter() - t0
        conn.close()
        if response.status != 200:
            raise Failure("export: HTTP %d" % response.status)
        result = {"path": "/api/v1/observations/export?indicator=<%d synthetic indicators>" % count if codes else path,
                  "rows": rows, "mib": round(size / 2**20, 1), "seconds": round(seconds, 2),
                  "first_byte_ms": round((first_byte or 0) * 1000, 1),
                  "rows_per_second": round(rows / seconds, 1) if seconds else None}
        result.update(self.rss_summary(sampler, "indicators", before))
        log("stream export: %d rows (%.0f MiB) in %.1fs, RSS %s -> peak %s MiB" % (
            rows, size / 2**20, seconds, result["rss_before_mib"], result["rss_peak_mib"]))
        return result

    def paged_walk(self):
        """Walks the CSV list page by page (limit=1000, the maximum, following Link: rel=next) for up
        to --export-rows rows, sampling VmRSS. A failure is recorded, not raised: it is a finding."""
        port, service = self.ports["indicators"], self.processes["indicators"]
        client = loadgen.Client(port)
        path = "/api/v1/observations?format=csv&limit=1000"
        page_times, rows, pages, error = [], 0, 0, None
        with procs.RssSampler({"indicators": service.pid}, interval=0.1) as sampler:
            before = service.rss_kib()
            t0 = time.perf_counter()
            next_path = path
            while next_path and rows < self.args.export_rows:
                status, headers, body, took = client.get(next_path)
                if status != 200:
                    error = "page %d: HTTP %d %s" % (pages + 1, status, body[:300].decode("utf-8", "replace"))
                    break
                pages += 1
                page_times.append(took)
                rows += body.count(b"\n") - 1
                next_path = next_link(headers.get("link"))
            seconds = time.perf_counter() - t0
        client.close()
        walk = {"path": path, "pages": pages, "rows": rows, "seconds": round(seconds, 2), "error": error,
                "rows_per_second": round(rows / seconds, 1) if seconds else None,
                "first_page_ms": round(page_times[0] * 1000, 1) if page_times else None,
                "last_page_ms": round(page_times[-1] * 1000, 1) if page_times else None,
                "median_page_ms": round(statistics.median(page_times) * 1000, 1) if page_times else None}
        walk.update(self.rss_summary(sampler, "indicators", before))
        log("paged walk: %d rows in %d pages, %.1fs, RSS %s -> peak %s MiB%s" % (
            rows, pages, seconds, walk["rss_before_mib"], walk["rss_peak_mib"], ", FAILED " + error if error else ""))
        return walk

    def deep_paging(self):
        """Page 1 against page 10,000 at limit=100 (rows 999,901 to 1,000,000), both timed cold and
        warm. The cursor of the deep page is built from the database in the format the API's own
        cursors have (checked against the cursor of page 1), because walking 10,000 pages fills the
        service's page cache; the cost of a walk is measured separately (paged_export). With fewer
        rows the last page stands in for page 10,000."""
        port, page_size, deep_page = self.ports["indicators"], 100, 10000
        db = self.dbs["indicators"]
        order = "indicator_id, period_start, period_end, kind, id"
        available = int(role_psql("indicators", db, ["-c", "select count(*) from observation where is_current"]))
        if available <= (deep_page - 1) * page_size:
            deep_page = max(1, -(-available // page_size))
        deep_offset = (deep_page - 1) * page_size
        status, _, body = procs.http_get(port, "/api/v1/observations?limit=%d" % page_size, timeout=120)
        first_next = json.loads(body)["page"]["next"] if status == 200 else None
        cursor, source = None, None
        if deep_offset and first_next:
            keyset = lambda offset: role_psql("indicators", db, ["-F", "\t", "-c",
                                              "select %s from observation where is_current order by %s offset %d "
                                              "limit 1" % (order, order, offset)]).split("\t")
            try:
                seen = json.loads(base64.urlsafe_b64decode(first_next + "=" * (-len(first_next) % 4)))
            except ValueError:
                seen = None
            if seen == keyset(page_size - 1):
                cursor = base64.urlsafe_b64encode(json.dumps(keyset(deep_offset - 1), separators=(",", ":"))
                                                  .encode()).decode().rstrip("=")
                source = "built from the database in the format of the API's cursors"
            else:
                raise Failure("the API's cursor format is not [%s] any more; cannot build page %d's cursor" % (
                    order, deep_page))
        first = loadgen.query_latency(port, "/api/v1/observations?limit=%d" % page_size, self.cold, self.warm)
        deep = first if cursor is None else loadgen.query_latency(
            port, "/api/v1/observations?limit=%d&cursor=%s" % (page_size, cursor), self.cold, self.warm)
        if deep["statuses"] != [200]:
            raise Failure("page %d answered %s" % (deep_page, deep["statuses"]))
        paging = {"page_size": page_size, "deep_page": deep_page, "rows_before_deep_page": deep_offset,
                  "rows_available": available, "cursor": source, "page_1": first, "deep": deep}
        if first["cold_median_ms"]:
            paging["deep_over_first"] = round(deep["cold_median_ms"] / first["cold_median_ms"], 2)
        log("paging: page 1 %sms, page %d %sms" % (first["cold_median_ms"], deep_page, deep["cold_median_ms"]))
        return paging

    # main

    def machine(self):
        def sh(cmd):
            return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout.strip()
        return {
            "nproc": os.cpu_count(),
            "cpu_model": sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2").strip(),
            "memory_gib": round(int(sh("grep MemTotal /proc/meminfo").split()[1]) / 2**20, 1),
            "free_g": sh("free -g"),
            "kernel": platform.release(),
            "os": sh(". /etc/os-release && echo $PRETTY_NAME"),
            "java": sh("java -version 2>&1 | head -1"),
            "postgres": sh("psql -h 127.0.0.1 -U postgres -Atc 'show server_version' 2>/dev/null"),
            "wrk": sh("wrk -v 2>&1 | head -1"), "hey": sh("dpkg-query -W -f='${Version}' hey 2>/dev/null"),
            "nginx": sh("nginx -v 2>&1"),
            "git_commit": sh("git -C %s rev-parse --short HEAD" % ROOT),
            # The jars are built from the working tree, which may hold others' uncommitted changes.
            "uncommitted_in_modules": sh("git -C %s status --porcelain -- api-conventions indicators-service "
                                         "projects-service gateway | wc -l" % ROOT),
            "load_average_at_start": os.getloadavg(),
        }

    def run(self):
        started = datetime.datetime.now(datetime.timezone.utc)
        stamp = started.strftime("%Y%m%dT%H%M%SZ")
        for sub in ("logs", "pids", "apps"):
            os.makedirs(os.path.join(WORK, sub), exist_ok=True)
        for old_log in os.listdir(os.path.join(WORK, "logs")):
            os.remove(os.path.join(WORK, "logs", old_log))
        os.makedirs(RESULTS, exist_ok=True)
        self.target = self.scale_target()
        self.result.update(started_at=started.isoformat(timespec="seconds"), machine=self.machine(),
                           command="bench/run.sh " + " ".join(sys.argv[1:]),
                           ports=self.ports, databases=self.dbs, jvm_opts=self.args.jvm_opts)
        try:
            for name, module in MODULES.items():
                if name not in self.args.services.split(","):
                    self.skipped[name] = "left out with --services"
                    continue
                jar, why = snapshot_app(module, self.args.build)
                if jar:
                    self.jars[name] = jar
                else:
                    self.skipped[name] = why
                    log("skipping %s: %s" % (name, why))
                    if module_has_sources(module):
                        self.result["errors"].append("%s: %s" % (name, why))
            if "gateway" in self.jars and not {"indicators", "projects"} <= set(self.jars):
                self.skipped["gateway"] = "the gateway needs both services"
                del self.jars["gateway"]
            self.result["skipped"] = self.skipped
            fresh_databases({role: db for role, db in self.dbs.items() if role in self.jars})
            self.scenario("cost", self.cost_start)
            if "cost" in self.result["scenarios"] and "error" not in self.result["scenarios"]["cost"]:
                self.scenario("throughput", self.throughput)
                self.scenario("scale", self.scale)
        finally:
            for name in list(self.processes):
                self.stop(name)
        self.result["finished_at"] = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
        self.result["load_average_at_end"] = os.getloadavg()
        self.result["goals"] = report.goals(self.result)
        base = os.path.join(RESULTS, "%s-%s" % (stamp, self.mode))
        with open(base + ".json", "w", encoding="utf-8") as out:
            json.dump(self.result, out, ensure_ascii=False, indent=1)
        markdown = report.markdown(self.result, os.path.basename(base + ".json"))
        # latest.md is the committed figure of record: only a full run at full scale writes it; a smoke run or a
        # run at a fraction of the scale writes its own files only.
        latest = [os.path.join(RESULTS, "latest.md")] if self.mode == "full" else []
        for path in [base + ".md"] + latest:
            with open(path, "w", encoding="utf-8") as out:
                out.write(markdown)
        log("results: %s.json and .md" % base)
        print(markdown)
        return 1 if self.result["errors"] else 0

    def scale_target(self):
        scale = self.args.scale or ("smoke" if self.args.smoke else "full")
        self.args.scale = scale
        if scale == "smoke":
            return dict(SMOKE)
        fraction = 1.0 if scale == "full" else float(scale)
        if not 0 < fraction <= 1:
            raise SystemExit("--scale must be full, smoke or a fraction in (0, 1]")
        return {"regions": max(1, round(FULL["regions"] * fraction)), "indicators": FULL["indicators"],
                "periods": FULL["periods"], "projects": max(1, round(FULL["projects"] * fraction)),
                "fraction": fraction}


def await_free_port(port, max_wait=30):
    """Waits until nothing listens on port (say, a process of an earlier run still shutting down)."""
    deadline = time.monotonic() + max_wait
    while True:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) != 0:
                return
        if time.monotonic() > deadline:
            raise Failure("port %d is in use by another process; free it or pass --port-base" % port)
        time.sleep(0.5)


def next_link(link):
    if not link:
        return None
    m = re.search(r'<([^>]+)>\s*;\s*rel="?next"?', link)
    return m.group(1) if m else None


def query_value(path, name):
    return dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(path).query)).get(name)


def main():
    parser = argparse.ArgumentParser(description="Yanhu Open Data benchmark")
    parser.add_argument("--smoke", action="store_true", help="every scenario briefly (under 2 minutes)")
    parser.add_argument("--scale", help="full, smoke or a fraction such as 0.1 (default: full, or smoke with --smoke)")
    parser.add_argument("--import-budget", type=float, default=900,
                        help="seconds the scale import may take in total (observations up to 70 %%, projects the "
                             "rest); each stops after the batch that crosses its share")
    parser.add_argument("--batch", type=int, default=30000, help="observation rows per import request")
    parser.add_argument("--project-batch", type=int, default=5000, help="projects per import request")
    parser.add_argument("--copy-cap", type=int, default=2_000_000, help="at most this many rows in the raw COPY")
    parser.add_argument("--export-rows", type=int, default=1_000_000, help="rows to stream in the export test")
    parser.add_argument("--duration", type=int, default=10, help="wrk seconds per path (full mode)")
    parser.add_argument("--warmup", type=int, default=5,
                        help="seconds of each wrk warm-up window (full mode); 0 for no warm-up")
    parser.add_argument("--warm-tolerance", type=float, default=0.05,
                        help="warm until two consecutive windows' 2xx/s agree within this fraction")
    parser.add_argument("--warm-max", type=float, default=180, help="at most this many seconds of warm-up per path")
    parser.add_argument("--fixed-seconds", type=int, default=10, help="hey fixed-rate seconds per path (full mode)")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--wrk-threads", type=int, default=1)
    parser.add_argument("--port-base", type=int, default=28080,
                        help="gateway port; services +1 and +2, nginx +10")
    parser.add_argument("--jvm-opts", default="-Xmx512m",
                        help="options for every java process (default as deploy/local/up.sh: -Xmx512m)")
    parser.add_argument("--services", default="indicators,projects,gateway",
                        help="what to start; the others are reported as left out")
    parser.add_argument("--build", action="store_true", help="rebuild the modules even if their jars exist")
    args = parser.parse_args()
    if args.smoke:
        args.import_budget = min(args.import_budget, 60)
        args.export_rows = min(args.export_rows, 1_000_000)
    return Bench(args).run()


if __name__ == "__main__":
    sys.exit(main())
