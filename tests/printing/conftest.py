"""Read our PDFs back with poppler and qpdf (tests skip, saying why, if not installed)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (apt install poppler-utils qpdf); "
                    "cannot read the PDF back")
    return path


class PdfTools:
    """A fixture object, so test modules need not import conftest."""

    @staticmethod
    def text(pdf: Path, first: int | None = None, last: int | None = None) -> str:
        """The text poppler extracts, whitespace runs collapsed to one space (not normalised)."""
        args = [_tool("pdftotext"), "-enc", "UTF-8"]
        if first:
            args += ["-f", str(first), "-l", str(last or first)]
        out = subprocess.run([*args, str(pdf), "-"], check=True, capture_output=True).stdout
        return re.sub(r"\s+", " ", out.decode("utf-8"))

    @staticmethod
    def info(pdf: Path) -> dict[str, str]:
        out = subprocess.run([_tool("pdfinfo"), str(pdf)], check=True, capture_output=True,
                             text=True).stdout
        return {k.strip(): v.strip() for k, v in
                (line.split(":", 1) for line in out.splitlines() if ":" in line)}

    @staticmethod
    def pages(pdf: Path) -> int:
        return int(PdfTools.info(pdf)["Pages"])

    @staticmethod
    def assert_valid(pdf: Path) -> None:
        result = subprocess.run([_tool("qpdf"), "--check", str(pdf)], capture_output=True,
                                text=True)
        assert result.returncode == 0, result.stdout + result.stderr
        assert "No syntax or stream encoding errors" in result.stdout, result.stdout


@pytest.fixture
def pdf() -> type[PdfTools]:
    return PdfTools
