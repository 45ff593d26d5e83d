"""The connection handle keeps sqlite-utils' transaction rules."""

from __future__ import annotations

import pytest

from partydesk.storage.database import open_memory_database


def test_a_failure_inside_atomic_keeps_nothing_and_nested_blocks_are_savepoints():
    db = open_memory_database()
    db.execute("CREATE TABLE t (x INTEGER)")
    with db.atomic():
        db.execute("INSERT INTO t VALUES (1)")
        with pytest.raises(ZeroDivisionError), db.atomic():
            db.execute("INSERT INTO t VALUES (2)")
            raise ZeroDivisionError
        db.execute("INSERT INTO t VALUES (3)")
    assert [r[0] for r in db.execute("SELECT x FROM t ORDER BY x")] == [1, 3]
    with pytest.raises(RuntimeError), db.atomic():
        db.execute("INSERT INTO t VALUES (4)")
        raise RuntimeError
    assert [r[0] for r in db.execute("SELECT x FROM t ORDER BY x")] == [1, 3]
    assert not db.conn.in_transaction


def test_a_block_without_savepoint_is_part_of_the_callers_transaction():
    """What a big partition's rewrite uses: no savepoint journal, so its failure fails
    the caller's whole transaction; alone, it is a transaction of its own."""
    db = open_memory_database()
    db.execute("CREATE TABLE t (x INTEGER)")
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    with pytest.raises(ZeroDivisionError), db.atomic():
        db.execute("INSERT INTO t VALUES (1)")
        with db.atomic(savepoint=False):
            db.execute("INSERT INTO t VALUES (2)")
            raise ZeroDivisionError
    assert db.execute("SELECT count(*) FROM t").fetchone() == (0,)
    with db.atomic(savepoint=False):
        db.execute("INSERT INTO t VALUES (3)")
    db.conn.set_trace_callback(None)
    assert not any("SAVEPOINT" in s for s in statements)
    assert [r[0] for r in db.execute("SELECT x FROM t")] == [3]
    assert not db.conn.in_transaction


def test_a_write_outside_atomic_is_committed_at_once(tmp_path):
    from tests.helpers import connect_register, open_register

    db = open_register(tmp_path / "r.sqlite3")
    db.execute("INSERT INTO settings VALUES ('k', 'v')")
    other = connect_register(tmp_path / "r.sqlite3")
    assert other.execute("SELECT value FROM settings").fetchone() == ("v",)
    other.close()
    db.close()


def test_opening_an_up_to_date_register_does_not_load_sqlite_utils(tmp_path):
    import subprocess
    import sys

    from tests.helpers import SRC, open_register, suite_passphrase

    open_register(tmp_path / "r.sqlite3").close()
    code = ("import sys; from pathlib import Path\n"
            "from partydesk.storage.database import open_database\n"
            f"open_database(Path({str(tmp_path / 'r.sqlite3')!r}), None, "
            f"{suite_passphrase()!r}).close()\n"
            "print('sqlite_utils' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env={"PYTHONPATH": str(SRC)}, check=True)
    assert result.stdout.strip() == "False"
