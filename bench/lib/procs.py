"""Starting and stopping what the benchmark runs: the services, the gateway and nginx.

Every process is started in its own session with its pid written to work/pids/, so that run.sh's
trap can stop it even if this Python process dies. Memory is read from /proc/<pid>/status (VmRSS).
"""

import http.client
import os
import signal
import subprocess
import threading
import time


def rss_kib(pid):
    try:
        with open("/proc/%d/status" % pid) as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except (FileNotFoundError, ProcessLookupError):
        return None
    return None


def cpu_seconds(pid):
    """utime + stime of a process, in seconds."""
    try:
        with open("/proc/%d/stat" % pid) as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return 0.0


def quiesce(pids, max_wait, threshold=0.05, interval=0.25):
    """Waits until the processes together use less than threshold of one core (work left over from
    the previous measurement, such as requests still queued), or max_wait seconds. Returns the wait."""
    t0 = time.monotonic()
    before = sum(cpu_seconds(p) for p in pids)
    while time.monotonic() - t0 < max_wait:
        time.sleep(interval)
        now = sum(cpu_seconds(p) for p in pids)
        if (now - before) / interval < threshold:
            break
        before = now
    return time.monotonic() - t0


def http_get(port, path, timeout=5, headers=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path, headers=headers or {})
        response = conn.getresponse()
        return response.status, dict((k.lower(), v) for k, v in response.getheaders()), response.read()
    finally:
        conn.close()


class Process:
    """One process we started: its pid, its log, and when it was started."""

    def __init__(self, name, argv, env, log_path, pid_dir, cwd=None):
        self.name, self.argv, self.log_path = name, argv, log_path
        self.pid_file = os.path.join(pid_dir, name + ".pid")
        self.log = open(log_path, "ab")
        self.started = time.monotonic()
        self.popen = subprocess.Popen(argv, env=env, cwd=cwd, stdout=self.log, stderr=subprocess.STDOUT,
                                      stdin=subprocess.DEVNULL, start_new_session=True)
        with open(self.pid_file, "w") as out:
            out.write("%d\n" % self.popen.pid)

    @property
    def pid(self):
        return self.popen.pid

    def alive(self):
        return self.popen.poll() is None

    def rss_kib(self):
        return rss_kib(self.pid)

    def wait_ready(self, port, path="/q/health/ready", timeout=240):
        """Seconds from the start of the process until path answers 200; raises if it never does."""
        deadline = self.started + timeout
        while time.monotonic() < deadline:
            if not self.alive():
                raise RuntimeError("%s exited with code %s before it was ready; see %s" % (
                    self.name, self.popen.returncode, self.log_path))
            try:
                status, _, body = http_get(port, path, timeout=2)
                if status == 200 and (not path.startswith("/q/health") or b'"UP"' in body):
                    return time.monotonic() - self.started
            except (OSError, http.client.HTTPException):
                # Not listening yet, or not speaking HTTP yet.
                pass
            time.sleep(0.05)
        raise RuntimeError("%s was not ready after %ds; see %s" % (self.name, timeout, self.log_path))

    def stop(self, grace=20):
        if self.alive():
            try:
                os.killpg(self.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            try:
                self.popen.wait(grace)
            except subprocess.TimeoutExpired:
                os.killpg(self.pid, signal.SIGKILL)
                self.popen.wait(5)
        self.log.close()
        if os.path.exists(self.pid_file):
            os.remove(self.pid_file)


class RssSampler:
    """Samples VmRSS of some pids every interval seconds in a background thread."""

    def __init__(self, pids, interval=0.1):
        self.pids, self.interval = dict(pids), interval
        self.samples = {name: [] for name in self.pids}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self.t0 = None

    def _run(self):
        while not self._stop.is_set():
            now = time.monotonic() - self.t0
            for name, pid in self.pids.items():
                kib = rss_kib(pid)
                if kib is not None:
                    self.samples[name].append((now, kib))
            self._stop.wait(self.interval)

    def __enter__(self):
        self.t0 = time.monotonic()
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    def peak_mib(self, name):
        values = [kib for _, kib in self.samples.get(name, [])]
        return round(max(values) / 1024, 1) if values else None


def nginx_config(work, port):
    """A minimal nginx that serves work/nginx/html with keep-alive and no access log."""
    base = os.path.join(work, "nginx")
    for sub in ("html", "tmp", "logs"):
        os.makedirs(os.path.join(base, sub), exist_ok=True)
    conf = os.path.join(base, "nginx.conf")
    with open(conf, "w") as out:
        out.write("""# Generated by bench/lib/procs.py
worker_processes auto;
daemon off;
pid {base}/nginx.pid;
error_log {base}/logs/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 65;
    keepalive_requests 10000000;
    client_body_temp_path {base}/tmp/client;
    proxy_temp_path {base}/tmp/proxy;
    fastcgi_temp_path {base}/tmp/fastcgi;
    uwsgi_temp_path {base}/tmp/uwsgi;
    scgi_temp_path {base}/tmp/scgi;
    server {{
        listen 127.0.0.1:{port};
        root {base}/html;
        location ~ \\.json$ {{ types {{ }} default_type "application/json;charset=UTF-8"; }}
        location ~ \\.csv$ {{ types {{ }} default_type "text/csv; charset=UTF-8"; }}
    }}
}}
""".format(base=base, port=port))
    return base, conf
