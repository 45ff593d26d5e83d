"""A small cell for the dues tests (not a test module)."""

from __future__ import annotations

from datetime import date

from partydesk.domain.organisation import Organisation, Role
from partydesk.storage.organisation_store import insert_organisation
from tests.meetings.registers import fill_register

TODAY = date(2026, 11, 20)
OFFICIAL = [("admission_decision", "2010-01-10"), ("admission_ceremony", "2010-01-20"),
            ("conversion_official", "2011-01-25")]


def people() -> dict[str, list[tuple[str, str]]]:
    return {
        "Nguyễn Văn Nông": OFFICIAL,
        "Trần Thị Giáo": OFFICIAL,
        "Lê Văn Hưu": [("admission_decision", "1976-04-10"), ("admission_ceremony",
                                                              "1976-04-20"),
                       ("conversion_official", "1977-04-25")],
        "Phạm Văn Đi": [*OFFICIAL, ("transfer_out_official", "2026-05-10")],
        "Hoàng Văn Vắng": [*OFFICIAL, ("transfer_out_temporary", "2026-01-05")],
    }


def make_cell(db) -> dict[str, str]:
    insert_organisation(db, Organisation(id="org", role=Role.CELL, name="Chi bộ thôn Đồng Tâm",
                                         code="CB01", higher_name="Đảng ủy xã Hòa Bình",
                                         secretary="Nguyễn Văn An"))
    return fill_register(db, people())
