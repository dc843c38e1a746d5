"""Whole-process measurement for bench/run: wall time, CPU time (user + sys) and peak RSS of a command.

The figures are the ones GNU time prints with -f '%e %U %S %M' (rusage from wait4), taken here with a
monotonic clock for the wall time so that sub-second runs keep their milliseconds. The CPU time
includes the command's waited-for children (graphdocs.jar's batch JVM); the peak RSS is that of the
largest single process of the tree, as the kernel reports it.
"""
import os
import statistics
import subprocess
import time


class Sample:
    """One run of one command."""

    def __init__(self, wall, user, sys, rss_kib):
        self.wall = wall
        self.user = user
        self.sys = sys
        self.rss_kib = rss_kib

    @property
    def cpu(self):
        return self.user + self.sys

    @property
    def cpu_per_wall(self):
        return self.cpu / self.wall if self.wall > 0 else 0.0

    @property
    def rss_mib(self):
        return self.rss_kib / 1024.0

    def as_dict(self):
        return {"wall_s": round(self.wall, 4), "user_s": round(self.user, 3), "sys_s": round(self.sys, 3),
                "peak_rss_kib": self.rss_kib}


class CommandFailed(Exception):
    pass


def run(cmd, log_path, cwd=None, env=None, ok=(0,)):
    """Runs cmd (a list) with its output to log_path; returns (Sample, exit code)."""
    with open(log_path, "wb") as log:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                cwd=cwd, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
    code = os.waitstatus_to_exitcode(status)
    proc.returncode = code
    if code not in ok:
        raise CommandFailed(f"{' '.join(map(str, cmd))} exited {code}; last lines of {log_path}:\n" + tail(log_path))
    return Sample(wall, usage.ru_utime, usage.ru_stime, usage.ru_maxrss), code


def tail(path, lines=20):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return "".join(f.readlines()[-lines:])
    except OSError:
        return ""


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


class Series:
    """Every sample of one measured command, in the order taken."""

    def __init__(self, name, what):
        self.name = name
        self.what = what
        self.samples = []

    def add(self, sample):
        self.samples.append(sample)

    def __bool__(self):
        return bool(self.samples)

    def median(self, attr):
        return median([getattr(s, attr) for s in self.samples])

    def spread(self, attr):
        values = [getattr(s, attr) for s in self.samples]
        return (min(values), max(values)) if values else (None, None)


def paired_ratio(a, b, attr="wall"):
    """Median of a[i]/b[i] over the pairs taken side by side (same round), or None."""
    ratios = [getattr(x, attr) / getattr(y, attr) for x, y in zip(a.samples, b.samples) if getattr(y, attr)]
    return median(ratios)
