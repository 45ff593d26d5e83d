"""Exempt and temporarily-away members: flags kept from the events, filterable."""

from __future__ import annotations

import json
from datetime import date

from partydesk.domain.events import EventKind, MemberEvent
from partydesk.domain.member_state import derive_state
from partydesk.services.demo.register import fill_demo_register
from partydesk.services.members.lifecycle import history_of_changes, record_event
from partydesk.services.setup.rulebook import default_rulebook
from partydesk.storage.connection import Database
from partydesk.storage.members.events import events_of
from partydesk.storage.members.search import search_page
from partydesk.storage.migrations import known_migration_names, migration_set
from tests.helpers import run_cli

TODAY = date(2026, 11, 21)


def flagged(db, flag, text=None):
    return {row["id"] for row in search_page(db, text, flag=flag, limit=10_000)}


def derived(db, flag):
    rules, ids = default_rulebook(), set()
    for (member_id,) in db.execute("SELECT id FROM members").fetchall():
        events = events_of(db, member_id)
        if getattr(derive_state(events, TODAY, rules), flag):
            ids.add(member_id)
    return ids


def test_demo_flags_match_what_the_events_say(memory_db):
    fill_demo_register(memory_db, 1500, seed=21, as_of=TODAY)
    for flag in ("exempt", "temporarily_away"):
        assert flagged(memory_db, flag) == derived(memory_db, flag), flag
    assert flagged(memory_db, "exempt") or flagged(memory_db, "temporarily_away")


def test_recording_an_exemption_sets_the_flag_and_its_end_clears_it(memory_db):
    fill_demo_register(memory_db, 60, seed=22, as_of=TODAY)
    member_id = next(m for m in memory_db.execute(
        "SELECT id FROM members WHERE status = 'official' AND exempt = 0 "
        "AND temporarily_away = 0 ORDER BY sort_key").fetchall())[0]
    name = memory_db.execute("SELECT full_name FROM members WHERE id = ?",
                             [member_id]).fetchone()[0]
    record_event(memory_db, member_id, MemberEvent(EventKind.EXEMPTION_START,
                                                   date(2026, 11, 20)), TODAY)
    assert member_id in flagged(memory_db, "exempt", name.split()[-1])
    assert ("exempt", "0", "1") in {(a.field, a.old_value, a.new_value)
                                    for a in history_of_changes(memory_db, member_id)}
    record_event(memory_db, member_id, MemberEvent(EventKind.EXEMPTION_END,
                                                   date(2026, 11, 21)), TODAY)
    assert member_id not in flagged(memory_db, "exempt")


def test_an_older_register_gets_its_flags_when_migrated():
    import sqlite3

    db = Database(sqlite3.connect(":memory:", isolation_level=None))
    from sqlite_utils import Database as UtilsDatabase

    migration_set().apply(UtilsDatabase(db.conn), stop_before="0009_member_flags")
    db.execute("INSERT INTO members (id, full_name, name_folded, sort_key, sex, birth_date, "
               "status, created_at, updated_at) VALUES ('m', 'Lò Văn Páo', 'lo van pao', "
               "'k', 'male', '1950-01-01', 'official', 'x', 'x')")
    db.execute("INSERT INTO member_events (id, member_id, kind, occurred_on, created_at) "
               "VALUES ('e', 'm', 'exemption_start', '2025-03-01', 'x')")
    migration_set().apply(UtilsDatabase(db.conn))
    assert db.execute("SELECT exempt, temporarily_away FROM members").fetchone() == (1, 0)
    names = known_migration_names()     # later migrations (0040_dues…) come after it
    after = names[names.index("0009_member_flags") + 1:]
    assert all(name > "0009_member_flags" for name in after)
    # and every one of them ran
    assert [r[0] for r in db.execute("SELECT name FROM _sqlite_migrations "
                                     "ORDER BY id")] == known_migration_names()


def test_cli_lists_only_flagged_members(tmp_path):
    data = str(tmp_path / "data")
    run_cli("--data-dir", data, "init", "--role", "cell", "--name", "Chi bộ A", "--code", "A")
    run_cli("--data-dir", data, "demo", "--members", "1000", "--seed", "23",
            "--meetings-months", "0")
    everyone = json.loads(run_cli("--data-dir", data, "members", "list", "--format",
                                  "json").stdout)
    flagged_ids = set()
    for flag in ("exempt", "temporarily_away"):
        listed = json.loads(run_cli("--data-dir", data, "members", "list", "--flag", flag,
                                    "--format", "json").stdout)
        assert {row["status"] for row in listed} <= {"official", "probationary"}
        flagged_ids |= {row["id"] for row in listed}
    assert 0 < len(flagged_ids) < len(everyone)
    assert run_cli("--data-dir", data, "members", "list", "--flag", "asleep").returncode == 2
