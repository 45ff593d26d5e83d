"""Resolutions are numbered per type over the term and carry tasks with deadlines."""

from __future__ import annotations

from datetime import date

import pytest

from partydesk.domain.errors import RuleViolation
from partydesk.domain.ids import new_id
from partydesk.domain.organisation import Organisation, Role
from partydesk.services.meetings import drafts as svc
from partydesk.services.meetings.resolutions import (
    DocumentInput,
    TaskInput,
    add_task,
    complete_task,
    issue_document,
    issue_resolution,
    list_documents,
    list_resolutions,
    overdue_tasks,
    record_progress,
    tasks_of,
)
from partydesk.storage.organisation_store import insert_organisation
from tests.meetings.registers import details, fill_register


@pytest.fixture
def cell(memory_db):
    insert_organisation(memory_db, Organisation(
        id=new_id(), role=Role.CELL, name="Chi bộ thôn Đồng Tâm", code="CB01",
        higher_name="Đảng ủy xã Hòa Bình", term="2020-2025",
        signing_public_key="00", box_public_key="00"))
    return memory_db


def resolution(day, title="Nghị quyết tháng", **fields):
    return DocumentInput(issued_on=day, title=title, **fields)


def test_numbers_run_per_type_and_restart_with_the_term(cell):
    first = issue_resolution(cell, resolution(date(2025, 1, 5)))
    second = issue_resolution(cell, resolution(date(2025, 2, 5)))
    report = issue_document(cell, resolution(date(2025, 2, 6), type_code="BC"))
    assert (first.number, second.number, report.number) == ("01-NQ/CB", "02-NQ/CB",
                                                            "01-BC/CB")
    assert first.term == "2020-2025"
    cell.execute("UPDATE organisation SET term = '2025-2030'")   # the congress elected anew
    third = issue_resolution(cell, resolution(date(2025, 8, 5)))
    assert (third.number, third.term) == ("01-NQ/CB", "2025-2030")
    old = issue_resolution(cell, resolution(date(2025, 3, 5)), term="2020-2025")
    assert old.number == "03-NQ/CB"
    assert [d.number for d in list_resolutions(cell)] == [
        "01-NQ/CB", "03-NQ/CB", "02-NQ/CB", "01-NQ/CB"]
    assert [d.number for d in list_documents(cell, "BC")] == ["01-BC/CB"]


@pytest.mark.parametrize(("fields", "words"), [
    ({"type_code": "QĐi"}, "QĐi"),
    ({"type_code": "XX"}, "XX"),
    ({"title": "  "}, "title"),
    ({"tasks": (TaskInput(""),)}, "task"),
    ({"tasks": (TaskInput("Việc", deadline=date(2025, 1, 1)),)}, "01/01/2025"),
], ids=["regulation", "unknown-type", "no-title", "empty-task", "deadline-before"])
def test_bad_documents_are_refused_and_take_no_number(cell, fields, words):
    with pytest.raises(RuleViolation, match=words):
        issue_resolution(cell, resolution(date(2025, 2, 5), **fields))
    assert list_documents(cell, None) == []
    assert issue_resolution(cell, resolution(date(2025, 2, 5))).seq == 1


def test_a_meetings_resolution_is_not_dated_before_the_meeting(cell):
    ids = fill_register(cell)
    meeting = svc.create_meeting(cell, details(ids)).id
    with pytest.raises(RuleViolation):
        issue_resolution(cell, resolution(date(2025, 3, 4), meeting_id=meeting))
    issued = issue_resolution(cell, resolution(date(2025, 3, 5), meeting_id=meeting))
    assert list_documents(cell, meeting_id=meeting)[0].id == issued.id


def test_overdue_tasks_are_the_open_ones_past_their_deadline(cell):
    issued = issue_resolution(cell, resolution(date(2025, 3, 5), tasks=(
        TaskInput("Thu đảng phí", "Chi ủy", date(2025, 3, 31)),
        TaskInput("Nạo vét kênh mương", "Trưởng thôn", date(2025, 5, 31)),
        TaskInput("Việc không hạn"),
    )))
    fees, canal, open_ended = tasks_of(cell, issued.id)
    assert overdue_tasks(cell, date(2025, 3, 31)) == []
    late = overdue_tasks(cell, date(2025, 6, 10))
    assert [(t.content, t.days_overdue, t.document_number) for t in late] == [
        ("Thu đảng phí", 71, "01-NQ/CB"), ("Nạo vét kênh mương", 10, "01-NQ/CB")]
    complete_task(cell, fees.id, date(2025, 6, 11))
    record_progress(cell, canal.id, date(2025, 6, 11), "Đã xong một nửa")
    assert [t.task_id for t in overdue_tasks(cell, date(2025, 6, 12))] == [canal.id]
    canal = tasks_of(cell, issued.id)[1]
    assert canal.progress == ((date(2025, 6, 11), "Đã xong một nửa"),)
    extra = add_task(cell, issued.id, TaskInput("Báo cáo Đảng ủy", deadline=date(2025, 4, 1)))
    assert tasks_of(cell, issued.id)[-1].id == extra and not open_ended.done
