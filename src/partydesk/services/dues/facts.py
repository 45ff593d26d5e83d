"""A member's dues basis, exemptions and reductions, and the cell's dues settings: dated
facts, each change kept with its date (a later fact overrides from its month on)."""

from __future__ import annotations

from datetime import date

from partydesk.domain.dues import UNKNOWN_MEMBER, Category, Month, refuse
from partydesk.domain.dues_rules import SETTING_KEYS, RuleKey
from partydesk.domain.ids import new_id
from partydesk.domain.messages import QT_TRANSLATE_NOOP
from partydesk.domain.rulebook import RuleBook, UnknownRule
from partydesk.services.dues.context import now_stamp
from partydesk.services.setup.rulebook import default_rulebook
from partydesk.storage.connection import Database
from partydesk.storage.dues_store import insert_basis, insert_relief, insert_setting
from partydesk.storage.members.records import load_member

NEEDS_BASE = QT_TRANSLATE_NOOP(
    "Dues", "A {category} member's dues are a share of an amount: give it with --base "
    "(whole đồng, above 0).")
NO_BASE = QT_TRANSLATE_NOOP("Dues", "A {category} member pays a flat amount: leave out --base.")
BAD_BASE = QT_TRANSLATE_NOOP(
    "Dues", "{base} đồng is not a possible monthly amount: give a whole number from 1 to "
    "1,000,000,000.")
BAD_PERCENT = QT_TRANSLATE_NOOP(
    "Dues", "A reduction of {percent} % is not in the rules in force on {date}: "
    "allowed are {allowed}.")
TOO_LONG = QT_TRANSLATE_NOOP(
    "Dues", "A reduction lasts at most {most} months a decision; this one lasts {months}.")
ENDS_BEFORE = QT_TRANSLATE_NOOP("Dues", "The end date is before the start date.")
NEEDS_REASON = QT_TRANSLATE_NOOP("Dues", "Give the reason for the exemption (--reason).")
BAD_SETTING = QT_TRANSLATE_NOOP("Dues", "{value} is not a possible value for {key}.")
MAX_BASE = 1_000_000_000


def _require(db: Database, member_id: str) -> None:
    if load_member(db, member_id) is None:
        raise refuse(UNKNOWN_MEMBER, member_id=member_id)


def set_basis(db: Database, member_id: str, category: Category, base: int | None,
              since: date, decision: str = "", recorded_by: str = "") -> str:
    _require(db, member_id)
    if category.needs_base and base is None:
        raise refuse(NEEDS_BASE, category=category.value)
    if not category.needs_base and base is not None:
        raise refuse(NO_BASE, category=category.value)
    if base is not None and not 0 < base <= MAX_BASE:
        raise refuse(BAD_BASE, base=base)
    fact_id = new_id()
    insert_basis(db, {"id": fact_id, "member_id": member_id, "category": category.value,
                      "base": base, "effective_from": since.isoformat(), "decision": decision,
                      "recorded_at": now_stamp(), "recorded_by": recorded_by})
    return fact_id


def exempt(db: Database, member_id: str, reason: str, starts: date, ends: date | None = None,
           decision: str = "", recorded_by: str = "") -> str:
    _require(db, member_id)
    if not reason.strip():
        raise refuse(NEEDS_REASON)
    return _relief(db, member_id, "exempt", 100, reason.strip(), starts, ends, decision,
                   recorded_by)


def reduce(db: Database, member_id: str, percent: int, starts: date, ends: date,
           reason: str = "", decision: str = "", recorded_by: str = "",
           rules: RuleBook | None = None) -> str:
    _require(db, member_id)
    rules = rules or default_rulebook()
    try:
        allowed = list(rules.value(RuleKey.REDUCTION_PERCENTS, starts))
        most = int(rules.value(RuleKey.REDUCTION_MAX_MONTHS, starts))
    except UnknownRule:
        allowed, most = [], 0
    if percent not in allowed:
        raise refuse(BAD_PERCENT, percent=percent, date=starts.strftime("%d/%m/%Y"),
                     allowed=", ".join(f"{p} %" for p in allowed) or "—")
    months = (Month.of(ends).year - starts.year) * 12 + Month.of(ends).month - starts.month + 1
    if ends < starts:
        raise refuse(ENDS_BEFORE)
    if months > most:
        raise refuse(TOO_LONG, most=most, months=months)
    return _relief(db, member_id, "reduce", percent, reason, starts, ends, decision, recorded_by)


def _relief(db: Database, member_id: str, kind: str, percent: int, reason: str, starts: date,
            ends: date | None, decision: str, recorded_by: str) -> str:
    if ends is not None and ends < starts:
        raise refuse(ENDS_BEFORE)
    fact_id = new_id()
    insert_relief(db, {"id": fact_id, "member_id": member_id, "kind": kind, "percent": percent,
                       "reason": reason, "decision": decision, "starts_on": starts.isoformat(),
                       "ends_on": ends.isoformat() if ends else None,
                       "recorded_at": now_stamp(), "recorded_by": recorded_by})
    return fact_id


def set_dues_setting(db: Database, key: str, value: int, since: Month) -> None:
    """An unconfirmed value (amount for members without salary or pension, the share the
    cell keeps, rounding) as the committee or the cell sets it, from ``since`` on."""
    limits = {RuleKey.OTHER_MONTHLY: (0, 1_000_000), RuleKey.RETAINED_PERCENT: (0, 100),
              RuleKey.ROUNDING: (1, 100_000)}
    if key not in SETTING_KEYS or not limits[key][0] <= value <= limits[key][1]:
        raise refuse(BAD_SETTING, key=key, value=value)
    insert_setting(db, {"id": new_id(), "key": str(key), "value": value,
                        "from_month": str(since), "recorded_at": now_stamp()})
