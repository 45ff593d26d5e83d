"""Transfers. A cell's members with a transfer out recorded (who can be given a
transfer letter), and transfers between the cells of one committee. Committee side:
members in transit (moved out of a cell by an official transfer, not yet current in
another cell), where each was forwarded, and the dossier (record, events, candidate
file) from the cell's last bundle. Cell side: dossiers received, until accepted."""

from __future__ import annotations

import json

from partydesk.storage.connection import Database
from partydesk.storage.rows import dicts

CURRENT = ("probationary", "official")


def in_transit(db: Database) -> list[dict]:
    """Members whose cell recorded an official transfer out and who are current in no
    other cell yet, with the forwarding if any. Oldest departure first."""
    return dicts(db.execute(
        "SELECT m.id AS member_id, m.cell_code AS from_cell, m.full_name, m.birth_date, "
        "m.card_number, (SELECT max(e.occurred_on) FROM cell_member_events e "
        " WHERE e.cell_code = m.cell_code AND e.member_id = m.id "
        " AND e.kind = 'transfer_out_official') AS left_on, "
        "(SELECT e.details FROM cell_member_events e WHERE e.cell_code = m.cell_code "
        " AND e.member_id = m.id AND e.kind = 'transfer_out_official' "
        " ORDER BY e.occurred_on DESC LIMIT 1) AS out_details, "
        "t.to_cell, t.forwarded_at "
        "FROM cell_members m LEFT JOIN committee_transfers t "
        " ON t.member_id = m.id AND t.from_cell = m.cell_code "
        "WHERE m.status = 'transferred_out' AND NOT EXISTS (SELECT 1 FROM cell_members o "
        " WHERE o.id = m.id AND o.cell_code != m.cell_code AND o.status IN (?, ?)) "
        "ORDER BY left_on, m.sort_key, m.id", list(CURRENT)))


def record_forward(db: Database, member_id: str, from_cell: str, to_cell: str,
                   now: str) -> None:
    with db.atomic():
        db.execute("INSERT INTO committee_transfers (member_id, from_cell, to_cell, "
                   "forwarded_at) VALUES (?, ?, ?, ?) ON CONFLICT (member_id, from_cell) "
                   "DO UPDATE SET to_cell = excluded.to_cell, "
                   "forwarded_at = excluded.forwarded_at", [member_id, from_cell, to_cell,
                                                            now])


def forwarded_to(db: Database, cell_code: str) -> list[dict]:
    """Transfers forwarded to ``cell_code`` whose member is not current there yet."""
    return dicts(db.execute(
        "SELECT t.member_id, t.from_cell FROM committee_transfers t WHERE t.to_cell = ? "
        "AND NOT EXISTS (SELECT 1 FROM cell_members o WHERE o.id = t.member_id "
        " AND o.cell_code = t.to_cell AND o.status IN (?, ?)) ORDER BY t.forwarded_at, "
        "t.member_id", [cell_code, *CURRENT]))


def _row_dict(cursor) -> list[dict]:
    names = [d[0] for d in cursor.description if d[0] != "cell_code"]
    return [{k: v for k, v in zip([d[0] for d in cursor.description], row, strict=True)
             if k != "cell_code"} for row in cursor] if names else []


def dossier(db: Database, cell_code: str, member_id: str) -> dict:
    """The member's record, whole event history and candidate file as the cell's last
    bundle holds them."""
    [record] = _row_dict(db.execute(
        "SELECT * FROM cell_members WHERE cell_code = ? AND id = ?", [cell_code, member_id]))
    events = _row_dict(db.execute(
        "SELECT * FROM cell_member_events WHERE cell_code = ? AND member_id = ? "
        "ORDER BY occurred_on, rowid", [cell_code, member_id]))
    candidates = _row_dict(db.execute(
        "SELECT * FROM cell_candidates WHERE cell_code = ? AND member_id = ?",
        [cell_code, member_id]))
    return {"record": record, "events": events,
            "candidate": candidates[0] if candidates else None}


# ---- cell side ----------------------------------------------------------------------

def incoming_ids(db: Database) -> set[str]:
    return {row[0] for row in db.execute("SELECT member_id FROM incoming_transfers")}


def insert_incoming(db: Database, transfer: dict, received_at: str) -> None:
    record = transfer["dossier"]["record"]
    db.execute(
        "INSERT INTO incoming_transfers (member_id, from_cell, full_name, left_on, dossier, "
        "received_at) VALUES (?, ?, ?, ?, ?, ?)",
        [transfer["member_id"], transfer["from_cell"], record.get("full_name") or "",
         transfer.get("left_on"), json.dumps(transfer["dossier"], ensure_ascii=False),
         received_at])


def list_incoming(db: Database) -> list[dict]:
    return dicts(db.execute(
        "SELECT member_id, from_cell, full_name, left_on, received_at, accepted_on "
        "FROM incoming_transfers ORDER BY received_at, member_id"))


