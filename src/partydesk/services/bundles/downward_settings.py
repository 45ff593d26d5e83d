"""Settings in a downward bundle: the dues settings and admission targets the committee
set for the cell. Checked like every field of the payload when it is opened (a value
outside what the cell itself would accept makes the bundle damaged), then turned into
the rows the cell records and applies."""

from __future__ import annotations

import re

from partydesk.domain.dues_rules import SETTING_KEYS, RuleKey

# the same limits as services/dues/facts.set_dues_setting
DUES_LIMITS = {RuleKey.OTHER_MONTHLY: (0, 1_000_000), RuleKey.RETAINED_PERCENT: (0, 100),
               RuleKey.ROUNDING: (1, 100_000)}
TARGET_LIMITS = (0, 1_000_000)
_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


def empty() -> dict:
    return {"dues": [], "targets": []}


def check_settings(value) -> dict:
    """The ``settings`` field of a payload (absent in format 1: nothing set)."""
    if value is None:
        return empty()
    if not isinstance(value, dict):
        raise ValueError("settings")
    return {"dues": [_dues(d) for d in value.get("dues", [])],
            "targets": [_target(t) for t in value.get("targets", [])]}


def _dues(value: dict) -> dict:
    row = {key: value[key] for key in ("id", "key", "value", "from_month", "created_at")}
    if not (isinstance(row["id"], str) and isinstance(row["created_at"], str)
            and type(row["value"]) is int and isinstance(row["from_month"], str)):
        raise ValueError("dues setting")
    if row["key"] not in SETTING_KEYS or not _MONTH.match(row["from_month"]):
        raise ValueError("dues setting key")
    low, high = DUES_LIMITS[RuleKey(row["key"])]
    if not low <= row["value"] <= high:
        raise ValueError("dues setting value")
    return row


def _target(value: dict) -> dict:
    row = {key: value[key] for key in ("year", "admissions", "set_at")}
    if not (type(row["year"]) is int and type(row["admissions"]) is int
            and isinstance(row["set_at"], str)):
        raise ValueError("target")
    if not 2000 <= row["year"] <= 2100 or not (
            TARGET_LIMITS[0] <= row["admissions"] <= TARGET_LIMITS[1]):
        raise ValueError("target value")
    return row


def setting_rows(settings: dict) -> list[dict]:
    """Rows for ``received_settings``: a dues setting by its id; a target by its year
    (one target a year: a target set again replaces the year's)."""
    rows = [{"id": d["id"], "kind": "dues", "key": d["key"], "value": d["value"],
             "since": d["from_month"], "set_at": d["created_at"]} for d in settings["dues"]]
    rows += [{"id": f"target-{t['year']}", "kind": "target",
              "key": "admissions", "value": t["admissions"], "since": str(t["year"]),
              "set_at": t["set_at"]} for t in settings["targets"]]
    return rows
