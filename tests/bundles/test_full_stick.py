"""An export that fails after taking its sequence number says the number is used up."""

from __future__ import annotations

import errno

import pytest

from partydesk.i18n import render
from partydesk.services.bundles import stick_writes
from partydesk.services.bundles.errors import BundleError
from partydesk.services.bundles.export import export_bundle
from tests.ui.sync_world import make_cell, make_committee


def test_a_full_stick_says_the_number_was_used(tmp_path, monkeypatch):
    committee = make_committee(tmp_path / "committee")
    cell = make_cell(committee, tmp_path, "CB01")
    stick = tmp_path / "stick"
    stick.mkdir()

    def full(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(stick_writes, "_write_all", full)
    with pytest.raises(BundleError) as refused:
        export_bundle(cell.db, cell.organisation, cell.paths.keys_dir, stick)
    text = render(refused.value.message, "en")
    assert "number 1 could not be written" in text and "No space left" in text
    assert "will be number 2" in text
    assert list(stick.iterdir()) == []
    monkeypatch.undo()
    again = export_bundle(cell.db, cell.organisation, cell.paths.keys_dir, stick)
    assert again.sequence == 2
    cell.release()
    committee.release()
