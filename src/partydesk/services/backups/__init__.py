"""Local backups of the register: made by hand, at the first start of each day and
before every import, restore and migration; rotated (7 daily, 4 weekly, 12 monthly);
each checked with ``integrity_check``; restored atomically after backing up what the
restore replaces."""
