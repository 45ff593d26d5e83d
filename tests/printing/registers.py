"""Demo registers of 5, 60 and 500 members, with every document kind printed from them.

Built once per test session (see ``printed_documents`` in conftest): init and demo
through the real command line, then, on the register itself, a signed meeting
with many speakers, a namesake of its chair, an amendment and a transfer out, so
each document kind has something to print and the hard cases are in it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import partydesk.services.dues.print_kinds  # registers the dues reports in the catalogue
import partydesk.services.reports.print_kinds  # noqa: F401  (grading, statistics reports)
from tests.helpers import run_cli

SIZES = (5, 60, 500)
AS_OF = date(2026, 2, 20)
INIT = ("init", "--role", "cell", "--name", "Chi bộ thôn Đồng Tâm", "--code", "CB01",
        "--term", "2025-2030", "--higher", "Đảng ủy xã Hòa Bình",
        "--secretary", "Nguyễn Văn Thắng")
SPEAKERS = 36


@dataclass
class Register:
    size: int
    data_dir: Path
    meeting_id: str = ""  # signed, many speakers, an amendment, a namesake chair
    resolution_id: str = ""
    member_id: str = ""  # has a transfer out
    chair: str = ""  # as printed, with the birth year
    names: list[str] = field(default_factory=list)  # every member name on the register
    active: list[str] = field(default_factory=list)  # official and probationary members
    pdfs: dict[str, Path] = field(default_factory=dict)


def cli(data_dir: Path, *args: str):
    result = run_cli("--data-dir", str(data_dir), *args)
    assert result.returncode == 0, result.stderr
    return result


def build(folder: Path, size: int) -> Register:
    data_dir = folder / f"reg{size}"
    cli(data_dir, *INIT)
    cli(data_dir, "demo", "--members", str(size), "--seed", "5", "--as-of",
        AS_OF.isoformat(), "--meetings-months", "3")
    register = Register(size, data_dir)
    _enrich(register)
    resolutions = json.loads(cli(data_dir, "resolutions", "list", "--format", "json").stdout)
    register.resolution_id = resolutions[0]["id"]
    return register


def _enrich(register: Register) -> None:
    from partydesk.domain.events import EventKind, MemberEvent
    from partydesk.domain.meetings import Amendment
    from partydesk.paths import resolve_paths
    from partydesk.services.meetings.drafts import add_amendment, list_meetings
    from partydesk.services.meetings.items import add_item, add_speech
    from partydesk.services.meetings.minutes import finalise_meeting, minutes_view
    from partydesk.services.members.lifecycle import record_event
    from partydesk.storage.database import open_database

    db = open_database(resolve_paths(str(register.data_dir)).database)
    try:
        draft = next(m for m in list_meetings(db) if m.status == "draft")
        view = minutes_view(db, draft.id)
        present = [e for e in view.attendees if e.attendee.is_present and e.member_id]
        chair_id = view.chair.member_id
        born = db.execute("SELECT birth_date FROM members WHERE id = ?", [chair_id]).fetchone()
        other = next(e for e in present if e.member_id != chair_id)
        db.execute("UPDATE members SET full_name = ?, birth_date = ? WHERE id = ?",
                   [view.chair.name, "1960-03-04" if born[0][:4] != "1960" else "1971-05-06",
                    other.member_id])
        item = add_item(db, draft.id, "Ý kiến của đảng viên về công tác tháng tới")
        for n in range(SPEAKERS):
            speaker = present[n % len(present)]
            add_speech(db, item, speaker.name, f"Ý kiến thứ {n + 1}: đề nghị chi bộ quan tâm "
                       "hơn nữa đến việc giữ gìn vệ sinh môi trường và an ninh trật tự thôn, "
                       "phân công đảng viên phụ trách từng hộ.", speaker.member_id)
        finalise_meeting(db, draft.id, view.held_on)
        add_amendment(db, draft.id, Amendment(AS_OF, "Đính chính: ý kiến thứ 3 ghi nhầm "
                                              "tên hộ; nội dung khác giữ nguyên.",
                                              view.minute_taker.name))
        register.meeting_id = draft.id
        register.chair = f"{view.chair.name} (sinh năm {born[0][:4]})"
        transferred = db.execute("SELECT member_id FROM member_events WHERE kind LIKE "
                                 "'transfer_out%' LIMIT 1").fetchone()
        if transferred is None:
            member = present[-1].member_id
            record_event(db, member, MemberEvent(EventKind.TRANSFER_OUT_TEMPORARY, AS_OF,
                                                 {"place": "Chi bộ thôn Tân Lập"}), AS_OF)
            transferred = (member,)
        register.member_id = transferred[0]
        register.names = [r[0] for r in db.execute("SELECT full_name FROM members")]
        register.active = [r[0] for r in db.execute(
            "SELECT full_name FROM members WHERE status IN ('official', 'probationary')")]
    finally:
        db.close()
