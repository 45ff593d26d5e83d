"""Install the built .deb with apt, use it, remove it, and check nothing is left.

    sudo python3 installer/linux/deb_test.py [dist/partydesk_VERSION_amd64.deb] [--screenshot F.png]

Needs root and apt (a Debian/Ubuntu machine or container; it really installs
into /opt and /usr). Steps: apt install ./the.deb; `partydesk --version`; init
and demo into a temporary data dir; the main window under Xvfb (xvfb-run) with
PARTYDESK_QUIT_AFTER_MS, optionally saving a screenshot (ImageMagick `import`);
apt remove; then every file that `dpkg -L partydesk` listed must be gone while
the user's data dir is untouched. Exit status is non-zero on any failure.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CELL_NAME = "Chi bộ thôn Đồng Tâm"
failures: list[str] = []


def run(label: str, cmd: list[str], env: dict[str, str] | None = None,
        expect: str | None = None, timeout: int = 600) -> str:
    print(f"--- {label}: {' '.join(cmd)}", flush=True)
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout,
                          encoding="utf-8", errors="replace")
    out = (done.stdout + done.stderr).strip()
    for line in out.splitlines()[-12:]:
        print(f"    {line}")
    if done.returncode != 0:
        failures.append(f"{label}: exit {done.returncode}")
    elif expect and expect not in out:
        failures.append(f"{label}: output lacks {expect!r}")
    for bad in ("Could not load the Qt platform plugin", "Traceback (most recent call last)",
                "cannot open shared object file"):
        if bad in out:
            failures.append(f"{label}: {bad!r} in output")
    print(f"    -> exit {done.returncode}")
    return done.stdout


def version() -> str:
    text = (ROOT / "src" / "partydesk" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.M).group(1)


def find_deb(given: str | None) -> Path:
    if given:
        return Path(given).resolve()
    debs = sorted((ROOT / "dist").glob("partydesk_*_amd64.deb"), key=lambda p: p.stat().st_mtime)
    if not debs:
        raise SystemExit("error: no dist/partydesk_*_amd64.deb; run `make deb` first")
    return debs[-1].resolve()


def window(env: dict[str, str], data: Path, screenshot: Path | None) -> None:
    if not shutil.which("xvfb-run"):
        print("note: xvfb-run not installed; window checked offscreen instead")
        run("window (offscreen)", ["partydesk", "--data-dir", str(data)],
            {**env, "QT_QPA_PLATFORM": "offscreen", "PARTYDESK_QUIT_AFTER_MS": "1500"})
        return
    env = {**env, "PARTYDESK_QUIT_AFTER_MS": "6000" if screenshot else "2000"}
    env.pop("QT_QPA_PLATFORM", None)
    if screenshot and shutil.which("import"):
        script = (f'partydesk --data-dir "{data}" & app=$!; sleep 4; '
                  f'import -window root "{screenshot}"; wait $app')
        run("window (Xvfb, xcb) + screenshot",
            ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", "bash", "-c", script], env)
        if not screenshot.is_file():
            failures.append("screenshot was not written")
        else:
            print(f"    screenshot: {screenshot}")
    else:
        run("window (Xvfb, xcb)", ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24",
                                   "partydesk", "--data-dir", str(data)], env)


def packaged_files() -> list[str]:
    """Files and links (not directories) that dpkg says the installed package owns."""
    listed = subprocess.run(["dpkg", "-L", "partydesk"], capture_output=True,
                            text=True).stdout.split("\n")
    paths = [Path(p) for p in listed if p and p != "/."]
    files = [str(p) for p in paths if p.is_symlink() or (p.exists() and not p.is_dir())]
    print(f"    dpkg -L partydesk: {len(paths)} paths, {len(files)} files/links")
    if not files:
        failures.append("dpkg -L lists no files: package not installed?")
    return files


def check_removed(files: list[str], user_files: list[Path]) -> None:
    left = [p for p in files if os.path.lexists(p)]
    if os.path.lexists("/opt/partydesk"):
        left.append("/opt/partydesk")
    print(f"--- after remove: {len(left)} of {len(files)} packaged files left")
    for path in left[:10]:
        print(f"    left: {path}")
    if left:
        failures.append(f"{len(left)} packaged files left after apt remove")
    state = subprocess.run(["dpkg-query", "-W", "-f=${db:Status-Status}", "partydesk"],
                           capture_output=True, text=True).stdout.strip()
    state = state or "not-installed"  # dpkg-query knows nothing of a fully removed package
    print(f"    dpkg status after remove: {state}")
    if state not in ("not-installed", "config-files"):
        failures.append(f"package state after remove is {state!r}")
    kept = [p for p in user_files if p.is_file()]
    print(f"    user data kept: {len(kept)} of {len(user_files)} files")
    if len(kept) != len(user_files):
        failures.append("apt remove touched the user's data")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("deb", nargs="?")
    parser.add_argument("--screenshot", type=Path)
    args = parser.parse_args()
    if os.geteuid() != 0:
        print("error: run as root (it installs and removes the package)", file=sys.stderr)
        return 1
    deb = find_deb(args.deb)
    size = deb.stat().st_size / 1_000_000
    print(f"package: {deb} = {size:.1f} MB")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PARTYDESK_")}
    env["DEBIAN_FRONTEND"] = "noninteractive"

    run("apt install", ["apt-get", "install", "-y", "--no-install-recommends", str(deb)], env)
    files = packaged_files()
    with tempfile.TemporaryDirectory(prefix="partydesk-deb-") as tmp:
        data = Path(tmp) / "data"
        run("version", ["partydesk", "--version"], env, expect=version())
        run("init", ["partydesk", "--data-dir", str(data), "init", "--role", "cell",
                     "--name", CELL_NAME, "--code", "CB01"], env)
        run("demo", ["partydesk", "--data-dir", str(data), "demo", "--members", "50"], env)
        window(env, data, args.screenshot.resolve() if args.screenshot else None)
        user_files = sorted(p for p in data.rglob("*") if p.is_file())
        if not any(p.suffix == ".sqlite3" for p in user_files):
            failures.append(f"no database in {data}")
        run("apt remove", ["apt-get", "remove", "-y", "partydesk"], env)
        check_removed(files, user_files)

    if failures:
        print("\nDEB TEST FAILED:")
        for failure in failures:
            print(f"  - {failure}")
        return 1
    print(f"\ndeb test passed ({deb.name}, {size:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
