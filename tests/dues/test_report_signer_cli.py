"""The dues report and summary need a signer like every signed paper: refused in one
line with no file while no secretary is recorded, printed with ``--signer``."""

from __future__ import annotations

import subprocess

from tests.helpers import run_cli
from tests.printing.registers import INIT


def test_dues_reports_without_a_secretary_need_signer(tmp_path):
    data = tmp_path / "data"
    init = [a for a in INIT if a not in ("--secretary", "Nguyễn Văn Thắng")]
    assert run_cli("--data-dir", str(data), *init).returncode == 0
    assert run_cli("--data-dir", str(data), "demo", "--members", "5", "--as-of",
                   "2026-02-20", "--meetings-months", "0").returncode == 0
    for args in (("report", "--month", "2026-01"), ("summary", "--year", "2026")):
        out = tmp_path / f"{args[0]}.pdf"
        refused = run_cli("--data-dir", str(data), "dues", *args, "-o", str(out))
        assert refused.returncode == 1 and refused.stderr.startswith("error: ")
        assert "--signer" in refused.stderr and not out.exists()
        signed = run_cli("--data-dir", str(data), "dues", *args, "-o", str(out),
                         "--signer", "Lê Thị Hoa")
        assert signed.returncode == 0, signed.stderr
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert "Lê Thị Hoa" in text and "Mã xác thực: " in text
