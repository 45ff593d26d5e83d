from __future__ import annotations

import errno

import pytest

from partydesk.services.shared.atomic_files import WriteError, write_atomically


def test_a_full_disk_midway_keeps_the_old_file_and_leaves_no_partial(tmp_path):
    target = tmp_path / "bien-ban.pdf"
    target.write_bytes(b"the minutes printed last week")

    def writer(handle):
        handle.write(b"%PDF-1.4 half a document")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(WriteError) as refused:
        write_atomically(target, writer)
    assert "No space left" in refused.value.message.render()
    assert target.read_bytes() == b"the minutes printed last week"
    assert [p.name for p in tmp_path.iterdir()] == ["bien-ban.pdf"]


def test_a_whole_write_replaces_the_file(tmp_path):
    target = tmp_path / "list.pdf"
    write_atomically(target, lambda handle: handle.write(b"new"))
    assert target.read_bytes() == b"new"
