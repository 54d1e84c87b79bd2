"""Goals (met or missed, with the numbers) and the Markdown report of one run."""

from urllib.parse import unquote

HOT_MIN = 0.5           # issue 13: a hot read >= 0.5 x nginx static, called directly and through the gateway
SCALE_MAX = 2.0         # full-scale latency <= 2 x seed-size latency; page 10,000 <= 2 x page 1
IMPORT_MIN = 0.5        # import rows/s >= 0.5 x raw COPY
TAIL_MAX = 5.0          # p99 <= 5 x p50 at half of max throughput
FLAT_GROWTH = 0.10      # export: RSS peak in the last quarter <= first quarter + 10 % (or + 32 MiB)
FLAT_SLACK_MIB = 32


def rate_held(h):
    return h["achieved_rps"] >= 0.9 * h["offered_rps"]


def verdict(ok):
    return "met" if ok else "**missed**"


def goals(result):
    out = []
    s = result.get("scenarios", {})
    reads = s.get("throughput", {}).get("reads", [])
    for r in reads:
        # Gateway/direct is a reported ratio (the table), not a goal: the gateway may be faster than the service.
        for path, ratio in (("direct", "service_over_nginx"), ("gateway", "gateway_over_nginx")):
            if ratio in r:
                errors = r[path].get("errors")
                out.append({"goal": "%s >= %.1fx nginx static" % (path, HOT_MIN), "subject": r["name"],
                            "measured": "%.3fx (%.0f vs %.0f 2xx/s%s)" % (
                                r[ratio], r[path]["ok_rps"], r["nginx"]["ok_rps"],
                                "; %d errors" % errors if errors else ""),
                            "met": r[ratio] >= HOT_MIN})
    for r in reads:
        # The goal is about our processes; nginx's fixed-rate numbers are in the table for reference.
        for path in ("direct", "gateway"):
            h = r.get(path, {}).get("half_rate")
            if h and h.get("p99_over_p50") is not None:
                held = "" if rate_held(h) else "; rate not held: %.0f offered" % h["offered_rps"]
                out.append({"goal": "p99 <= %gx p50 at half of max req/s" % TAIL_MAX,
                            "subject": "%s via %s" % (r["name"], path),
                            "measured": "%.2fx (p50 %.2f ms, p99 %.2f ms at %.0f req/s%s)" % (
                                h["p99_over_p50"], h["p50_ms"], h["p99_ms"], h["achieved_rps"], held),
                            "met": h["p99_over_p50"] <= TAIL_MAX})
    scale = s.get("scale", {})
    seed, full = scale.get("seed_queries", {}), scale.get("scaled_queries", {})
    for name, q in full.items():
        if not isinstance(q, dict) or not isinstance(seed.get(name), dict):
            continue
        before = seed.get(name, {}).get("cold_median_ms")
        after = q.get("cold_median_ms")
        if before and after:
            out.append({"goal": "scaled query <= %gx seed size" % SCALE_MAX, "subject": name,
                        "measured": "%.2fx (%.1f ms vs %.1f ms)" % (after / before, after, before),
                        "met": after / before <= SCALE_MAX})
    paging = scale.get("paging", {})
    # (page 10,000, or the last page when there are fewer rows)
    if paging.get("deep_over_first") is not None:
        out.append({"goal": "page N <= %gx page 1 (keyset)" % SCALE_MAX,
                    "subject": "page %d of %d rows" % (paging["deep_page"], paging["page_size"]),
                    "measured": "%.2fx (%.1f ms vs %.1f ms)" % (paging["deep_over_first"],
                                                              paging["deep"]["cold_median_ms"],
                                                              paging["page_1"]["cold_median_ms"]),
                    "met": paging["deep_over_first"] <= SCALE_MAX})
    for what in ("observations", "projects"):
        copy = scale.get(what + "_copy", {})
        if copy.get("import_over_copy") is not None:
            imp = scale[what + "_import"]
            out.append({"goal": "import >= %.1fx raw COPY" % IMPORT_MIN, "subject": what,
                        "measured": "%.4fx (%.0f vs %.0f %s/s)" % (copy["import_over_copy"], imp["rows_per_second_wall"],
                                                                 copy["rows_per_second"], what),
                        "met": copy["import_over_copy"] >= IMPORT_MIN})
    ep = scale
    for key, label in (("stream_export", "streamed export"), ("paged_export", "paged CSV walk")):
        export = ep.get(key, {})
        if export.get("error"):
            out.append({"goal": "export memory flat", "subject": "%s, %s rows" % (label, export.get("rows", "?")),
                        "measured": "failed after %s rows: %s (RSS %s MiB before, peak %s MiB)" % (
                            export.get("rows", "?"), export["error"][:160].replace("|", "/"),
                            fmt(export.get("rss_before_mib"), "%.0f"), fmt(export.get("rss_peak_mib"), "%.0f")),
                        "met": False})
        elif export.get("rss_first_quarter_peak_mib"):
            early, late = export["rss_first_quarter_peak_mib"], export["rss_last_quarter_peak_mib"]
            ok = late <= early * (1 + FLAT_GROWTH) or late - early <= FLAT_SLACK_MIB
            out.append({"goal": "export memory flat", "subject": "%s, %d rows" % (label, export["rows"]),
                        "measured": "RSS %.0f MiB before; peak %.0f MiB in the first quarter, %.0f MiB in the last" % (
                            export["rss_before_mib"], early, late), "met": ok})
    return out


