"""Load the shipped rule files (``resources/rules/*.toml``) into a RuleBook."""

from __future__ import annotations

import tomllib
from datetime import date
from functools import cache
from pathlib import Path

from partydesk.domain.rulebook import RuleBook, RuleValue
from partydesk.resources import resource_path


def parse_rule_file(text: str, origin: str = "<rules>") -> list[RuleValue]:
    data = tomllib.loads(text)
    values = []
    for entry in data.get("rule", []):
        try:
            values.append(RuleValue(
                key=entry["key"],
                value=entry["value"],
                effective=date.fromisoformat(str(entry["effective"])),
                source=entry["source"],
                confirmed=entry.get("confirmed", True),
                note=entry.get("note", ""),
            ))
        except (KeyError, ValueError) as exc:
            raise ValueError(f"{origin}: bad rule entry {entry!r}: {exc}") from exc
    return values


def load_rules_from(folder: Path) -> RuleBook:
    values: list[RuleValue] = []
    for path in sorted(folder.glob("*.toml")):
        values.extend(parse_rule_file(path.read_text(encoding="utf-8"), path.name))
    return RuleBook(values)


@cache
def default_rulebook() -> RuleBook:
    return load_rules_from(resource_path("rules"))
