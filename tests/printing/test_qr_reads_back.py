"""The QR code in the footer reads back as the printed code (zbarimg, from zbar-tools),
on page 1 of every signed kind rendered at 100 dpi: a scan or a phone photo of the
paper gives the code to type into ``partydesk verify``."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from partydesk.services.printing.catalogue import KINDS
from tests.printing import registers  # noqa: F401  (the reports' kinds register themselves)

CODE = re.compile(r"Mã xác thực: ([0-9A-Z]{5}-[0-9A-Z]{5})")
SIGNED = [name for name, kind in KINDS.items() if kind.record]


@pytest.mark.parametrize("kind", SIGNED)
def test_the_qr_code_reads_back_as_the_printed_code(kind, printed_documents, pdf, tmp_path):
    if shutil.which("zbarimg") is None:
        pytest.skip("zbarimg is not installed (apt install zbar-tools): cannot read the QR")
    path = printed_documents[60].pdfs[kind]
    [code] = set(CODE.findall(pdf.text(path, 1)))
    image = tmp_path / "page"
    subprocess.run(["pdftoppm", "-png", "-r", "100", "-f", "1", "-l", "1", "-singlefile",
                    str(path), str(image)], check=True)
    read = subprocess.run(["zbarimg", "-q", "--raw", f"{image}.png"], capture_output=True,
                          text=True, check=False).stdout.split()
    assert read == [code]
