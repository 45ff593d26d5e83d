"""The schema, as named, append-only migrations: one frozen module each, applied in the
order of ``MIGRATIONS``. Never edit one that has shipped: add a new module and append it.
Runtime code imports nothing from here; a migration keeps its own copy of what it needs.

They run through sqlite-utils' ``Migrations`` (each in one transaction, recorded in
``_sqlite_migrations``). That set is built on first use: opening an up-to-date
register only compares names, so start-up does not import sqlite-utils.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from partydesk.storage.migrations import (
    m0001_organisation_and_settings,
    m0002_members,
    m0003_lifecycle_audit_candidates,
    m0004_meetings_minutes,
    m0005_meetings_documents,
    m0006_register_search,
    m0007_bundles_sync,
    m0008_bundles_cell_records,
    m0009_member_flags,
    m0010_cell_key_history,
    m0030_name_keys,
    m0040_dues,
    m0050_grading_targets,
    m0051_statistics_indexes,
    m0070_discipline_deferrals,
    m0090_downward_bundles,
    m0091_transfers,
    m0092_restore_keys,
    m0110_settings_carried_down,
    m0111_cross_cell_duplicates,
    m0120_expected_moves,
    m0130_committee_levels,
    m0150_issued_records,
    m0160_statistics_membership_index,
    m0180_register_name_index,
    m0181_statistics_counts_kept,
    m0210_statistics_member_columns,
)

if TYPE_CHECKING:
    from sqlite_utils.migrations import Migrations

MIGRATION_SET = "partydesk"
MIGRATIONS = (
    m0001_organisation_and_settings,
    m0002_members,
    m0003_lifecycle_audit_candidates,
    m0004_meetings_minutes,
    m0005_meetings_documents,
    m0006_register_search,
    m0007_bundles_sync,
    m0008_bundles_cell_records,
    m0009_member_flags,
    m0010_cell_key_history,
    m0030_name_keys,
    m0040_dues,
    m0050_grading_targets,
    m0051_statistics_indexes,
    m0070_discipline_deferrals,
    m0090_downward_bundles,
    m0091_transfers,
    m0092_restore_keys,
    m0150_issued_records,
    m0160_statistics_membership_index,
    m0120_expected_moves,
    m0110_settings_carried_down,
    m0111_cross_cell_duplicates,
    m0130_committee_levels,
    m0180_register_name_index,
    m0181_statistics_counts_kept,
    m0210_statistics_member_columns,
)


@cache
def migration_set() -> Migrations:
    """The sqlite-utils migration set, built the first time something must migrate."""
    from sqlite_utils.migrations import Migrations

    built = Migrations(MIGRATION_SET)
    for module in MIGRATIONS:
        built(name=module.NAME)(module.migrate)
    return built


def known_migration_names() -> list[str]:
    return [module.NAME for module in MIGRATIONS]