def load_incoming(db: Database, member_id: str) -> dict | None:
    rows = dicts(db.execute("SELECT * FROM incoming_transfers WHERE member_id = ?",
                            [member_id]))
    if not rows:
        return None
    return {**rows[0], "dossier": json.loads(rows[0]["dossier"])}


def mark_accepted(db: Database, member_id: str, on: str) -> None:
    db.execute("UPDATE incoming_transfers SET accepted_on = ? WHERE member_id = ?",
               [on, member_id])


def members_transferred_out(db: Database) -> list[tuple[str, str, str]]:
    """(member id, full name, date of the latest transfer out), latest first."""
    rows = db.execute(
        "SELECT m.id, m.full_name, max(e.occurred_on) AS day FROM member_events e "
        "JOIN members m ON m.id = e.member_id "
        "WHERE e.kind IN ('transfer_out_official', 'transfer_out_temporary') "
        # not the departure a received letter certifies (transfers arrive): not ours
        "AND coalesce(json_extract(e.details, '$.source'), '') != 'transfer letter' "
        "GROUP BY m.id ORDER BY day DESC, m.sort_key")
    return [(r[0], r[1], r[2]) for r in rows]


def latest_transfer_out_id(db: Database, member_id: str) -> str | None:
    """The id of the member's latest transfer out event (the one a letter introduces)."""
    row = db.execute(
        "SELECT id FROM member_events WHERE member_id = ? "
        "AND kind IN ('transfer_out_official', 'transfer_out_temporary') "
        "ORDER BY occurred_on DESC, created_at DESC, id DESC LIMIT 1", [member_id]).fetchone()
    return row[0] if row else None


def letter_issued(db: Database, event_id: str, issued_on: str) -> tuple[str, str] | None:
    """(document id, number) of the letter already issued for this transfer on that day."""
    row = db.execute(
        "SELECT id, number FROM documents WHERE type_code = 'GGT' AND content = ? "
        "AND issued_on = ? ORDER BY seq LIMIT 1", [event_id, issued_on]).fetchone()
    return (row[0], row[1]) if row else None


def transfer_book_rows(db: Database) -> list[dict]:
    """Every transfer in or out of the register (sổ giới thiệu sinh hoạt đảng), newest
    first: event id, date, kind, member, details (place, letter number) and the number
    of the transfer letter printed for it, if any."""
    return dicts(db.execute(
        "SELECT e.id, e.occurred_on, e.kind, e.details, m.id AS member_id, m.full_name, "
        "(SELECT d.number FROM documents d WHERE d.type_code = 'GGT' AND d.content = e.id "
        " ORDER BY d.seq LIMIT 1) AS letter_number FROM member_events e "
        "JOIN members m ON m.id = e.member_id WHERE e.kind IN ('transfer_out_official', "
        "'transfer_out_temporary', 'transfer_in_official', 'transfer_in_temporary', "
        "'return_from_temporary') ORDER BY e.occurred_on DESC, e.created_at DESC, e.id"))


# ---- deadlines (reminders) ------------------------------------------------------------

def save_expected_move(db: Database, member_id: str, moving_on: str, place: str,
                       now: str) -> None:
    with db.atomic():
        db.execute("INSERT INTO expected_moves (member_id, moving_on, place, recorded_at) "
                   "VALUES (?, ?, ?, ?) ON CONFLICT (member_id) DO UPDATE SET "
                   "moving_on = excluded.moving_on, place = excluded.place, "
                   "recorded_at = excluded.recorded_at", [member_id, moving_on, place, now])


def moves_not_started(db: Database) -> list[dict]:
    """Members noted as moving who are still current here with no transfer out recorded
    since that day: member_id, full_name, moving_on, place."""
    return dicts(db.execute(
        "SELECT x.member_id, m.full_name, x.moving_on, x.place FROM expected_moves x "
        "JOIN members m ON m.id = x.member_id WHERE m.status IN (?, ?) "
        "AND NOT EXISTS (SELECT 1 FROM member_events e WHERE e.member_id = x.member_id "
        " AND e.kind IN ('transfer_out_official', 'transfer_out_temporary') "
        " AND e.occurred_on >= x.moving_on) ORDER BY x.moving_on, m.sort_key",
        list(CURRENT)))


def letters_out_since(db: Database, since: str) -> list[dict]:
    """Members who left with a transfer letter on or after ``since`` and are still away:
    member_id, full_name, left_on (the latest transfer out)."""
    return dicts(db.execute(
        "SELECT m.id AS member_id, m.full_name, max(e.occurred_on) AS left_on "
        "FROM member_events e JOIN members m ON m.id = e.member_id "
        "WHERE ((e.kind = 'transfer_out_official' AND m.status = 'transferred_out') OR "
        " (e.kind = 'transfer_out_temporary' AND m.temporarily_away = 1)) "
        "AND e.occurred_on >= ? GROUP BY m.id ORDER BY left_on, m.sort_key", [since]))
