"""Run every benchmark: ``python -m benchmarks [NAME ...]`` (``make bench``).

Each ``benchmarks/bench_*.py`` module has ``run(report, args)``. Exit status 1
when a figure is over its limit, so a regression is visible at a glance.
"""

from __future__ import annotations

import argparse
import importlib
import os
import platform
import sys
from pathlib import Path

from benchmarks.harness import Report

# Benchmarks that call the services in-process use this checkout's sources.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
# Every register is encrypted, as the app's are (SQLCipher at its default key strength);
# subprocesses read the same passphrase.
os.environ.setdefault("PARTYDESK_PASSPHRASE", "mật khẩu đo hiệu năng")


def machine_description() -> str:
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        models = [line.split(":", 1)[1].strip() for line in cpuinfo.read_text().splitlines()
                  if line.startswith("model name")]
        cpu = models[0] if models else cpu
    return (f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("names", nargs="*", help="run only these (e.g. startup printing)")
    parser.add_argument("--quick", action="store_true", help="smaller data, fewer runs")
    parser.add_argument("--province", metavar="CxNxM", default=None,
                        help="bench_province's size: communes x cells x members "
                             "(default 4x25x250; the issue's province is 40x50x250)")
    args = parser.parse_args(argv)
    here = Path(__file__).parent
    names = args.names or sorted(p.stem.removeprefix("bench_") for p in here.glob("bench_*.py"))
    print(f"machine: {machine_description()}")
    report = Report()
    for name in names:
        print(f"== {name}", flush=True)
        importlib.import_module(f"benchmarks.bench_{name}").run(report, args)
    print("all within limits" if report.ok else "SOME FIGURES OVER THEIR LIMITS")
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
