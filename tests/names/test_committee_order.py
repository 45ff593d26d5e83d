"""The committee's consolidated register files members as their cell does, whatever
sort keys an older cell sent."""

from __future__ import annotations

from partydesk.storage.partition_store import consolidated_members, replace_cell_partition


def test_cell_members_are_rekeyed_on_import_with_their_given_name(memory_db):
    columns = ["id", "full_name", "given_name", "sort_key", "name_folded", "status"]
    rows = [("a", "Nguyễn Văn An", "", "stale", "stale", "official"),
            ("b", "Y Bih Niê", "Bih", "stale", "stale", "official"),
            ("c", "Trần Thị Bình", "", "stale", "stale", "official")]
    older = [("d", "Ksor Wal", "old", "official"), ("e", "Hoàng Văn Fong", "old", "official")]
    with memory_db.atomic():
        replace_cell_partition(memory_db, "CB01", {"members": (columns, rows)})
        replace_cell_partition(memory_db, "CB02", {"members": (            # no given_name
            ["id", "full_name", "sort_key", "status"], older)})
    assert [m["full_name"] for m in consolidated_members(memory_db)] == [
        "Nguyễn Văn An", "Y Bih Niê", "Trần Thị Bình", "Hoàng Văn Fong", "Ksor Wal"]
    assert [m["full_name"] for m in consolidated_members(memory_db, ["hmong"])] == []
    assert [m["full_name"] for m in consolidated_members(memory_db, ["bihnie"])] == [
        "Y Bih Niê"]
