"""The first start of each day makes a backup; later starts that day do not."""

from __future__ import annotations

from datetime import datetime

from partydesk.services.backups.local import backups, daily_backup_if_due
from tests.helpers import open_register


def test_one_backup_at_the_first_start_of_each_day(tmp_path):
    db = open_register(tmp_path / "partydesk.sqlite3")
    folder = tmp_path / "backups"
    try:
        morning = datetime(2026, 3, 2, 8, 0)
        assert daily_backup_if_due(db, folder, morning) is not None
        assert daily_backup_if_due(db, folder, morning.replace(hour=15)) is None
        assert daily_backup_if_due(db, folder, datetime(2026, 3, 3, 7, 30)) is not None
    finally:
        db.close()
    made = backups(folder)
    assert [b.label for b in made] == ["daily", "daily"]
    assert [b.created_at[:10] for b in made] == ["2026-03-03", "2026-03-02"]
