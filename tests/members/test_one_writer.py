"""Only the member aggregate writes a member's derived columns (status, official date,
exempt and away flags), and no SQL outside storage's one member writer writes the
members table. Checked over the source, so a new writer fails here."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tests.helpers import SRC

PACKAGE = SRC / "partydesk"
# The aggregate, storage's one member writer, the fold itself, and frozen history.
ALLOWED = ("services/members/", "storage/members/", "domain/member_state.py",
           "storage/migrations/")
DERIVED = {"status", "official_on", "exempt", "temporarily_away"}
ALWAYS_DERIVED = DERIVED - {"status"}     # "status" is also a meeting's, a task's…
WRITES_MEMBERS = re.compile(
    r"\b(update|insert\s+(or\s+\w+\s+)?into|replace\s+into|delete\s+from)\s+members\b",
    re.IGNORECASE)
WRITER_MODULE = "partydesk.storage.members.writer"


def _mentions_member_status(node: ast.AST) -> bool:
    return any(isinstance(n, ast.Name) and n.id == "MemberStatus" for n in ast.walk(node))


def _callee(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def _call(node: ast.Call) -> list[str]:
    if _callee(node) not in ("MemberRecord", "replace"):
        return []
    return [f"{_callee(node)}({k.arg}=…)" for k in node.keywords
            if k.arg in ALWAYS_DERIVED or (k.arg == "status" and (
                _callee(node) == "MemberRecord" or _mentions_member_status(k.value)))]


def _assignment(node: ast.Assign | ast.AugAssign | ast.AnnAssign) -> list[str]:
    targets = node.targets if isinstance(node, ast.Assign) else [node.target]
    names = [getattr(target, "attr", None) for target in targets]
    return [f".{name} = …" for name in names
            if name in ALWAYS_DERIVED or (name == "status" and node.value is not None
                                          and _mentions_member_status(node.value))]


def _finding(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Call):
        return _call(node)
    if isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign):
        return _assignment(node)
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return ["SQL writing members"] if WRITES_MEMBERS.search(node.value) else []
    if isinstance(node, ast.ImportFrom) and node.module == WRITER_MODULE:
        return ["imports the member writer"]
    return []


def violations(relative: str, source: str) -> list[str]:
    """What in this module sets a member's derived columns outside the aggregate."""
    if relative.startswith(ALLOWED):
        return []
    return [f"{relative}:{getattr(node, 'lineno', 0)}: {what}"
            for node in ast.walk(ast.parse(source)) for what in _finding(node)]


def test_nothing_outside_the_aggregate_writes_a_members_derived_columns():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        found += violations(relative, path.read_text(encoding="utf-8"))
    assert found == []


def test_the_check_catches_each_way_of_writing_them():
    bad = '''
from dataclasses import replace
from partydesk.domain.member import MemberRecord, MemberStatus
from partydesk.storage.members.writer import write_derived
record = MemberRecord(id="x", full_name="A", sex="male", birth_date=None, status="official")
record = replace(record, status=MemberStatus.DECEASED)
later = replace(record, official_on=None)
record.exempt = True
db.execute("update  MEMBERS set status = 'left' where id = ?")
db.execute("INSERT OR REPLACE INTO members (id) VALUES (?)")
'''
    found = violations("services/meetings/bad.py", bad)
    assert len(found) == 7, found
    assert violations("services/members/fine.py", bad) == []
    harmless = '''
view = replace(view, status=MinutesStatus.FINALISED)
self.status = QComboBox()
db.execute("SELECT status FROM members")
db.execute("INSERT INTO cell_members (id) VALUES (?)")
'''
    assert violations("services/meetings/fine.py", harmless) == []


def test_the_members_runtime_has_no_sql_working_out_flags():
    schema = (PACKAGE / "storage" / "schema.py").read_text(encoding="utf-8")
    assert "UPDATE" not in schema.upper().replace("UPDATED", "")
    for path in (PACKAGE / "storage" / "members").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "exemption_start" not in text and "transfer_out_temporary" not in text, path
    assert not Path(PACKAGE / "storage" / "member_store.py").exists()
