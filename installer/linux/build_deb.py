"""Build dist/partydesk_VERSION_amd64.deb from the frozen app in dist/partydesk.

    python installer/linux/build_deb.py [--app dist/partydesk] [--out dist]

Layout: the app in /opt/partydesk, /usr/bin/partydesk a symlink to it, the
.desktop entry, hicolor icons and AppStream metainfo under /usr/share. No
maintainer scripts: Debian's triggers refresh the menu and icon caches, and
nothing ever touches a user's data (~/.local/share/partydesk stays on remove
and purge). Before building it checks that every system library the bundle
links is covered by Depends, validates the .desktop and metainfo when the
validators are installed, and fails if the package is over 45 MB.
Needs dpkg-deb (>= 1.19, for --root-owner-group: no fakeroot needed).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
PACKAGE = "partydesk"
APP_ID = "org.partydesk.PartyDesk"
MAX_DEB_MB = 45
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)

# Direct system dependencies of the bundle (Qt's xcb platform plugin, GL, fonts,
# D-Bus, CUPS printing, C++ runtime). "X | Y" covers the 64-bit time_t renames of
# Ubuntu 24.04 / Debian 13. check_depends() proves this list against the build.
DEPENDS = [
    "libc6 (>= {glibc})",
    "libstdc++6",
    "libgcc-s1",
    "libx11-6", "libx11-xcb1", "libxcb1",
    "libxcb-cursor0", "libxcb-glx0", "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1",
    "libxcb-randr0", "libxcb-render0", "libxcb-render-util0", "libxcb-shape0", "libxcb-shm0",
    "libxcb-sync1", "libxcb-util1", "libxcb-xfixes0", "libxcb-xkb1",
    "libxkbcommon0", "libxkbcommon-x11-0",
    "libegl1", "libgl1",
    "libfontconfig1", "libfreetype6",
    "libdbus-1-3",
    "libglib2.0-0t64 | libglib2.0-0",
    "libcups2t64 | libcups2",
    "libzstd1",
    # libQt6Network, which libQt6Pdf (the print preview) links: HTTP decompression
    # and Kerberos authentication, never used offline but loaded all the same.
    "libbrotli1",
    "libgssapi-krb5-2",
]
RECOMMENDS = ["fonts-dejavu-core | fonts-liberation2 | fonts-liberation"]
DESCRIPTION = """\
Offline register and documents for grassroots party cells
 PartyDesk keeps a party cell's register on one computer with no network:
 members and candidates, meetings with attendance and votes, resolutions,
 dues and yearly grading. It prints the documents the cell must produce and
 writes a signed, encrypted bundle to a USB stick for the higher committee.
 .
 Quản lý đảng viên, sinh hoạt chi bộ và văn bản, không cần mạng."""


def package_version() -> str:
    text = (ROOT / "src" / "partydesk" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.M).group(1)


def debian_version(version: str) -> str:
    """PEP 440 to Debian ordering: 1.2.0rc1 -> 1.2.0~rc1, 1.2.0.dev3 -> 1.2.0~dev3."""
    version = version.replace("+", "+local.")
    return re.sub(r"\.?(a|b|rc|dev)(\d*)", r"~\1\2", version, count=1)


def elf_files(folder: Path):
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as fh:
                if fh.read(4) == b"\x7fELF":
                    yield path


def needed_outside(app: Path) -> tuple[set[str], str]:
    """Libraries the bundle links but does not carry, and the newest glibc symbol it uses."""
    bundled = {p.name for p in app.rglob("*") if p.is_file()}
    needed: set[str] = set()
    glibc = "2.17"
    for path in elf_files(app):
        dump = subprocess.run(["objdump", "-p", "-T", str(path)], capture_output=True,
                              text=True).stdout
        needed.update(m for m in re.findall(r"^\s+NEEDED\s+(\S+)", dump, re.M) if m not in bundled)
        for found in re.findall(r"GLIBC_(\d+\.\d+(?:\.\d+)?)", dump):
            if tuple(map(int, found.split("."))) > tuple(map(int, glibc.split("."))):
                glibc = found
    return needed, glibc


def owning_package(library: str) -> str | None:
    cache = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    for line in cache.splitlines():
        parts = line.strip().split(" => ")
        if len(parts) == 2 and parts[0].split()[0] == library and "x86-64" in parts[0]:
            for candidate in (parts[1], os.path.realpath(parts[1])):
                owner = subprocess.run(["dpkg-query", "-S", candidate], capture_output=True,
                                       text=True)
                if owner.returncode == 0:
                    return owner.stdout.split(":")[0].split(",")[0].strip()
    return None


def check_depends(app: Path) -> str:
    """Fail if the bundle links a system library whose package Depends does not name."""
    needed, glibc = needed_outside(app)
    if not shutil.which("dpkg-query") or not shutil.which("objdump"):
        print("warning: dpkg-query/objdump missing, Depends not checked against the bundle")
        return glibc
    declared = {alt.split()[0].removesuffix("t64")
                for dep in DEPENDS for alt in dep.split("|")}
    problems = []
    for library in sorted(needed):
        owner = owning_package(library)
        if owner is None:
            problems.append(f"{library}: not installed on this build machine")
        elif owner.removesuffix("t64") not in declared:
            problems.append(f"{library}: from package {owner}, which Depends does not list")
    if problems:
        raise SystemExit("error: Depends is incomplete:\n  " + "\n  ".join(problems))
    print(f"Depends covers all {len(needed)} system libraries the bundle links "
          f"(newest glibc symbol {glibc})")
    return glibc


def validate(path: Path, tool: list[str]) -> None:
    if not shutil.which(tool[0]):
        print(f"note: {tool[0]} not installed, {path.name} not validated")
        return
    done = subprocess.run([*tool, str(path)], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"error: {tool[0]} rejects {path.name}:\n{done.stdout}{done.stderr}")
    print(f"{tool[0]}: {path.name} ok")


def stage_tree(app: Path, stage: Path, version: str) -> None:
    if (app / "partydesk-portable.txt").exists():
        raise SystemExit(f"error: {app} carries the portable marker; rebuild it clean")
    shutil.copytree(app, stage / "opt" / PACKAGE, symlinks=True)
    usr = stage / "usr"
    (usr / "bin").mkdir(parents=True)
    (usr / "bin" / PACKAGE).symlink_to(f"/opt/{PACKAGE}/{PACKAGE}")
    share = usr / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(HERE / "partydesk.desktop", share / "applications" / "partydesk.desktop")
    icons = ROOT / "resources" / "icons"
    for size in ICON_SIZES:
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True)
        shutil.copy2(icons / f"partydesk-{size}.png", target / "partydesk.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(icons / "partydesk.svg", scalable / "partydesk.svg")
    metainfo = (HERE / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    metainfo = metainfo.replace("@VERSION@", version).replace(
        "@DATE@", dt.date.today().isoformat())
    (share / "metainfo").mkdir(parents=True)
    (share / "metainfo" / f"{APP_ID}.metainfo.xml").write_text(metainfo, encoding="utf-8")
    doc = share / "doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        "Upstream-Name: PartyDesk\n\n"
        "Files: *\nLicense: GPL-3.0-or-later\n\n"
        "Files: opt/partydesk/_internal/*\n"
        "Comment: Bundled Python runtime and libraries (Qt for Python under LGPL-3.0,\n"
        " Python under PSF-2.0, reportlab BSD, PyNaCl Apache-2.0, Liberation fonts OFL-1.1);\n"
        " their licence files are inside the bundle.\n",
        encoding="utf-8")


def normalise_modes(stage: Path) -> None:
    for path in [stage, *stage.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            path.chmod(0o755 if path.stat().st_mode & 0o111 else 0o644)


def installed_size_kib(stage: Path) -> int:
    return sum(-(-p.lstat().st_size // 1024) for p in stage.rglob("*") if not p.is_dir())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", type=Path, default=ROOT / "dist" / PACKAGE)
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    args = parser.parse_args()
    app = args.app.resolve()
    if not (app / PACKAGE).is_file():
        print(f"error: {app}/{PACKAGE} not found; run `make frozen` first", file=sys.stderr)
        return 1

    version = package_version()
    deb_version = debian_version(version)
    glibc = check_depends(app)
    validate(HERE / "partydesk.desktop", ["desktop-file-validate"])

    stage = ROOT / "build" / "deb" / f"{PACKAGE}_{deb_version}_amd64"
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir(parents=True)
    stage_tree(app, stage, version)
    validate(stage / "usr/share/metainfo" / f"{APP_ID}.metainfo.xml",
             ["appstreamcli", "validate", "--no-net"])
    normalise_modes(stage)

    control_dir = stage / "DEBIAN"
    control_dir.mkdir()
    control = {
        "Package": PACKAGE,
        "Version": deb_version,
        "Architecture": "amd64",
        "Maintainer": "PartyDesk maintainers <partydesk@localhost>",
        "Installed-Size": str(installed_size_kib(stage)),
        "Depends": ", ".join(d.format(glibc=glibc) for d in DEPENDS),
        "Recommends": ", ".join(RECOMMENDS),
        "Section": "misc",
        "Priority": "optional",
        "Description": DESCRIPTION,
    }
    (control_dir / "control").write_text(
        "".join(f"{k}: {v}\n" for k, v in control.items()), encoding="utf-8")
    (control_dir / "control").chmod(0o644)

    args.out.mkdir(parents=True, exist_ok=True)
    deb = args.out.resolve() / f"{PACKAGE}_{deb_version}_amd64.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "-z9", "--build", str(stage),
                    str(deb)], check=True)
    size_mb = deb.stat().st_size / 1_000_000
    print(f"built {deb} = {size_mb:.1f} MB (limit {MAX_DEB_MB} MB); "
          f"installed size {int(control['Installed-Size']) / 1024:.1f} MiB")
    if size_mb > MAX_DEB_MB:
        print(f"error: {deb.name} is {size_mb:.1f} MB, over {MAX_DEB_MB} MB", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
