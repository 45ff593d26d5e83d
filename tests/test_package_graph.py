"""The picture of packages in docs/architecture.md is the code's, not an old drawing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_committed_package_picture_is_up_to_date():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "package_graph.py"),
                             "--check"], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_the_picture_shows_the_layers_and_capabilities():
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    picture = text.split("```mermaid", 1)[1].split("```", 1)[0]
    for arrow in ("ui --> services", "services --> storage", "storage --> domain",
                  "main --> cli", "main --> ui"):
        assert arrow in picture
    assert "ui --> storage" not in picture and "cli --> storage" not in picture
