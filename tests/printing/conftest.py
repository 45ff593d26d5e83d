"""Read our PDFs back with poppler and qpdf (tests skip, saying why, if not installed)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.helpers import open_register


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


@pytest.fixture(scope="session")
def printed_documents(tmp_path_factory):
    """{size: Register} with every document kind of the catalogue printed (built once)."""
    from partydesk.paths import resolve_paths
    from partydesk.services.printing.catalogue import KINDS
    from partydesk.storage.organisation_store import load_organisation
    from tests.printing.registers import AS_OF, SIZES, build

    folder = tmp_path_factory.mktemp("registers")
    registers = {}
    for size in SIZES:
        register = build(folder, size)
        subjects = {"register": AS_OF, "meeting": register.meeting_id,
                    "resolution": register.resolution_id,
                    "transferred_member": register.member_id}
        db = open_register(resolve_paths(str(register.data_dir)).database)
        try:
            organisation = load_organisation(db)
            for kind in KINDS.values():
                out = folder / f"{size}-{kind.name}.pdf"
                kind.printer(db, organisation, subjects[kind.subject], out)
                register.pdfs[kind.name] = out
        finally:
            db.close()
        registers[size] = register
    return registers
