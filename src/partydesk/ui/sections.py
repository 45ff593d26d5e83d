"""The sections of the left navigation, in order, and what each will hold."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    coming: str  # what the section will hold, shown until it is built
    committee_only: bool = False


COMMUNES_TITLE = QT_TRANSLATE_NOOP("Sections", "Communes")   # the "cells" section, on a province

SECTIONS = [
    Section("overview", QT_TRANSLATE_NOOP("Sections", "Overview"), ""),
    Section(
        "cells",
        QT_TRANSLATE_NOOP("Sections", "Cells"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "The cells this committee has enrolled, each with its last bundle, "
            "and the consolidated register of all their members.",
        ),
        committee_only=True,
    ),
    Section(
        "members",
        QT_TRANSLATE_NOOP("Sections", "Party members"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "The register of members and every step of their life in the party: "
            "admission, probation, conversion, transfers, exemption, discipline, badges, "
            "grading. Search by name without accents; import and export spreadsheets.",
        ),
    ),
    Section(
        "candidates",
        QT_TRANSLATE_NOOP("Sections", "Candidates"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "Outstanding non-members the cell is preparing for admission: "
            "awareness-class certificate, sponsors, application and the cell's resolution.",
        ),
    ),
    Section(
        "meetings",
        QT_TRANSLATE_NOOP("Sections", "Cell meetings"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "Monthly and thematic meetings: attendance, speakers, votes and the printed minutes.",
        ),
    ),
    Section(
        "resolutions",
        QT_TRANSLATE_NOOP("Sections", "Resolutions"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "Resolutions and other documents of the cell, numbered per type over "
            "the term, with their tasks and deadlines.",
        ),
    ),
    Section(
        "dues",
        QT_TRANSLATE_NOOP("Sections", "Party dues"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "Monthly dues of each member, arrears, and the dues report for the higher committee.",
        ),
    ),
    Section(
        "grading",
        QT_TRANSLATE_NOOP("Sections", "Quality grading"),
        QT_TRANSLATE_NOOP("Sections", "The yearly quality grading of each member and of the cell."),
    ),
    Section(
        "reports",
        QT_TRANSLATE_NOOP("Sections", "Reports"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "Monthly, quarterly and yearly reports and statistics for the higher committee.",
        ),
    ),
    Section(
        "sync",
        QT_TRANSLATE_NOOP("Sections", "Sync"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "Signed, encrypted bundles carried on a USB stick between the cell "
            "and the higher committee.",
        ),
    ),
    Section("settings", QT_TRANSLATE_NOOP("Sections", "Settings"), ""),
]


def sections_for(is_committee: bool) -> list[Section]:
    return [s for s in SECTIONS if is_committee or not s.committee_only]
