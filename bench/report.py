"""The table bench/run prints: each target of issue 11, what this sitting measured, the ratio, the
baseline's figure from the same sitting, pass or fail; then every measured command in detail.

Ratios of two commands are the median of their per-round ratios (each round runs both, side by side),
so that the machine's drift within a sitting cancels; the measured and baseline columns are medians.
"""
import datetime
import json
import os
import platform
import re
import subprocess

import measure
from measure import Sample, median, paired_ratio

BASELINE_LINE = re.compile(r"^(jsonschema2pojo generate|javac of its (\d+) files): ([\d.]+) s wall, "
                           r"([\d.]+)\+([\d.]+) s cpu, (\d+) KiB peak")


def parse_baseline(log_path):
    """The two timing lines jsonschema2pojo-baseline.sh prints (GNU time's figures)."""
    found = {}
    with open(log_path, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = BASELINE_LINE.match(line.strip())
            if m:
                s = Sample(float(m.group(3)), float(m.group(4)), float(m.group(5)), int(m.group(6)))
                if m.group(2):
                    found["javac"], found["files"] = s, int(m.group(2))
                else:
                    found["generate"] = s
    return found


def seconds(v):
    return "-" if v is None else f"{v:.2f} s"


def mib(v):
    return "-" if v is None else f"{v:.0f} MiB"


def times(v):
    return "-" if v is None else f"{v:.2f}x"


def verdict(value, limit, at_most=True):
    if value is None:
        return "n/a"
    return "pass" if (value <= limit if at_most else value >= limit) else "FAIL"


def target_rows(s):
    se = s.series
    gen, j2p = se["generate"], se["j2p generate"]
    rows = []

    def versus(target, a, b, limit, b_label):
        r = paired_ratio(a, b) if a and b else None
        rows.append((target, seconds(a.median("wall")), times(r), f"{seconds(b.median('wall'))} ({b_label})", verdict(r, limit)))

    versus("generate <= 0.35x jsonschema2pojo generation", gen, j2p, 0.35, "jsonschema2pojo")
    versus("schema <= 0.25x jsonschema2pojo generation", se["schema"], j2p, 0.25, "jsonschema2pojo")
    cpw = gen.median("cpu_per_wall")
    rows.append(("generate CPU/wall >= 1.6", "-" if cpw is None else f"{cpw:.2f}", "-",
                 "-" if not j2p else f"{j2p.median('cpu_per_wall'):.2f} (jsonschema2pojo)", verdict(cpw, 1.6, at_most=False)))
    rss = gen.median("rss_mib")
    rows.append(("generate peak RSS <= 300 MiB", mib(rss), "-", f"{mib(j2p.median('rss_mib'))} (jsonschema2pojo)",
                 verdict(rss, 300)))
    x3 = se["generate 3x"]
    versus("3x corpus: generate time <= 3.3x", x3, gen, 3.3, "generate 1x")
    r = paired_ratio(x3, gen, "rss_kib") if x3 and gen else None
    rows.append(("3x corpus: generate peak RSS <= 2x", mib(x3.median("rss_mib")), times(r),
                 f"{mib(gen.median('rss_mib'))} (generate 1x)", verdict(r, 2.0)))
    versus("verify <= 3x generate", se["verify"], gen, 3.0, "generate")
    versus("javac of the model <= 0.6x javac of jsonschema2pojo's", se["javac"], se["j2p javac"], 0.6, "jsonschema2pojo's")
    nb = se.get("javac no builders")
    if nb:
        r = paired_ratio(nb, se["j2p javac"]) if se["j2p javac"] else None
        rows.append(("(option) javac of the model with --no-builders", seconds(nb.median("wall")), times(r),
                     f"{seconds(se['j2p javac'].median('wall'))} (jsonschema2pojo's)", "info"))
    versus("cold start (fresh JVM, one message) <= 1.3x JsonNode", se["cold model"], se["cold node"], 1.3, "JsonNode")
    model, node = s.jmh.get("PayloadBenchmark.modelRoundTrip"), s.jmh.get("PayloadBenchmark.nodeRoundTrip")
    r = model[0] / node[0] if model and node else None
    rows.append(("warm round trip of the examples <= 1.2x JsonNode (JMH)",
                 "-" if not model else f"{model[0]:.0f} {model[2]}", times(r),
                 "-" if not node else f"{node[0]:.0f} {node[2]} (JsonNode)", verdict(r, 1.2)))
    # The check's own cost: the up-to-date mojo less the same mojo skipped (class realm, configuration),
    # paired by round; the whole mojo is shown beside it.
    up, skip = median(s.mojo_ms["uptodate"]), median(s.mojo_ms["skip"])
    check = median([u - k for u, k in zip(s.mojo_ms["uptodate"], s.mojo_ms["skip"])])
    rows.append(("plugin up-to-date check <= 100 ms inside Maven",
                 "-" if check is None else f"{check:.0f} ms (mojo {up:.0f} ms)", "-",
                 "-" if skip is None else f"{skip:.0f} ms (mojo, graphdocs.skip)", verdict(check, 100)))
    return rows


def table(header, rows):
    widths = [max(len(str(r[i])) for r in [header] + rows) for i in range(len(header))]
    line = lambda r: "| " + " | ".join(str(c).ljust(w) for c, w in zip(r, widths)) + " |"
    return "\n".join([line(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|"] + [line(r) for r in rows])


def detail_rows(s):
    rows = []
    for key, series in s.series.items():
        if not series:
            continue
        lo, hi = series.spread("wall")
        rows.append((series.what, len(series.samples), f"{series.median('wall'):.3f} s ({lo:.2f}-{hi:.2f})",
                     f"{series.median('cpu'):.2f} s", f"{series.median('cpu_per_wall'):.2f}", mib(series.median("rss_mib"))))
    for name, values in (("graphdocs mojo, up to date (from Maven's log)", s.mojo_ms["uptodate"]),
                         ("graphdocs mojo, graphdocs.skip (from Maven's log)", s.mojo_ms["skip"])):
        if values:
            rows.append((name, len(values), f"{median(values):.0f} ms ({min(values)}-{max(values)})", "-", "-", "-"))
    return rows


def commit():
    try:
        root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        head = subprocess.run(["git", "-C", root, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", root, "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True).stdout.strip()
        return head + (" (with uncommitted changes)" if dirty else "")
    except OSError:
        return "?"


def triple(f):
    """Whether the 3x corpus holds three separate type sets, as its type count shows."""
    ratio = f["types 3x"] / f["types 1x"] if f.get("types 1x") else 0.0
    if abs(ratio - 3.0) <= 0.01 * 3.0:
        return f"{ratio:.3f}x: three separate type sets"
    return f"{ratio:.3f}x: NOT three separate type sets, so the 3x rows compare unlike corpora"


def write(s, md_path, json_path):
    f = s.facts
    lines = [
        f"## graphdocs speed: one sitting, {datetime.datetime.now():%Y-%m-%d %H:%M}, commit {commit()}",
        "",
        f"docs {s.docs}: {f.get('types 1x')} types (3x corpus: {f.get('types 3x')}, {triple(f)}); "
        f"{s.args.rounds} round(s), {s.args.cold_starts} cold-start pair(s) a round; "
        f"{os.cpu_count()} cores, load average {' '.join(f['load at start'])} at start, {' '.join(f['load at end'])} at end; "
        f"{f['minutes']} min.",
        "",
        table(("target", "measured", "ratio", "baseline, same sitting", "result"), target_rows(s)),
        "",
        table(("command (whole process, JVM start included)", "runs", "wall, median (min-max)", "CPU", "CPU/wall", "peak RSS"),
              detail_rows(s)),
        "",
    ]
    if s.jmh:
        lines += [table(("JMH benchmark (warm)", "score", "error (99.9%)"),
                        [(k, f"{v[0]:.1f} {v[2]}", "-" if v[1] is None or v[1] != v[1] else f"{v[1]:.1f}")
                         for k, v in sorted(s.jmh.items())]), ""]
    lines += [
        f"- model: {f.get('model sources')} sources, {f.get('model lines')} lines; "
        f"jsonschema2pojo: {f.get('j2p sources')} sources, {f.get('j2p lines')} lines",
        f"- verify: {f.get('verify')}",
        f"- {f.get('payloads')}",
        "- ratios are medians of per-round (side-by-side) ratios; peak RSS is the largest process of the tree "
        "(graphdocs.jar's launcher JVM and its batch JVM are two processes)",
    ]
    if s.args.docs or s.args.quick:
        lines.append("- the jsonschema2pojo baseline always converts the whole v1.0 metadata: its ratios compare "
                     "unlike inputs unless the docs are the v1.0 corpus")
    text = "\n".join(lines)
    with open(md_path, "w", encoding="utf-8") as out:
        out.write(text + "\n")
    raw = {"facts": f, "docs": s.docs, "platform": platform.platform(), "mojo_ms": s.mojo_ms, "jmh": s.jmh,
           "series": {k: [x.as_dict() for x in v.samples] for k, v in s.series.items()}}
    with open(json_path, "w", encoding="utf-8") as out:
        json.dump(raw, out, indent=1, default=str)
    return text + f"\n\n(written to {md_path} and {json_path})"
