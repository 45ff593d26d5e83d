"""Small registers with hand-made histories for the meeting tests (not a test module).

The meeting of 05/03/2025 is the reference: who was a member that day is easy
to tell from the dates below.
"""

from __future__ import annotations

from datetime import date, time

from partydesk.domain.ids import new_id
from partydesk.domain.meetings import MeetingKind
from partydesk.domain.member import MemberRecord, Sex
from partydesk.services.meetings.drafts import MeetingDetails
from tests.helpers import add_lives

MEETING_DAY = date(2025, 3, 5)

OFFICIAL = [("admission_decision", "2010-01-10"), ("admission_ceremony", "2010-01-20"),
            ("conversion_official", "2011-01-25")]
PROBATIONER = [("admission_decision", "2024-06-01"), ("admission_ceremony", "2024-06-10")]


def histories() -> dict[str, list[tuple[str, str]]]:
    """Name → events. Twelve official members take part as usual."""
    people = {f"Nguyễn Văn Chính {i:02d}": OFFICIAL for i in range(1, 13)}
    people.update({
        "Trần Thị Dự Bị": PROBATIONER,
        "Lê Văn Mới": [("admission_decision", "2025-03-20"),
                       ("admission_ceremony", "2025-04-01")],   # after the meeting
        "Phạm Thị Chờ": [("admission_decision", "2025-02-25")],  # ceremony not yet held
        "Hoàng Văn Đi": [*OFFICIAL, ("transfer_out_official", "2025-01-15")],
        "Vũ Văn Sau": [*OFFICIAL, ("transfer_out_official", "2025-04-15")],
        "Đặng Thị Miễn": [*OFFICIAL, ("exemption_start", "2023-05-01")],
        "Bùi Văn Vắng": [*OFFICIAL, ("transfer_out_temporary", "2024-11-01")],
        "Đỗ Văn Mất": [*OFFICIAL, ("death", "2024-12-01")],
    })
    return people


def fill_register(db, people: dict[str, list[tuple[str, str]]] | None = None) -> dict[str, str]:
    """Insert the members; returns name → member id."""
    people = histories() if people is None else people
    ids, lives = {}, []
    for name, history in people.items():
        member_id = ids[name] = new_id()
        lives.append((MemberRecord(id=member_id, full_name=name, sex=Sex.MALE,
                                   birth_date=date(1980, 1, 1)), history))
    add_lives(db, lives)
    return ids


def details(ids: dict[str, str], day: date = MEETING_DAY, **changes) -> MeetingDetails:
    fields = {
        "kind": MeetingKind.MONTHLY_REGULAR, "held_on": day, "starts_at": time(19, 30),
        "ends_at": time(21, 30), "place": "Nhà văn hóa thôn",
        "chair_member_id": ids["Nguyễn Văn Chính 01"],
        "minute_taker_member_id": ids["Nguyễn Văn Chính 02"],
    }
    return MeetingDetails(**(fields | changes))
