"""Every user-visible string is translated to Vietnamese, with its placeholders."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.i18n import render
from partydesk.resources import resource_path

ROOT = Path(__file__).resolve().parents[1]
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def entries(ts: Path):
    for context in ET.parse(ts).getroot().iter("context"):
        for msg in context.iter("message"):
            yield context.findtext("name"), msg.findtext("source"), msg.find("translation")


def lupdate() -> str:
    found = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if not found:
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    return found


def test_catalogue_lists_every_string_in_the_code(tmp_path):
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate(), "-extensions", "py", "-locations", "none",
                    str(ROOT / "src" / "partydesk"), "-ts", str(fresh)],
                   check=True, capture_output=True)
    in_code = {(c, s) for c, s, _ in entries(fresh)}
    in_catalogue = {(c, s) for c, s, _ in entries(resource_path("translations",
                                                                "partydesk_vi.ts"))}
    assert in_code - in_catalogue == set(), "run `make translations` and translate"
    assert in_catalogue - in_code == set(), "stale entries: run `make translations`"


def test_every_string_has_a_vietnamese_translation_with_the_same_placeholders():
    for context, source, translation in entries(resource_path("translations",
                                                              "partydesk_vi.ts")):
        assert translation is not None and translation.text, (context, source)
        assert translation.get("type") not in ("unfinished", "obsolete"), (context, source)
        assert set(PLACEHOLDER.findall(source)) == set(PLACEHOLDER.findall(translation.text))


def test_messages_render_in_the_chosen_language():
    msg = message(QT_TRANSLATE_NOOP("Cli", "Added {count} demo members."), count=12)
    assert render(msg, "vi") == "Đã thêm 12 đảng viên mẫu."
    assert render(msg, "en") == "Added 12 demo members."
