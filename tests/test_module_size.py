"""Modules stay small enough to read: none over 400 lines (aim for 100-300)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIMIT = 400


def test_no_module_is_over_400_lines():
    long = {str(path.relative_to(ROOT)): lines
            for folder in ("src", "tests", "benchmarks", "scripts")
            for path in sorted((ROOT / folder).rglob("*.py"))
            if (lines := len(path.read_text(encoding="utf-8").splitlines())) > LIMIT}
    assert not long
