"""A git merge driver for Qt Linguist ``.ts`` files: a three-way merge by message.

Two branches that each add user-visible text both regenerate the catalogues, and a
line merge then conflicts on every neighbouring entry. This driver merges message by
message instead: a message added on either side is kept, one changed on one side only
takes that change, one deleted on one side and unchanged on the other goes, and when
both sides changed it the finished translation wins (ours if both are finished).
Contexts come out in name order and messages keep the order they had, as lupdate
writes them. Afterwards ``make translations`` tidies anything left.

Set up once per clone (``.gitattributes`` already names the driver)::

    git config merge.qt-ts.name "Qt Linguist catalogue merge"
    git config merge.qt-ts.driver "python3 scripts/merge_translations.py %O %A %B"
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

CONTEXT = re.compile(r"<context>\n\s*<name>(.*?)</name>\n(.*?)</context>\n", re.S)
MESSAGE = re.compile(r"[ \t]*<message.*?</message>\n", re.S)
KEY = re.compile(r"<source>(.*?)</source>(?:\s*<comment>(.*?)</comment>)?", re.S)

Catalogue = dict[str, dict[tuple[str, str], str]]


def parse(text: str) -> tuple[str, Catalogue, str]:
    """Split a catalogue into its head, its contexts' messages (raw text) and its tail."""
    first = text.find("<context>")
    if first < 0:
        return text.replace("</TS>\n", ""), {}, "</TS>\n"
    contexts: Catalogue = {}
    for match in CONTEXT.finditer(text):
        messages = contexts.setdefault(match.group(1), {})
        for raw in MESSAGE.findall(match.group(2)):
            key = KEY.search(raw)
            messages[(key.group(1), key.group(2) or "") if key else (raw, "")] = raw
    return text[:first], contexts, "</TS>\n"


def unfinished(raw: str | None) -> bool:
    return raw is None or 'type="unfinished"' in raw or "<translation></translation>" in raw


def pick(base: str | None, ours: str | None, theirs: str | None) -> str | None:
    if ours == theirs:
        return ours
    if ours == base:
        return theirs
    if theirs == base:
        return ours
    if ours is None or theirs is None:           # changed on one side, deleted on the other
        return ours or theirs
    return theirs if unfinished(ours) and not unfinished(theirs) else ours


def merge(base: Catalogue, ours: Catalogue, theirs: Catalogue) -> Catalogue:
    merged: Catalogue = {}
    for name in sorted(set(ours) | set(theirs)):
        b, o, t = base.get(name, {}), ours.get(name, {}), theirs.get(name, {})
        keys = list(o) + [k for k in t if k not in o]
        kept = {k: pick(b.get(k), o.get(k), t.get(k)) for k in keys}
        kept = {k: raw for k, raw in kept.items() if raw is not None}
        if kept:
            merged[name] = kept
    return merged


def render(head: str, contexts: Catalogue, tail: str) -> str:
    parts = [head]
    for name, messages in contexts.items():
        parts.append(f"<context>\n    <name>{name}</name>\n")
        parts.extend(messages.values())
        parts.append("</context>\n")
    parts.append(tail)
    return "".join(parts)


def main(argv: list[str]) -> int:
    base_path, ours_path, theirs_path = (Path(p) for p in argv[1:4])
    base = parse(base_path.read_text(encoding="utf-8"))
    ours = parse(ours_path.read_text(encoding="utf-8"))
    theirs = parse(theirs_path.read_text(encoding="utf-8"))
    merged = merge(base[1], ours[1], theirs[1])
    ours_path.write_text(render(ours[0], merged, ours[2]), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
