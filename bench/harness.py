#!/usr/bin/env python3
"""The measuring half of bench/run (see the README's "Speed" section); run it through bench/run.

In one sitting: prepares (untimed) the 3x corpus, the docs' model (generated and compiled), the
payloads of the docs' examples and the Maven consumer project; then runs ROUNDS rounds, each timing
graphdocs schema / generate / verify, the jsonschema2pojo baseline (generation, then javac of its
output), javac of graphdocs' model with the baseline's flags, generate on the 3x corpus, fresh-JVM
cold starts (model and JsonNode, alternately) and the plugin's up-to-date check in Maven (up to date
and skipped, alternately); then runs the JMH benchmarks; then prints the table of targets.
"""
import argparse
import datetime
import glob
import json
import os
import shutil
import sys
import tempfile

import maven_check
import measure
import report
from measure import Series

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
JAR = os.path.join(ROOT, "generator", "cli", "target", "graphdocs.jar")
BENCH_CLASSES = os.path.join(ROOT, "benchmarks", "target", "classes")
BENCH_LIB = os.path.join(ROOT, "benchmarks", "target", "lib")
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
CORPUS = os.path.join(SHARED, "corpus", "graph-docs-v1.0")
BASELINE = os.path.join(SHARED, "bench", "jsonschema2pojo-baseline.sh")
# the model's compile class path: what graphdocs-model declares (the runtime module, Jackson)
MODEL_DEPS = ("graphdocs-runtime-", "jackson-", "jspecify-")
JAVAC_FLAGS = ["-nowarn", "-encoding", "UTF-8", "-proc:none"]  # as jsonschema2pojo-baseline.sh


def parse_args(argv):
    p = argparse.ArgumentParser(prog="bench/run", description=__doc__.split("\n\n")[1],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--quick", action="store_true",
                   help="smoke test: one round on a small slice of the docs, JMH one short iteration")
    p.add_argument("--docs", help="docs folder (default: the v1.0 corpus; with --quick a slice of it)")
    p.add_argument("--rounds", type=int, help="rounds of the alternating whole-process timings (default 5, --quick 1)")
    p.add_argument("--cold-starts", type=int, help="model/JsonNode cold-start pairs per round (default 5, --quick 2)")
    p.add_argument("--cold-type", default="message", help="type of the cold-start payload (default: message)")
    p.add_argument("--work", default=os.path.join(ROOT, "target", "bench"),
                   help="kept between runs: downloaded baseline jars, private Maven repository, results")
    p.add_argument("--no-jmh", action="store_true", help="leave out the JMH benchmarks")
    p.add_argument("--no-build", action="store_true", help="do not build the CLI, plugin and benchmarks first")
    p.add_argument("--keep", action="store_true", help="keep the temporary folder (models, logs, payloads)")
    a = p.parse_args(argv)
    a.rounds = a.rounds or (1 if a.quick else 5)
    a.cold_starts = a.cold_starts or (2 if a.quick else 5)
    return a


def say(msg):
    print(f"[{datetime.datetime.now():%H:%M:%S}] {msg}", flush=True)


def java_files(folder):
    return sorted(glob.glob(os.path.join(folder, "**", "*.java"), recursive=True))


def line_count(files):
    n = 0
    for f in files:
        with open(f, "rb") as fh:
            n += fh.read().count(b"\n")
    return n


def quick_slice(docs, out):
    """A small slice of a docs folder: every page about messages, and every tenth of the others."""
    pages = sorted(os.path.relpath(p, docs) for p in glob.glob(os.path.join(docs, "**", "*.md"), recursive=True))
    picked = [p for i, p in enumerate(pages) if os.path.basename(p).startswith("message") or i % 10 == 0]
    for p in picked:
        os.makedirs(os.path.dirname(os.path.join(out, p)), exist_ok=True)
        shutil.copyfile(os.path.join(docs, p), os.path.join(out, p))
    return len(picked)


