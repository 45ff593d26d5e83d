"""Cheap checks of the installer sources, without building anything.

The real builds are `make frozen-test` and `make deb-test` (minutes, root for
the .deb); these tests catch a broken file before anyone gets that far.
"""

from __future__ import annotations

import ast
import configparser
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
INSTALLER = ROOT / "installer"
ICONS = ROOT / "resources" / "icons"
APP_ID = "org.partydesk.PartyDesk"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    return struct.unpack(">II", data[16:24])


def test_spec_is_python_and_bundles_resources_inside_the_package():
    source = (INSTALLER / "partydesk.spec").read_text(encoding="utf-8")
    ast.parse(source, filename="partydesk.spec")
    assert '"partydesk/resources"' in source
    assert "collect_submodules(\"partydesk\")" in source
    for unwanted in ("tkinter", "unittest", "PySide6.QtWebEngineCore", "PySide6.QtQml"):
        assert f'"{unwanted}"' in source


def test_spec_keeps_the_platform_plugins_the_app_needs():
    source = (INSTALLER / "partydesk.spec").read_text(encoding="utf-8")
    for plugin in ("qxcb", "qoffscreen", "qminimal", "qwindows"):
        assert plugin in source


def test_entry_script_runs_the_package_main():
    tree = ast.parse((INSTALLER / "entry.py").read_text(encoding="utf-8"))
    imports = [n for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    assert any(n.module == "partydesk.__main__" and n.names[0].name == "main" for n in imports)


def test_build_requirements_are_pinned():
    lines = [line.strip() for line in
             (INSTALLER / "requirements-build.txt").read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    assert any(line.startswith("pyinstaller==") for line in lines)
    assert all("==" in line for line in lines)


def read_desktop() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive: Name[vi]
    parser.read(INSTALLER / "linux" / "partydesk.desktop", encoding="utf-8")
    return parser


def test_desktop_file_has_required_keys_and_vietnamese():
    entry = read_desktop()["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "partydesk"
    assert entry["Icon"] == "partydesk"
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")
    for key in ("Name", "Comment"):
        assert entry[key]
        vietnamese = entry[f"{key}[vi]"]
        assert re.search(r"[À-ỹĐđ]", vietnamese), f"{key}[vi] has no Vietnamese letters"


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils absent")
def test_desktop_file_validates():
    done = subprocess.run(["desktop-file-validate", str(INSTALLER / "linux" / "partydesk.desktop")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_metainfo_is_well_formed_with_app_id_and_launchable():
    path = INSTALLER / "linux" / f"{APP_ID}.metainfo.xml"
    root = ET.parse(path).getroot()
    assert root.tag == "component"
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == "partydesk.desktop"
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    assert any(s.get(lang) == "vi" for s in root.findall("summary"))
    assert root.find("releases/release").get("version") == "@VERSION@"


def test_deb_builder_maps_versions_and_lists_xcb_dependencies():
    sys.path.insert(0, str(INSTALLER / "linux"))
    try:
        import build_deb
    finally:
        sys.path.pop(0)
    assert build_deb.debian_version("1.2.0") == "1.2.0"
    assert build_deb.debian_version("1.2.0rc1") == "1.2.0~rc1"
    assert build_deb.debian_version("1.2.0.dev3") == "1.2.0~dev3"
    depends = " ".join(build_deb.DEPENDS)
    for package in ("libxcb-cursor0", "libxkbcommon-x11-0", "libegl1", "libfontconfig1",
                    "libdbus-1-3", "libglib2.0-0"):
        assert package in depends


def test_iss_template_is_per_user_bilingual_and_keeps_data():
    text = (INSTALLER / "windows" / "partydesk.iss.in").read_text(encoding="utf-8")
    assert re.search(r"^PrivilegesRequired=lowest\s*$", text, re.M)
    assert re.search(r"^DefaultDirName=\{localappdata\}\\Programs\\PartyDesk\s*$", text, re.M)
    vietnamese = r'^Name: "vi"; MessagesFile: "compiler:Languages\\Vietnamese\.isl"'
    assert re.search(vietnamese, text, re.M)
    assert re.search(r'^Name: "en"; MessagesFile: "compiler:Default\.isl"', text, re.M)
    assert "{autoprograms}" in text
    assert "[UninstallDelete]" not in text.replace("No [UninstallDelete]", "")


def test_iss_template_renders_without_leftover_placeholders(tmp_path):
    sys.path.insert(0, str(INSTALLER / "windows"))
    try:
        import render_iss
    finally:
        sys.path.pop(0)
    text = render_iss.render(tmp_path / "app", tmp_path / "out", version="1.2.0rc1")
    assert '#define AppVersion "1.2.0rc1"' in text
    assert "VersionInfoVersion=1.2.0.0" in text
    assert not re.search(r"@[A-Z_]+@", text)


@pytest.mark.parametrize("size", PNG_SIZES)
def test_icon_png_sizes_match_their_names(size):
    assert png_size(ICONS / f"partydesk-{size}.png") == (size, size)


def test_ico_holds_every_size_as_png():
    data = (ICONS / "partydesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        width, _height, _, _, _, _, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * i: 22 + 16 * i])
        assert data[offset:offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(data)
        sizes.append(width or 256)
    assert sorted(sizes) == list(PNG_SIZES)


def test_svg_icon_is_well_formed():
    root = ET.parse(ICONS / "partydesk.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 256 256"
