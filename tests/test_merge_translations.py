"""The .ts merge driver keeps what both branches added and one side's changes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEAD = ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="vi_VN">\n')


def catalogue(*contexts: tuple[str, list[tuple[str, str]]]) -> str:
    body = ""
    for name, messages in contexts:
        body += f"<context>\n    <name>{name}</name>\n"
        for source, translation in messages:
            kind = ' type="unfinished"' if not translation else ""
            body += (f"    <message>\n        <source>{source}</source>\n"
                     f"        <translation{kind}>{translation}</translation>\n    </message>\n")
        body += "</context>\n"
    return HEAD + body + "</TS>\n"


def run_driver(tmp_path: Path, base: str, ours: str, theirs: str) -> str:
    paths = []
    for name, text in (("base", base), ("ours", ours), ("theirs", theirs)):
        path = tmp_path / f"{name}.ts"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    subprocess.run([sys.executable, str(ROOT / "scripts" / "merge_translations.py"), *paths],
                   check=True)
    return (tmp_path / "ours.ts").read_text(encoding="utf-8")


def test_both_sides_additions_survive_and_one_sided_changes_win(tmp_path):
    base = catalogue(("Members", [("Save", "Lưu"), ("Old", "Cũ")]))
    ours = catalogue(("Dues", [("Paid", "Đã nộp")]),
                     ("Members", [("Save", "Lưu lại"), ("Old", "Cũ")]))
    theirs = catalogue(("Members", [("Save", "Lưu"), ("Grade", "Xếp loại")]))
    merged = run_driver(tmp_path, base, ours, theirs)
    assert merged == catalogue(("Dues", [("Paid", "Đã nộp")]),
                               ("Members", [("Save", "Lưu lại"), ("Grade", "Xếp loại")]))


def test_a_finished_translation_beats_an_unfinished_one(tmp_path):
    base = catalogue(("Members", []))
    ours = catalogue(("Members", [("New", "")]))
    theirs = catalogue(("Members", [("New", "Mới")]))
    assert run_driver(tmp_path, base, ours, theirs) == catalogue(("Members", [("New", "Mới")]))