class Sitting:
    def __init__(self, args):
        self.args = args
        self.work = os.path.abspath(args.work)
        os.makedirs(self.work, exist_ok=True)
        self.tmp = tempfile.mkdtemp(prefix="graphdocs-bench-")
        self.logs = os.path.join(self.tmp, "logs")
        os.makedirs(self.logs)
        self.n = 0
        self.facts = {}
        self.series = {k: Series(k, w) for k, w in [
            ("schema", "graphdocs schema (CSDL export)"),
            ("generate", "graphdocs generate"),
            ("verify", "graphdocs verify"),
            ("j2p generate", "jsonschema2pojo generation (baseline script)"),
            ("j2p javac", "javac of jsonschema2pojo's output (baseline script)"),
            ("javac", "javac of graphdocs' model (baseline's flags)"),
            ("javac no builders", "javac of graphdocs' model generated with --no-builders"),
            ("generate 3x", "graphdocs generate, 3x corpus"),
            ("cold model", "fresh JVM: one payload into the model class"),
            ("cold node", "fresh JVM: the same bytes into a JsonNode"),
            ("maven uptodate", "Maven build, graphdocs up to date (whole process)"),
            ("maven skip", "Maven build, graphdocs.skip=true (whole process)"),
        ]}
        self.mojo_ms = {"uptodate": [], "skip": []}
        self.jmh = {}

    def log(self, name):
        self.n += 1
        return os.path.join(self.logs, f"{self.n:03d}-{name.replace(' ', '-')}.log")

    def timed(self, key, cmd, ok=(0,), cwd=None):
        """Runs cmd once, adds its Sample to the series key; returns its log."""
        log = self.log(key)
        sample, _ = measure.run(cmd, log, cwd=cwd, ok=ok)
        self.series[key].add(sample)
        return log

    def gd(self, *args):
        return ["java", "-jar", JAR, *args]

    # ------------------------------------------------------------------ preparation (untimed)

    def prepare(self):
        a = self.args
        if a.docs:
            self.docs = os.path.abspath(a.docs)
        elif a.quick:
            self.docs = os.path.join(self.tmp, "slice")
            self.facts["slice pages"] = quick_slice(CORPUS, self.docs)
        else:
            self.docs = CORPUS
        self.x3 = os.path.join(self.tmp, "x3")
        say(f"docs: {self.docs}; making the 3x corpus in {self.x3}")
        measure.run([sys.executable, os.path.join(HERE, "copy_corpus.py"), self.docs, self.x3], self.log("copy"))
        self.facts["types 1x"] = self.type_count(self.docs, "1x")
        self.facts["types 3x"] = self.type_count(self.x3, "3x")
        say(f"types: {self.facts['types 1x']} (1x), {self.facts['types 3x']} (3x)")

        self.model_cp = ":".join(sorted(p for p in glob.glob(os.path.join(BENCH_LIB, "*.jar"))
                                        if os.path.basename(p).startswith(MODEL_DEPS)))
        self.model = os.path.join(self.tmp, "model")
        self.model_classes = os.path.join(self.tmp, "model-classes")
        say("generating and compiling the docs' model (also the warm-up run)")
        measure.run(self.gd("generate", "--docs", self.docs, "--out", self.model), self.log("prep-generate"))
        self.javac(self.model, self.model_classes, self.log("prep-javac"))
        sources = java_files(self.model)
        self.facts["model sources"] = len(sources)
        self.facts["model lines"] = line_count(sources)

        say("writing the payloads of the docs' examples (those verify passes)")
        self.payloads = os.path.join(self.tmp, "payloads")
        log = self.log("payloads")
        measure.run(["java", "-cp", self.run_cp(), "io.github.graphdocs.benchmarks.ExamplePayloadWriter",
                     self.docs, self.payloads, a.cold_type], log)
        self.facts["payloads"] = measure.tail(log, 1).strip()
        with open(os.path.join(self.payloads, "cold-start.tsv"), encoding="utf-8") as f:
            cold = f.read().split("\t")
        self.cold = (os.path.join(self.payloads, cold[1]), cold[0]) if len(cold) == 4 else None

        say("setting up the Maven consumer project (first build generates)")
        self.maven = maven_check.MavenCheck(ROOT, self.work, self.tmp, self.docs, self.logs)
        self.maven.prepare()

        j2p = os.path.join(self.work, "j2p")
        if not (os.path.isdir(os.path.join(j2p, "jars", "jsonschema2pojo")) and os.path.isdir(os.path.join(j2p, "jsonschema"))):
            say("first run of the baseline: fetching its jars and converting the metadata (untimed)")
            measure.run(["bash", BASELINE, j2p], self.log("baseline-setup"), cwd=ROOT)

    def type_count(self, docs, name):
        out = os.path.join(self.tmp, f"schema-{name}.json")
        measure.run(self.gd("schema", "--docs", docs, "--format", "json", "--out", out), self.log(f"types-{name}"))
        with open(out, encoding="utf-8") as f:
            return len(json.load(f)["types"])

    def run_cp(self):
        return ":".join([BENCH_CLASSES, os.path.join(BENCH_LIB, "*"), self.model_classes])

    def javac(self, sources_dir, classes, log, key=None):
        shutil.rmtree(classes, ignore_errors=True)
        os.makedirs(classes)
        listing = os.path.join(self.tmp, "sources.txt")
        with open(listing, "w", encoding="utf-8") as f:
            f.write("\n".join(java_files(sources_dir)) + "\n")
        cmd = ["javac", *JAVAC_FLAGS, "-cp", self.model_cp, "-d", classes, "@" + listing]
        if key:
            return self.timed(key, cmd)
        return measure.run(cmd, log)[1]

    # ------------------------------------------------------------------ the rounds

    def round(self, r):
        a = self.args
        out = os.path.join(self.tmp, "out")
        shutil.rmtree(out, ignore_errors=True)
        os.makedirs(out)
        say(f"round {r}/{a.rounds}: schema")
        self.timed("schema", self.gd("schema", "--docs", self.docs, "--format", "csdl", "--out", os.path.join(out, "schema.xml")))
        say(f"round {r}/{a.rounds}: jsonschema2pojo baseline (generation, javac)")
        self.baseline()
        say(f"round {r}/{a.rounds}: generate, javac of the model")
        self.timed("generate", self.gd("generate", "--docs", self.docs, "--out", os.path.join(out, "model")))
        self.javac(os.path.join(out, "model"), os.path.join(out, "classes"), None, key="javac")
        measure.run(self.gd("generate", "-q", "--no-builders", "--docs", self.docs, "--out", os.path.join(out, "model-nb")),
                    self.log("generate-no-builders"))
        self.javac(os.path.join(out, "model-nb"), os.path.join(out, "classes-nb"), None, key="javac no builders")
        say(f"round {r}/{a.rounds}: verify")
        log = self.timed("verify", self.gd("verify", "--docs", self.docs), ok=(0, 1))
        with open(log, encoding="utf-8", errors="replace") as f:
            self.facts["verify"] = next((l.strip() for l in f if l.startswith("examples:")), "no summary line")
        say(f"round {r}/{a.rounds}: generate on the 3x corpus")
        self.timed("generate 3x", self.gd("generate", "--docs", self.x3, "--out", os.path.join(out, "model3")))
        if self.cold:
            say(f"round {r}/{a.rounds}: {a.cold_starts} cold-start pairs")
            file, cls = self.cold
            for _ in range(a.cold_starts):
                self.timed("cold model", ["java", "-cp", self.run_cp(), "io.github.graphdocs.benchmarks.ColdStart", file, cls])
                self.timed("cold node", ["java", "-cp", self.run_cp(), "io.github.graphdocs.benchmarks.ColdStart", file])
        say(f"round {r}/{a.rounds}: Maven, up to date and skipped")
        for _ in range(1 if a.quick else 2):
            for skip in (False, True):
                sample, ms = self.maven.build(skip)
                self.series["maven skip" if skip else "maven uptodate"].add(sample)
                self.mojo_ms["skip" if skip else "uptodate"].append(ms)

    def baseline(self):
        log = self.log("baseline")
        measure.run(["bash", BASELINE, os.path.join(self.work, "j2p")], log, cwd=ROOT)
        found = report.parse_baseline(log)
        if "generate" not in found or "javac" not in found:
            raise measure.CommandFailed(f"the baseline printed no timing lines; see {log}")
        self.series["j2p generate"].add(found["generate"])
        self.series["j2p javac"].add(found["javac"])
        self.facts["j2p sources"] = found.get("files")
        if "j2p lines" not in self.facts:
            self.facts["j2p lines"] = line_count(java_files(os.path.join(self.work, "j2p", "out")))

    # ------------------------------------------------------------------ JMH

    def run_jmh(self):
        result = os.path.join(self.tmp, "jmh.json")
        cmd = ["java", "-cp", self.run_cp(), "org.openjdk.jmh.Main", "-rf", "json", "-rff", result,
               "-p", f"docs={self.docs}", "-p", f"payloads={self.payloads}"]
        if self.args.quick:
            cmd += ["-f", "1", "-wi", "1", "-i", "1", "-w", "1s", "-r", "1s"]
        cmd += ["io.github.graphdocs.benchmarks.PipelineBenchmark", "io.github.graphdocs.benchmarks.PayloadBenchmark"]
        log = self.log("jmh")
        say(f"JMH: pipeline stages and payloads (log: {log})")
        measure.run(cmd, log, cwd=ROOT)
        with open(result, encoding="utf-8") as f:
            for entry in json.load(f):
                m = entry["primaryMetric"]
                name = ".".join(entry["benchmark"].split(".")[-2:])  # Class.method
                error = m.get("scoreError")
                error = float(error) if isinstance(error, (int, float)) or error not in (None, "NaN") else None
                self.jmh[name] = (float(m["score"]), error, m["scoreUnit"])

    # ------------------------------------------------------------------ all of it

    def sit(self):
        started = datetime.datetime.now()
        self.facts["load at start"] = open("/proc/loadavg").read().split()[:3]
        self.prepare()
        for r in range(1, self.args.rounds + 1):
            self.round(r)
        if not self.args.no_jmh:
            self.run_jmh()
        self.facts["load at end"] = open("/proc/loadavg").read().split()[:3]
        self.facts["minutes"] = round((datetime.datetime.now() - started).total_seconds() / 60, 1)
        return report.write(self, os.path.join(self.work, "results.md"), os.path.join(self.work, "results.json"))


def main(argv):
    args = parse_args(argv)
    for need in (JAR, BENCH_CLASSES, BENCH_LIB, BASELINE):
        if not os.path.exists(need):
            sys.exit(f"bench/run: {need} is missing (bench/run builds it unless --no-build)")
    if args.docs and not os.path.isdir(args.docs):
        sys.exit(f"bench/run: docs folder {args.docs} does not exist")
    sitting = Sitting(args)
    try:
        print(sitting.sit())
    except (measure.CommandFailed, OSError) as e:
        print(f"bench/run: {e}\nbench/run: logs and temporary files kept in {sitting.tmp}", file=sys.stderr)
        sys.exit(1)
    if args.keep:
        print(f"bench/run: temporary folder kept: {sitting.tmp}", file=sys.stderr)
    else:
        shutil.rmtree(sitting.tmp, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
