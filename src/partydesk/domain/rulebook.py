"""Rules as data: every threshold and period with its source and effective date.

Values come from the rule files under ``resources/rules`` (loaded by
``partydesk.services.setup.rulebook``); the domain only asks "what was the value of
this rule on that date", so a 2024 meeting is judged by the rules of 2024.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from partydesk.domain.messages import QT_TRANSLATE_NOOP, message


@dataclass(frozen=True)
class RuleValue:
    key: str
    value: Any
    effective: date
    source: str
    confirmed: bool = True
    note: str = ""


class UnknownRule(LookupError):
    """A rule key with no value in force on the date asked: a bug or a missing rule file."""


class RuleBook:
    def __init__(self, values: Iterable[RuleValue]):
        by_key: dict[str, list[RuleValue]] = defaultdict(list)
        for value in values:
            by_key[value.key].append(value)
        self._versions = {k: sorted(v, key=lambda r: r.effective) for k, v in by_key.items()}
        for key, versions in self._versions.items():
            dates = [v.effective for v in versions]
            if len(set(dates)) != len(dates):
                raise ValueError(f"rule {key!r} has two values effective on the same day")

    def rule(self, key: str, as_of: date) -> RuleValue:
        versions = self._versions.get(key)
        if not versions:
            raise UnknownRule(key)
        index = bisect_right([v.effective for v in versions], as_of)
        if index == 0:
            raise UnknownRule(f"{key} (nothing in force on {as_of.isoformat()})")
        return versions[index - 1]

    def value(self, key: str, as_of: date) -> Any:
        return self.rule(key, as_of).value

    def history(self, key: str) -> list[RuleValue]:
        return list(self._versions.get(key, []))

    def keys(self) -> list[str]:
        return sorted(self._versions)


def describe_source(rule: RuleValue):
    """A user-facing citation for a rule, e.g. in a refusal message."""
    if rule.confirmed:
        return message(QT_TRANSLATE_NOOP("Rules", "{source}, in force since {since}"),
                       source=rule.source, since=rule.effective.strftime("%d/%m/%Y"))
    return message(QT_TRANSLATE_NOOP("Rules", "{source} (not yet confirmed), since {since}"),
                   source=rule.source, since=rule.effective.strftime("%d/%m/%Y"))
