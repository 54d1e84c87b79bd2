#!/usr/bin/env python3
"""Summarises the CPU samples of a JFR recording as text: what a flame graph would show, in a table.

    python3 jfr_summary.py recording.jfr [--top 15]

Reads `jfr print --json --events jdk.ExecutionSample` (the JDK's own tool). Prints the share of samples whose stack
holds a frame of each layer (inclusive: a sample counts for every layer on its stack), the methods that were on top
of the stack most often (self time), and the most frequent stacks cut to their first frames of our own code.
"""
import argparse
import collections
import json
import subprocess
import sys

# Layers, by frame prefix, from the outermost (the event loop) inwards; a frame matches the first that fits.
LAYERS = [
    ("our code (org.yanhu)", ("org.yanhu.",)),
    ("Quarkus REST / RESTEasy Reactive", ("org.jboss.resteasy.reactive.", "io.quarkus.resteasy.reactive.")),
    ("Jackson", ("com.fasterxml.jackson.",)),
    ("Hibernate, Agroal, JDBC", ("org.hibernate.", "io.agroal.", "org.postgresql.")),
    ("Vert.x web and core", ("io.vertx.",)),
    ("Netty", ("io.netty.",)),
    ("Caffeine", ("com.github.benmanes.caffeine.",)),
    ("Micrometer", ("io.micrometer.",)),
]


def frames(event):
    stack = event.get("values", {}).get("stackTrace") or {}
    out = []
    for frame in stack.get("frames", []):
        method = frame.get("method", {})
        owner = method.get("type", {}).get("name", "?")
        out.append("%s.%s" % (owner.replace("/", "."), method.get("name", "?")))
    return out  # innermost first


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("recording")
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    raw = subprocess.run(["jfr", "print", "--json", "--events", "jdk.ExecutionSample", args.recording],
                         check=True, capture_output=True).stdout
    events = json.loads(raw)["recording"]["events"]
    total = len(events)
    if not total:
        sys.exit("no execution samples in %s" % args.recording)
    layers = collections.Counter()
    top = collections.Counter()
    for event in events:
        stack = frames(event)
        if stack:
            top[stack[0]] += 1
        seen = set()
        for frame in stack:
            for name, prefixes in LAYERS:
                if frame.startswith(prefixes):
                    seen.add(name)
                    break
        layers.update(seen)
    print("%d CPU samples\n" % total)
    print("| layer on the stack | samples | share |\n|---|---:|---:|")
    for name, _ in LAYERS:
        print("| %s | %d | %.0f %% |" % (name, layers[name], 100.0 * layers[name] / total))
    print("\n| method on top of the stack (self) | samples | share |\n|---|---:|---:|")
    for method, n in top.most_common(args.top):
        print("| `%s` | %d | %.1f %% |" % (method, n, 100.0 * n / total))


if __name__ == "__main__":
    main()
