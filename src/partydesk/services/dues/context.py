"""Everything a month's dues are worked out from, read once."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from partydesk.domain.dues import Month
from partydesk.domain.dues_rules import Settings
from partydesk.domain.events import MemberEvent
from partydesk.domain.rulebook import RuleBook
from partydesk.services.dues.liability import Liability, liabilities
from partydesk.services.setup.rulebook import default_rulebook
from partydesk.storage.connection import Database
from partydesk.storage.dues_store import all_bases, all_reliefs, all_settings
from partydesk.storage.members.events import events_of_many, load_histories
from partydesk.storage.members.records import member_names
from partydesk.storage.organisation_store import load_organisation


@dataclass
class DuesContext:
    names: dict[str, str]           # member id → full name, in Vietnamese name order
    histories: dict[str, Sequence[MemberEvent]]
    bases: dict
    reliefs: dict
    settings: Settings
    rules: RuleBook
    recorded_by: str
    _months: dict = field(default_factory=dict)

    def month(self, month: Month) -> dict[str, Liability]:
        """Who owes what in ``month`` (worked out once per context)."""
        if month not in self._months:
            self._months[month] = liabilities(self.histories, month, self.bases,
                                              self.reliefs, self.rules, self.settings)
        return self._months[month]


def load_context(db: Database, member_ids: Sequence[str] | None = None,
                 rules: RuleBook | None = None) -> DuesContext:
    if member_ids is None:
        stored = load_histories(db)
        names = {h.member_id: h.full_name for h in stored}
        histories = {h.member_id: h.events for h in stored}
    else:
        histories = events_of_many(db, member_ids)
        names = member_names(db, member_ids)
    organisation = load_organisation(db)
    return DuesContext(names, histories, all_bases(db, member_ids), all_reliefs(db, member_ids),
                       Settings(all_settings(db)), rules or default_rulebook(),
                       organisation.secretary if organisation else "")


def now_stamp() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