def waits_note(reads):
    """Paths that did not answer 2xx right after the previous measurement ended."""
    waits = []
    for r in reads:
        for path in ("nginx", "direct", "gateway"):
            x = r.get(path) or {}
            steps = list(zip(("before warm-up", "after warm-up"), x.get("waited_for_2xx_s", [])))
            if x.get("half_rate"):
                steps.append(("before the fixed rate", x["half_rate"].get("waited_for_2xx_s", 0)))
            waits += ["%s via %s %s: %.1f s" % (r["name"], path, when, s) for when, s in steps if s and s > 1]
    if not waits:
        return "Every path answered 2xx at once before each measurement."
    return ("Before a measurement the harness waits (up to 30 s) until the path answers 2xx again. These did not "
            "at once, typically because the previous load generator dropped its connections mid-request: "
            + "; ".join(waits) + ".")


def warmup_note(reads):
    """How long each path took to warm up, and which never became stable."""
    took, unstable = [], []
    for r in reads:
        for path in ("nginx", "direct", "gateway"):
            w = (r.get(path) or {}).get("warmup")
            if not w:
                continue
            took.append(w["seconds"])
            if not w["stable"]:
                unstable.append("%s via %s (%s req/s)" % (r["name"], path,
                                                         ", ".join("%.0f" % x for x in w["windows_rps"])))
    if not took:
        return "No path was warmed up."
    note = "Warm-up took %.0f to %.0f s per path (median %.0f s)." % (min(took), max(took), sorted(took)[len(took) // 2])
    if unstable:
        note += " Not stable within the maximum warm-up: " + "; ".join(unstable) + "."
    return note


def fmt(value, pattern="%.1f"):
    return "–" if value is None else pattern % value


def markdown(result, json_name):
    s = result.get("scenarios", {})
    m = result.get("machine", {})
    lines = ["# Benchmark: %s run of %s" % (result["mode"], result.get("started_at", "?")), "",
             "Machine: %s CPUs (%s), %s GiB memory, %s, kernel %s. %s; PostgreSQL %s; %s; hey %s; %s. "
             "Commit %s (%s files uncommitted in the modules at start). Load average at start: %s." % (
                 m.get("nproc"), m.get("cpu_model"), m.get("memory_gib"), m.get("os"), m.get("kernel"), m.get("java"),
                 m.get("postgres"), m.get("wrk"), m.get("hey"), m.get("nginx"), m.get("git_commit"),
                 m.get("uncommitted_in_modules"),
                 " ".join("%.2f" % x for x in m.get("load_average_at_start", []))),
             "", "Command: `%s`; finished %s, load average then %s. Raw numbers: `%s`. Everything (load "
                 "generators, services, PostgreSQL) runs on this one machine." % (
                     result.get("command"), result.get("finished_at"),
                     " ".join("%.2f" % x for x in result.get("load_average_at_end", [])), json_name), ""]
    sc = s.get("scale", {})
    partial = ["%s %s of %s (%.1f %%)" % (what, sc[key]["rows_sent"], sc[key]["target_rows"],
                                          100 * (sc[key].get("fraction_of_target") or 0))
               for what, key in (("observations", "observations_import"), ("projects", "projects_import"))
               if sc.get(key) and (sc[key].get("fraction_of_target") or 0) < 1]
    if partial:
        lines += ["**Partial scale:** the import budget (`--import-budget`) ended the synthetic import at " +
                  " and ".join(partial) + "; the scaled measurements are at that size.", ""]
    if result.get("skipped"):
        lines += ["Not measured: " + "; ".join("%s (%s)" % (k, v.splitlines()[0][:200])
                                               for k, v in result["skipped"].items()), ""]
    if result.get("errors"):
        lines += ["**Scenarios that failed to run:** " + "; ".join(e.splitlines()[0][:300] for e in result["errors"]),
                  ""]

    lines += ["## Goals", "", "| Goal | Subject | Measured | Result |", "|---|---|---|---|"]
    for g in result.get("goals", []):
        lines.append("| %s | %s | %s | %s |" % (g["goal"], g["subject"], g["measured"], verdict(g["met"])))
    met = sum(1 for g in result.get("goals", []) if g["met"])
    lines += ["", "%d of %d goals met." % (met, len(result.get("goals", []))), ""]

    t = s.get("throughput", {})
    if t.get("reads"):
        w = t["wrk"]
        lines += ["## 1. Hot reads: nginx static vs service vs gateway", "",
                  "wrk, %d thread(s), %d connections, %ds per path after a warm-up of %s; errors = non-2xx + socket "
                  "errors." % (w["threads"], w["connections"], w["seconds"],
                               w.get("warmup_rule", "%ds" % w["warmup_seconds"])), "",
                  warmup_note(t["reads"]), "",
                  "Req/s counts 2xx responses only (fast errors are not throughput); all responses are in the JSON.",
                  "", "| Read | Bytes | nginx 2xx/s | direct 2xx/s | gateway 2xx/s | service/nginx | gateway/nginx | gateway/service |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|"]
        for r in t["reads"]:
            if "skipped" in r:
                lines.append("| %s | – | – | – | – | skipped: %s | | |" % (r["name"], r["skipped"].splitlines()[0][:80]))
                continue
            lines.append("| %s | %s | %s | %s | %s | %s | %s | %s |" % (
                r["name"], r.get("bytes"), fmt(r.get("nginx", {}).get("ok_rps")),
                fmt(r.get("direct", {}).get("ok_rps")), fmt(r.get("gateway", {}).get("ok_rps")),
                fmt(r.get("service_over_nginx"), "%.3f"), fmt(r.get("gateway_over_nginx"), "%.3f"),
                fmt(r.get("gateway_over_service"), "%.3f")))
        lines += ["", "| Read | Path | p50 ms | p99 ms | errors | at half rate: offered → achieved req/s | p50 ms |"
                      " p99 ms | p99/p50 | errors |", "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for r in t["reads"]:
            for path in ("nginx", "direct", "gateway"):
                x = r.get(path)
                if not x:
                    continue
                if "error" in x:
                    lines.append("| %s | %s | failed: %s | | | | | | | |" % (r["name"], path,
                                                                         x["error"][:120].replace("|", "/")))
                    continue
                h = x.get("half_rate", {})
                if "error" in h:
                    h = {}
                lines.append("| %s | %s | %s | %s | %d | %s → %s%s | %s | %s | %s | %s |" % (
                    r["name"], path, fmt(x["p50_ms"], "%.2f"), fmt(x["p99_ms"], "%.2f"), x["errors"],
                    fmt(h.get("offered_rps"), "%.0f"), fmt(h.get("achieved_rps"), "%.0f"),
                    "" if not h or rate_held(h) else " (not held)",
                    fmt(h.get("p50_ms"), "%.2f"), fmt(h.get("p99_ms"), "%.2f"), fmt(h.get("p99_over_p50"), "%.2f"),
                    "–" if not h else h["non2xx"] + h["socket_errors"]))
        lines += ["", "Paths: " + "; ".join("%s: direct `%s`, gateway `%s`" % (
            r["name"], unquote(r["direct_path"]), unquote(r["gateway_path"])) for r in t["reads"]),
                  "", waits_note(t["reads"]),
                  "", "A half rate marked *not held* means hey could not send that many requests per second on this "
                      "machine; its p99/p50 then describes hey as much as the server.", ""]
    elif "throughput" in s:
        lines += ["## 1. Hot reads", "", "Failed: %s" % s["throughput"].get("error"), ""]

    sc = s.get("scale", {})
    if sc:
        lines += ["## 2. Scale", ""]
        if "error" in sc:
            lines += ["Failed: %s" % sc["error"], ""]
        target = sc.get("target", {})
        lines += ["Target (--scale %s): %s regions × %s indicators × %s periods = %s observations; %s projects." % (
            sc.get("scale"), target.get("regions"), target.get("indicators"), target.get("periods"),
            (target.get("regions") or 0) * (target.get("indicators") or 0) * (target.get("periods") or 0),
            target.get("projects")), ""]
        lines += ["| Import | Rows sent | Fraction of target | Wall s | Rows/s (wall) | Rows/s (successful requests) |"
                  " First/last batch rows/s | Final batch size | Failed batches | Stopped by budget |"
                  " Service peak RSS MiB | Error |", "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---|"]
        for key in ("observations_import", "projects_import"):
            i = sc.get(key)
            if not i:
                continue
            lines.append("| %s | %s | %s | %s | %s | %s | %s / %s | %s | %d | %s | %s | %s |" % (
                key.split("_")[0], i.get("rows_sent"), i.get("fraction_of_target"), i.get("wall_seconds"),
                i.get("rows_per_second_wall"), i.get("rows_per_second"), i.get("first_batch_rows_per_s"),
                i.get("last_batch_rows_per_s"), i.get("final_batch_rows"), len(i.get("failed_batches", [])),
                i.get("stopped_by_budget"), i.get("service_peak_rss_mib"), (i.get("error") or "")[:120].replace("|", "/")))
        for what in ("observations", "projects"):
            c = sc.get(what + "_copy", {})
            if c.get("rows"):
                lines += ["", "Raw `COPY` of %d %s, the same rows (%s; %.1f MiB), into tables LIKE the real ones "
                              "INCLUDING ALL: %.2f s, %.0f/s; import/COPY = %s." % (
                                  c["rows"], c["unit"], ", ".join("%s: %d rows" % (t, v["rows"])
                                                                  for t, v in c["tables"].items()),
                                  c["file_mib"], c["seconds"], c["rows_per_second"],
                                  fmt(c.get("import_over_copy"), "%.4f"))]
        seed, full = sc.get("seed_queries", {}), sc.get("scaled_queries", {})
        if full:
            lines += ["", "| Query | seed: cold median ms | scaled: cold median ms | ratio | seed: warm ms |"
                          " scaled: warm ms | statuses |", "|---|---:|---:|---:|---:|---:|---|"]
            for name, q in full.items():
                if not isinstance(q, dict):
                    continue
                b = seed.get(name) if isinstance(seed.get(name), dict) else {}
                ratio = q["cold_median_ms"] / b["cold_median_ms"] if b.get("cold_median_ms") and q.get(
                    "cold_median_ms") else None
                lines.append("| %s | %s | %s | %s | %s | %s | %s |" % (
                    name, fmt(b.get("cold_median_ms"), "%.2f"), fmt(q.get("cold_median_ms"), "%.2f"),
                    fmt(ratio, "%.2f"), fmt(b.get("warm_median_ms"), "%.2f"), fmt(q.get("warm_median_ms"), "%.2f"),
                    ",".join(str(x) for x in q.get("statuses", []))))
        ep = sc
        e = ep.get("stream_export")
        if e and e.get("error"):
            lines += ["", "Streamed export: **failed**: %s" % e["error"][:300]]
        elif e:
            lines += ["", "Streamed export `%s`: %d rows (%.0f MiB) in %.1f s, %.0f rows/s, first byte after %.0f ms. "
                          "Service RSS %.0f MiB before, peak %.0f MiB (first quarter %.0f, last quarter %.0f)." % (
                              e["path"], e["rows"], e["mib"], e["seconds"], e["rows_per_second"], e["first_byte_ms"],
                              e["rss_before_mib"], e["rss_peak_mib"], e["rss_first_quarter_peak_mib"],
                              e["rss_last_quarter_peak_mib"])]
        e = ep.get("paged_export")
        if e and e.get("error"):
            lines += ["", "Paged CSV walk `%s` following Link: rel=next: **failed** after %d rows in %d pages (%.1f s): "
                          "%s. Service RSS %.0f MiB before, peak %s MiB." % (
                              e["path"], e["rows"], e["pages"], e["seconds"], e["error"][:300], e["rss_before_mib"],
                              e["rss_peak_mib"])]
        elif e:
            lines += ["", "Paged CSV walk `%s` following Link: rel=next: %d rows in %d pages in %.1f s (%.0f rows/s; "
                          "page median %.1f ms, first %.1f ms, last %.1f ms). Service RSS %.0f MiB before, peak %.0f "
                          "MiB (first quarter %.0f, last quarter %.0f)." % (
                              e["path"], e["rows"], e["pages"], e["seconds"], e["rows_per_second"],
                              e["median_page_ms"], e["first_page_ms"], e["last_page_ms"], e["rss_before_mib"],
                              e["rss_peak_mib"], e["rss_first_quarter_peak_mib"], e["rss_last_quarter_peak_mib"])]
        p = ep.get("paging")
        if p and p.get("error"):
            lines += ["", "Paging: **failed**: %s" % p["error"][:300]]
        elif p:
            lines += ["", "Paging (limit %d, %s current rows): page 1 cold median %s ms (warm %s); page %d, after %d "
                          "rows, cold median %s ms (warm %s); ratio %s. Its cursor was %s." % (
                              p["page_size"], p.get("rows_available"), fmt(p["page_1"]["cold_median_ms"], "%.2f"),
                              fmt(p["page_1"]["warm_median_ms"], "%.2f"), p["deep_page"], p["rows_before_deep_page"],
                              fmt(p["deep"]["cold_median_ms"], "%.2f"), fmt(p["deep"]["warm_median_ms"], "%.2f"),
                              fmt(p.get("deep_over_first"), "%.2f"), p.get("cursor") or "not needed")]
        lines.append("")

    cost = s.get("cost", {})
    if cost:
        lines += ["## 3. Cost", ""]
        if "error" in cost:
            lines += ["Failed: %s" % cost["error"], ""]
        lines += ["| Process | First start to ready s (migrate + seed) | Restart to ready s | Idle RSS MiB |"
                  " Peak RSS under load MiB |", "|---|---:|---:|---:|---:|"]
        for name in cost.get("first_start_s", {}):
            lines.append("| %s | %s | %s | %s | %s |" % (
                name, cost["first_start_s"].get(name), cost.get("restart_s", {}).get(name),
                cost.get("idle_rss_mib", {}).get(name), cost.get("load_rss_mib", {}).get(name)))
        lines.append("")
    if m.get("free_g"):
        lines += ["## Machine", "", "`nproc`: %s; CPU model: %s." % (m.get("nproc"), m.get("cpu_model")), "",
                  "```", "$ free -g", m["free_g"], "```", ""]
    lines += ["See bench/README.md for what each scenario measures and how.", ""]
    return "\n".join(lines)
