"""Rules of the bundles that carry a cell's register to its committee.

Pure rules, no I/O: how a bundle is named, which sequence numbers a committee
accepts, and what an incoming snapshot changes in the consolidated register.
See docs/bundles.md for the format itself.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

FORMAT_VERSION = 1               # what a cell (and a committee going down) writes
ROLLUP_FORMAT_VERSION = 2        # a commune's roll-up to its province (issue 15)
STREAM_FORMAT_VERSION = 3        # streamed payload and container, cell and roll-up alike
KIND_CELL, KIND_ROLLUP = "cell", "rollup"
READ_FORMAT_VERSION = {KIND_CELL: FORMAT_VERSION,          # the newest format read, by kind
                       KIND_ROLLUP: ROLLUP_FORMAT_VERSION}
BUNDLE_SUFFIX = ".pdbundle.zip"
# A member who is no longer counted in the cell (the register keeps their history).
LEAVING_STATUSES = frozenset({"transferred_out", "removed", "expelled", "left", "deceased"})
ACTIVE_STATUSES = frozenset({"probationary", "official"})


def normalise_fingerprint(text: str) -> str:
    """A fingerprint as typed by an operator, compared without spaces, dashes or case:
    "ab12-CD34 …" and "AB12 CD34 …" are the same fingerprint."""
    return "".join(c for c in text if c not in " -\t").upper()


def bundle_prefix(sender_code: str, recipient_code: str) -> str:
    return f"partydesk-{sender_code}-to-{recipient_code}-"


def bundle_stem(sender_code: str, recipient_code: str, sequence: int) -> str:
    """``partydesk-CB01-to-DUHB-000007``: the bag's folder name inside the ZIP."""
    return f"{bundle_prefix(sender_code, recipient_code)}{sequence:06d}"


def bundle_file_name(sender_code: str, recipient_code: str, sequence: int) -> str:
    return bundle_stem(sender_code, recipient_code, sequence) + BUNDLE_SUFFIX


class SequenceDecision(StrEnum):
    NEW = "new"                  # newer than anything held from this sender: import it
    DUPLICATE = "duplicate"      # exactly the bundle already imported: nothing to do
    OLDER = "older"              # older than what we hold: refuse
    CONFLICT = "conflict"        # same number, different content: refuse


def decide_sequence(last_sequence: int, last_digest: str | None,
                    sequence: int, digest: str) -> SequenceDecision:
    """The receiver keeps only the newest snapshot per sender, so importing any set of
    bundles in any order, any number of times, ends in the same state."""
    if sequence > last_sequence:
        return SequenceDecision.NEW
    if sequence == last_sequence:
        return (SequenceDecision.DUPLICATE if digest == last_digest
                else SequenceDecision.CONFLICT)
    return SequenceDecision.OLDER


@dataclass(frozen=True)
class MemberChanges:
    added: int = 0
    changed: int = 0
    leaving: int = 0
    unchanged: int = 0

    @property
    def any(self) -> bool:
        return bool(self.added or self.changed or self.leaving)


def diff_members(old: Mapping[str, Sequence], new: Mapping[str, Sequence],
                 status_index: int) -> MemberChanges:
    """Compare two snapshots of one cell's members (``id → row``, rows in the same
    column order). A member leaves when they disappear from the register or their
    status moves to one of LEAVING_STATUSES; any other difference is a change."""
    added = changed = leaving = unchanged = 0
    for member_id, row in new.items():
        before = old.get(member_id)
        if before is None:
            added += 1
        elif tuple(before) == tuple(row):
            unchanged += 1
        elif (row[status_index] in LEAVING_STATUSES
              and before[status_index] not in LEAVING_STATUSES):
            leaving += 1
        else:
            changed += 1
    leaving += sum(1 for member_id, row in old.items()
                   if member_id not in new and row[status_index] not in LEAVING_STATUSES)
    return MemberChanges(added, changed, leaving, unchanged)


def count_active(rows: Sequence[Sequence], status_index: int) -> int:
    return sum(1 for row in rows if row[status_index] in ACTIVE_STATUSES)


DEFAULT_WAITING_DAYS = 35
MAX_WAITING_DAYS = 366


def is_waiting(since: date | None, today: date, days: int) -> bool:
    """A cell is waited for when nothing has come from it for more than ``days`` days
    since ``since`` (its last bundle, or its enrolment when none has come yet)."""
    return since is not None and (today - since).days > days
