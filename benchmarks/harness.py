"""Tiny harness: time things, compare each figure with its floor, print a table."""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field


def median_seconds(fn: Callable[[], object], runs: int = 5, warmup: int = 1,
                   clock: Callable[[], float] = time.perf_counter) -> float:
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(runs):
        start = clock()
        fn()
        samples.append(clock() - start)
    return statistics.median(samples)


def passphrase() -> str:
    """The registers' passphrase (benchmarks/__main__.py sets it for the whole run)."""
    return os.environ.setdefault("PARTYDESK_PASSPHRASE", "mật khẩu đo hiệu năng")


@dataclass
class Figure:
    name: str
    value: float
    unit: str
    floor_name: str | None = None
    floor: float | None = None
    max_ratio: float | None = None
    max_value: float | None = None

    @property
    def ratio(self) -> float | None:
        if self.floor in (None, 0):
            return None
        return self.value / self.floor

    @property
    def ok(self) -> bool:
        if self.max_ratio is not None and (self.ratio is None or self.ratio > self.max_ratio):
            return False
        return not (self.max_value is not None and self.value > self.max_value)


@dataclass
class Report:
    figures: list[Figure] = field(default_factory=list)

    def add(self, figure: Figure) -> Figure:
        self.figures.append(figure)
        print(format_figure(figure), flush=True)
        return figure

    @property
    def ok(self) -> bool:
        return all(f.ok for f in self.figures)


def format_figure(f: Figure) -> str:
    parts = [f"{f.name}: {f.value:.4g} {f.unit}"]
    if f.floor is not None:
        parts.append(f"floor ({f.floor_name}): {f.floor:.4g} {f.unit}")
    if f.ratio is not None:
        parts.append(f"ratio {f.ratio:.2f}")
    limits = []
    if f.max_ratio is not None:
        limits.append(f"ratio <= {f.max_ratio}")
    if f.max_value is not None:
        limits.append(f"<= {f.max_value} {f.unit}")
    if limits:
        parts.append(("OK" if f.ok else "OVER") + " (" + ", ".join(limits) + ")")
    return " | ".join(parts)
