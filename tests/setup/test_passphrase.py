"""The passphrase end to end: the derived raw key is SQLCipher's own, the command line
takes it from the environment or refuses, a wrong one changes nothing, a plain register
and plain key files are encrypted on first open, and a change re-encrypts everything."""

from __future__ import annotations

import os
import sqlite3

import pytest

from partydesk.paths import resolve_paths
from partydesk.services.setup.installation import Installation
from partydesk.services.setup.keys import (
    BOX_KEY_FILE,
    SIGNING_KEY_FILE,
    generate_keys,
    read_private_key,
    write_private_keys,
)
from partydesk.services.setup.passphrase import PassphraseTooShort, WrongPassphrase
from partydesk.services.setup.passphrase_change import change_passphrase
from partydesk.storage import cipher
from partydesk.storage.backup_store import write_backup
from tests.helpers import run_cli, snapshot, suite_passphrase

NEW = "sông Hồng chảy về biển"


def init(data_dir, env=None):
    return run_cli("--data-dir", str(data_dir), "init", "--role", "cell", "--name",
                   "Chi bộ thôn Đồng Tâm", "--code", "CB01", env=env)


def test_the_raw_key_is_the_one_sqlcipher_derives_itself(tmp_path):
    sqlcipher = cipher.driver()
    made_by_sqlcipher = tmp_path / "a.db"
    conn = sqlcipher.connect(str(made_by_sqlcipher), isolation_level=None)
    conn.execute("PRAGMA key = 'trăng rằm tháng tám'")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES ('Nguyễn Thị Hoa')")
    conn.close()
    opened = cipher.connect(made_by_sqlcipher, "trăng rằm tháng tám")   # the raw key
    assert opened.execute("SELECT x FROM t").fetchone() == ("Nguyễn Thị Hoa",)
    opened.close()

    made_with_raw_key = tmp_path / "b.db"
    cipher.connect(made_with_raw_key, "trăng rằm tháng tám").execute(
        "CREATE TABLE t (x)").connection.close()
    conn = sqlcipher.connect(str(made_with_raw_key))
    conn.execute("PRAGMA key = 'trăng rằm tháng tám'")                 # SQLCipher's KDF
    assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone() == (1,)
    conn.close()
    assert cipher.KDF_ITERATIONS == 256_000          # SQLCipher 4's default, not weakened


def test_the_command_line_without_a_passphrase_exits_1_and_makes_nothing(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "PARTYDESK_PASSPHRASE"}
    result = run_cli("--data-dir", str(tmp_path / "data"), "init", "--role", "cell",
                     "--name", "Chi bộ A", "--code", "CB01", env={"PARTYDESK_PASSPHRASE": ""})
    assert result.returncode == 1
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1
    assert not (tmp_path / "data").exists()
    assert init(tmp_path / "data").returncode == 0
    del env
    listing = run_cli("--data-dir", str(tmp_path / "data"), "members", "list",
                      env={"PARTYDESK_PASSPHRASE": ""})
    assert listing.returncode == 1
    assert listing.stderr.startswith("error: ") and listing.stderr.count("\n") == 1


def test_a_short_passphrase_is_refused_at_init(tmp_path):
    result = init(tmp_path / "data", env={"PARTYDESK_PASSPHRASE": "ngắn"})
    assert result.returncode == 1 and result.stderr.startswith("error: ")
    assert not (tmp_path / "data").exists()


def test_a_wrong_passphrase_on_the_command_line_changes_no_byte(tmp_path):
    data = tmp_path / "data"
    assert init(data).returncode == 0
    assert run_cli("--data-dir", str(data), "demo", "--members", "20").returncode == 0
    before = snapshot(data)
    for command in (["members", "list"], ["demo", "--members", "5"], ["backup", "create"],
                    ["fingerprint"]):
        result = run_cli("--data-dir", str(data), *command,
                         env={"PARTYDESK_PASSPHRASE": "không phải mật khẩu"})
        assert result.returncode == 1, command
        assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1
        assert snapshot(data) == before, command


def test_a_plain_register_and_plain_keys_are_encrypted_after_a_backup(tmp_path):
    paths = resolve_paths(str(tmp_path / "data"))
    with Installation.acquire(paths, create=True) as installation:
        from partydesk.domain.organisation import Role
        from partydesk.services.setup.first_run import initialise

        initialise(installation, Role.CELL, "Chi bộ A", "CB01")
    # make it look like a version before encryption: plain register, plain key files
    conn = cipher.connect(paths.database, suite_passphrase())
    conn.execute(f"ATTACH DATABASE '{tmp_path / 'plain.db'}' AS plain KEY ''")
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.close()
    (tmp_path / "plain.db").replace(paths.database)
    keys = generate_keys()
    for name, secret in ((SIGNING_KEY_FILE, keys.signing_private),
                         (BOX_KEY_FILE, keys.box_private)):
        (paths.keys_dir / name).write_text(secret.hex() + "\n", encoding="ascii")
    assert cipher.is_plain(paths.database)

    with Installation.acquire(paths) as installation:
        installation.open_register()
    assert not cipher.is_plain(paths.database)
    backups = sorted(paths.backups_dir.glob("*.sqlite3"))
    assert [b for b in backups if "before-encryption" in b.name]
    for backup in backups:
        assert not cipher.is_plain(backup)
    for name, secret in ((SIGNING_KEY_FILE, keys.signing_private),
                         (BOX_KEY_FILE, keys.box_private)):
        text = (paths.keys_dir / name).read_text(encoding="ascii")
        assert secret.hex() not in text and text.startswith("pdk1:")
        assert read_private_key(paths.keys_dir, name, suite_passphrase()) == secret


