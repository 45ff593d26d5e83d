"""Faults injected while PartyDesk handles generated members: the log (and the crash
report a user would copy) holds the error's type and place, never a member's name,
birth date or card number."""

from __future__ import annotations

import logging
import unicodedata
from pathlib import Path

import pytest

from partydesk.__main__ import main
from partydesk.logs import LOG
from partydesk.services.members.spreadsheets import columns
from tests.helpers import connect_register, run_cli


def personal_data(data: Path) -> list[str]:

    conn = connect_register(data / "partydesk.sqlite3")
    rows = conn.execute("SELECT full_name, birth_date, card_number FROM members").fetchall()
    conn.close()
    found = []
    for name, birth, card in rows:
        found += [unicodedata.normalize("NFC", name), unicodedata.normalize("NFD", name),
                  birth, "/".join(reversed(birth.split("-")))]
        found += [card] if card else []
    return found


@pytest.fixture
def register(tmp_path, monkeypatch):
    data, logs = tmp_path / "data", tmp_path / "logs"
    monkeypatch.setenv("PARTYDESK_LOG_DIR", str(logs))
    for args in (("init", "--role", "cell", "--name", "Chi bộ A", "--code", "CBA"),
                 ("demo", "--members", "10", "--seed", "31", "--meetings-months", "0")):
        assert run_cli("--data-dir", str(data), *args).returncode == 0
    yield data, logs
    for handler in list(LOG.handlers):      # main() added one for this test's folder
        LOG.removeHandler(handler)
        handler.close()


def test_faults_with_member_data_leave_none_of_it_in_the_log(register, monkeypatch,
                                                             tmp_path):
    data, logs = register
    secrets = personal_data(data)
    assert len(secrets) >= 30

    def leaky_cell_text(value):           # a bug that puts the value in its message
        raise ValueError(f"cannot write {value!r} as text: {value}")

    monkeypatch.setattr(columns, "cell_text", leaky_cell_text)
    assert main(["--data-dir", str(data), "members", "export",
                 str(tmp_path / "out.csv")]) == 1

    def leaky_search(*args, **kwargs):
        try:
            raise KeyError(" ".join(secrets[:8]))
        except KeyError as cause:
            raise RuntimeError(f"search failed for {secrets[0]} born {secrets[2]}") from cause

    monkeypatch.setattr("partydesk.cli.member_commands.search_page", leaky_search)
    assert main(["--data-dir", str(data), "members", "list"]) == 1
    for handler in LOG.handlers:
        handler.flush()
    text = (logs / "partydesk.log").read_text(encoding="utf-8")
    assert "ValueError" in text and "RuntimeError" in text and "KeyError" in text
    assert "leaky_cell_text" in text          # the place is kept
    for secret in secrets:
        assert secret not in text, secret


def test_a_crash_report_holds_no_member_data():
    pytest.importorskip("PySide6")
    from partydesk.ui.crash import crash_report

    name = "Nguyễn Thị Hường"
    try:
        raise ValueError(f"member {name} born 1980-02-03 card 22.000001")
    except ValueError as error:
        report = crash_report(type(error), error, error.__traceback__)
    assert "ValueError" in report and "test_a_crash_report_holds_no_member_data" in report
    for secret in (name, "1980-02-03", "22.000001"):
        assert secret not in report
    assert logging.getLogger("partydesk").name == "partydesk"
