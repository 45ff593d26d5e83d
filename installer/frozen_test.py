"""Check a built one-folder app (dist/partydesk) the way a user would run it.

    python installer/frozen_test.py [dist/partydesk]

Runs the frozen executable, not the source: --version, init and demo into a
temporary data dir, the main window offscreen (PARTYDESK_QUIT_AFTER_MS), then
portable mode in a copy of the folder (marker file beside the executable, no
--data-dir: everything must land in that folder's data/ and nowhere else).
Also checks every bundled ELF library resolves (Linux) and the folder size.
Exit status is non-zero on any failure. Standard library only.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAX_FOLDER_MB = 150
PORTABLE_MARKER = "partydesk-portable.txt"
CELL_NAME = "Chi bộ thôn Đồng Tâm"
SECRETARY = "Hà Thị Lan"      # signed documents refuse a blank signer
TIMEOUT = 180

failures: list[str] = []


def version() -> str:
    text = (ROOT / "src" / "partydesk" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.M).group(1)


def folder_mb(folder: Path) -> float:
    total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return total / 1_000_000


PASSPHRASE = "mật khẩu thử đóng gói"


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """An environment whose home and XDG dirs are a scratch folder we can inspect."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PARTYDESK_", "XDG_"))}
    env["PARTYDESK_PASSPHRASE"] = PASSPHRASE     # the register is encrypted (SQLCipher)
    env.update(HOME=str(home), USERPROFILE=str(home), APPDATA=str(home / "AppData" / "Roaming"),
               LOCALAPPDATA=str(home / "AppData" / "Local"), LC_ALL="C.UTF-8", LANG="C.UTF-8")
    env.update(extra)
    return env


def run(label: str, cmd: list[str], env: dict[str, str], expect: str | None = None,
        exit_code: int = 0) -> bool:
    print(f"--- {label}: {' '.join(cmd)}", flush=True)
    try:
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=TIMEOUT,
                              encoding="utf-8", errors="replace")
    except subprocess.TimeoutExpired:
        failures.append(f"{label}: timed out after {TIMEOUT}s")
        print("    TIMEOUT")
        return False
    out = (done.stdout + done.stderr).strip()
    for line in out.splitlines()[-15:]:
        print(f"    {line}")
    ok = done.returncode == exit_code
    if not ok:
        failures.append(f"{label}: exit {done.returncode}")
    elif expect and expect not in out:
        failures.append(f"{label}: output lacks {expect!r}")
        ok = False
    for bad in ("Could not load the Qt platform plugin", "Traceback (most recent call last)",
                "ModuleNotFoundError", "cannot open shared object file"):
        if bad in out:
            failures.append(f"{label}: {bad!r} in output")
            ok = False
    print(f"    -> {'ok' if ok else 'FAILED'} (exit {done.returncode})")
    return ok


def files_under(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


def check_libraries(app: Path) -> None:
    """Every ELF file in the bundle must resolve all its libraries (Linux only)."""
    if not sys.platform.startswith("linux") or not shutil.which("ldd"):
        return
    missing: dict[str, set[str]] = {}
    for path in app.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        with path.open("rb") as fh:
            if fh.read(4) != b"\x7fELF":
                continue
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True).stdout
        for line in out.splitlines():
            if "not found" in line:
                missing.setdefault(line.split()[0], set()).add(path.relative_to(app).as_posix())
    print(f"--- libraries: {'all resolve' if not missing else 'MISSING'}")
    for lib, users in sorted(missing.items()):
        print(f"    {lib} needed by {', '.join(sorted(users)[:3])}")
        failures.append(f"library {lib} does not resolve")