def test_a_private_key_file_needs_the_passphrase(tmp_path):
    keys = generate_keys()
    write_private_keys(tmp_path, keys, NEW)
    assert keys.signing_private.hex() not in (tmp_path / SIGNING_KEY_FILE).read_text()
    assert read_private_key(tmp_path, SIGNING_KEY_FILE, NEW) == keys.signing_private
    with pytest.raises(WrongPassphrase):
        read_private_key(tmp_path, SIGNING_KEY_FILE, "một mật khẩu khác hẳn")


def test_changing_the_passphrase_re_encrypts_register_backups_and_keys(tmp_path):
    data = tmp_path / "data"
    assert init(data).returncode == 0
    paths = resolve_paths(str(data))
    with Installation.acquire(paths) as installation:
        installation.open_register()
        write_backup(installation.db, paths.backups_dir, "test")
        with pytest.raises(WrongPassphrase):
            change_passphrase(installation, "không đúng đâu", NEW, NEW)
        with pytest.raises(PassphraseTooShort):
            change_passphrase(installation, suite_passphrase(), "ngắn", "ngắn")
        assert change_passphrase(installation, suite_passphrase(), NEW, NEW) == []
        installation.db.execute("SELECT count(*) FROM members").fetchone()
    files = [paths.database, *paths.backups_dir.glob("*.sqlite3")]
    assert len(files) >= 2
    for file in files:
        with pytest.raises(WrongPassphrase):
            cipher.connect(file, suite_passphrase()).close()
        cipher.connect(file, NEW).close()
    for name in (SIGNING_KEY_FILE, BOX_KEY_FILE):
        with pytest.raises(WrongPassphrase):
            read_private_key(paths.keys_dir, name, suite_passphrase())
        read_private_key(paths.keys_dir, name, NEW)
    result = run_cli("--data-dir", str(data), "members", "list",
                     env={"PARTYDESK_PASSPHRASE": NEW})
    assert result.returncode == 0, result.stderr
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(paths.database).execute("SELECT 1 FROM sqlite_master").fetchone()


def test_no_member_name_in_any_file_of_the_data_folder(tmp_path):
    import unicodedata

    from tests.helpers import connect_register

    data = tmp_path / "data"
    assert init(data).returncode == 0
    assert run_cli("--data-dir", str(data), "demo", "--members", "10",
                   "--meetings-months", "1").returncode == 0
    assert run_cli("--data-dir", str(data), "backup", "create").returncode == 0
    conn = connect_register(data / "partydesk.sqlite3")
    names = [row[0] for row in conn.execute("SELECT full_name FROM members")]
    conn.close()
    assert len(names) == 10
    files = [p for p in data.rglob("*") if p.is_file()]
    assert any(p.parent.name == "backups" for p in files)
    for path in files:
        content = path.read_bytes()
        assert not content.startswith(b"SQLite format 3"), path
        for name in names:
            for form in ("NFC", "NFD"):
                assert unicodedata.normalize(form, name).encode() not in content, path


def on_terminal(args: list[str], answers: list[str]) -> tuple[int, str]:
    """Run the command line on a pseudo-terminal, typing each answer at its prompt.

    An answer is typed only when a new prompt has appeared since the last one: getpass
    flushes the terminal's input when it starts, so an answer typed early (on the line
    break after the previous answer) would be thrown away and the command would wait
    for ever. The child is killed if it is still running after a minute."""
    import pty
    import select
    import signal
    import sys
    import time

    from tests.helpers import SRC

    pid, fd = pty.fork()
    if pid == 0:                                     # the child: the command line
        env = {k: v for k, v in os.environ.items() if k != "PARTYDESK_PASSPHRASE"}
        env["PYTHONPATH"] = str(SRC)
        os.execve(sys.executable, [sys.executable, "-m", "partydesk", *args], env)
    output, pending, mark = b"", list(answers), 0
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if not select.select([fd], [], [], 1)[0]:
            continue
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        output += chunk
        fresh = output[mark:].rstrip()
        if pending and fresh and fresh.endswith(b":"):
            os.write(fd, pending.pop(0).encode() + b"\r")
            mark = len(output)
    else:
        os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), output.decode(errors="replace")


def test_on_a_terminal_the_passphrase_is_asked_without_echo(tmp_path):
    data = str(tmp_path / "data")
    chosen = "hoa sen nở trong đầm"
    code, output = on_terminal(["--data-dir", data, "init", "--role", "cell", "--name",
                                "Chi bộ A", "--code", "CB01"], [chosen, chosen])
    assert code == 0, output
    assert chosen not in output                      # never echoed
    code, output = on_terminal(["--data-dir", data, "members", "list"], [chosen])
    assert code == 0 and chosen not in output, output
    before = snapshot(tmp_path / "data")
    code, output = on_terminal(["--data-dir", data, "members", "list"], ["sai mật khẩu"])
    assert code == 1 and "error: " in output
    assert snapshot(tmp_path / "data") == before
