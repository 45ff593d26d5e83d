"""Bundle rules without I/O: names, sequence decisions, member changes."""

from __future__ import annotations

import pytest

from partydesk.domain.bundles import (
    MemberChanges,
    SequenceDecision,
    bundle_file_name,
    count_active,
    decide_sequence,
    diff_members,
)


def test_bundle_file_name_carries_sender_recipient_and_sequence():
    assert bundle_file_name("CB01", "DUHB", 7) == "partydesk-CB01-to-DUHB-000007.pdbundle.zip"


@pytest.mark.parametrize(("last", "last_digest", "seq", "digest", "expected"), [
    (0, None, 1, "a", SequenceDecision.NEW),
    (3, "a", 5, "b", SequenceDecision.NEW),
    (3, "a", 3, "a", SequenceDecision.DUPLICATE),
    (3, "a", 3, "b", SequenceDecision.CONFLICT),
    (3, "a", 2, "c", SequenceDecision.OLDER),
])
def test_sequence_decisions(last, last_digest, seq, digest, expected):
    assert decide_sequence(last, last_digest, seq, digest) is expected


def row(status, name="A"):
    return (name, status)


def test_member_changes_count_added_changed_leaving():
    old = {"1": row("official"), "2": row("official"), "3": row("probationary"),
           "4": row("official"), "5": row("deceased")}
    new = {"1": row("official"), "2": row("official", "B"), "3": row("removed"),
           "6": row("probationary"), "5": row("deceased")}
    assert diff_members(old, new, 1) == MemberChanges(added=1, changed=1, leaving=2,
                                                      unchanged=2)


def test_no_changes_is_not_any():
    same = {"1": row("official")}
    assert not diff_members(same, same, 1).any
    assert diff_members({}, same, 1).any


def test_count_active_leaves_out_those_who_left():
    rows = [row("official"), row("probationary"), row("transferred_out"), row("deceased")]
    assert count_active(rows, 1) == 2