def check_encrypted(exe: Path, data: Path, env: dict[str, str]) -> None:
    """The register exists, is encrypted, and a wrong passphrase is refused."""
    if not any(data.glob("*.sqlite3")):
        failures.append(f"no database in {data} after init/demo")
    elif any(p.read_bytes().startswith(b"SQLite format 3") for p in data.glob("*.sqlite3")):
        failures.append("the register is not encrypted (sqlcipher3 not bundled?)")
    run("wrong passphrase refused", [str(exe), "--data-dir", str(data), "members", "list"],
        {**env, "PARTYDESK_PASSPHRASE": "not the passphrase"}, expect="error:", exit_code=1)


def main() -> int:
    app = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "dist" / "partydesk").resolve()
    exe = app / ("partydesk-cli.exe" if os.name == "nt" else "partydesk")
    gui = app / ("partydesk.exe" if os.name == "nt" else "partydesk")
    if not exe.is_file():
        print(f"error: {exe} not found; run `make frozen` first", file=sys.stderr)
        return 1

    size = folder_mb(app)
    print(f"frozen folder: {app} = {size:.1f} MB (limit {MAX_FOLDER_MB} MB)")
    if size > MAX_FOLDER_MB:
        failures.append(f"frozen folder is {size:.1f} MB, over {MAX_FOLDER_MB} MB")
    check_libraries(app)

    with tempfile.TemporaryDirectory(prefix="partydesk-frozen-") as tmp:
        tmp = Path(tmp)
        home = tmp / "home"
        home.mkdir()
        env = clean_env(home)
        data = tmp / "data"
        run("version", [str(exe), "--version"], env, expect=version())
        run("init", [str(exe), "--data-dir", str(data), "init", "--role", "cell",
                     "--name", CELL_NAME, "--code", "CB01", "--secretary", SECRETARY], env)
        run("demo", [str(exe), "--data-dir", str(data), "demo", "--members", "50"], env)
        check_encrypted(exe, data, env)
        pdf = tmp / "members.pdf"
        run("print (reportlab + bundled fonts)",
            [str(exe), "--data-dir", str(data), "print", "members", "-o", str(pdf)], env)
        if not pdf.is_file() or pdf.read_bytes()[:5] != b"%PDF-":
            failures.append("print members wrote no PDF")
        sheet = tmp / "dues.xlsx"
        run("spreadsheet (openpyxl, standard-library XML)",
            [str(exe), "--data-dir", str(data), "dues", "summary", "--year",
             str(date.today().year), "-o", str(sheet)], env)
        if not sheet.is_file() or sheet.read_bytes()[:2] != b"PK":
            failures.append("dues summary wrote no spreadsheet")
        window_env = clean_env(home, QT_QPA_PLATFORM="offscreen", PARTYDESK_QUIT_AFTER_MS="1500")
        run("window (offscreen)", [str(gui), "--data-dir", str(data)], window_env)

        # Portable: a copy of the folder as it would sit on a USB stick.
        stick = tmp / "stick" / "partydesk"
        shutil.copytree(app, stick, symlinks=True)
        (stick / PORTABLE_MARKER).write_text("portable\n", encoding="utf-8")
        before = files_under(stick)
        home_before = files_under(home)
        pexe = stick / exe.name
        run("portable init", [str(pexe), "init", "--role", "cell", "--name", CELL_NAME,
                              "--code", "CB02"], env)
        run("portable demo", [str(pexe), "demo", "--members", "50"], env)
        new = files_under(stick) - before
        outside = [f for f in new if not f.startswith("data/")]
        print(f"--- portable: {len(new)} new files in the stick copy, {len(outside)} outside data/")
        if not any(f.startswith("data/") and f.endswith(".sqlite3") for f in new):
            failures.append("portable: no database under <folder>/data")
        if outside:
            failures.append(f"portable: files written outside data/: {sorted(outside)[:5]}")
        stray = files_under(home) - home_before
        if stray:
            failures.append(f"portable: files written into the home folder: {sorted(stray)[:5]}")

    if failures:
        print("\nFROZEN TEST FAILED:")
        for failure in failures:
            print(f"  - {failure}")
        return 1
    print(f"\nfrozen test passed (folder {size:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
