"""A code printed on a cell's signed document is found on the committee once the
cell's bundle is imported there (issue 13), and not before."""

from __future__ import annotations

import json
import re
import subprocess

from tests.bundles.world import cli


def test_committee_verifies_a_cell_resolution_after_import(world, tmp_path):
    cell = world.cells["CB01"]
    listed = json.loads(cli(cell, "resolutions", "list", "--format", "json").stdout)
    out = tmp_path / "nq.pdf"
    printed = cli(cell, "print", "resolution", listed[-1]["id"], "-o", str(out),
                  "--signer", "Nguyễn Văn An")
    assert printed.returncode == 0, printed.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    [code] = set(re.findall(r"Mã xác thực: ([0-9A-Z]{5}-[0-9A-Z]{5})", text))
    found = cli(world.imported, "verify", code)
    assert found.returncode == 0, found.stderr
    assert f"Nghị quyết số {listed[-1]['number']}" in found.stdout
    assert "Chi bộ: CB01" in found.stdout
    before = cli(world.committee, "verify", code)
    assert before.returncode == 1 and before.stderr.startswith("error: ")
