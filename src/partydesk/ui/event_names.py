"""Names of lifecycle events, statuses and levels as the user reads them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from partydesk.domain.events import DisciplineLevel, GradingLevel
from partydesk.domain.member import MemberStatus
from partydesk.domain.member_labels import EVENT_LABELS

# the texts (context "Events") of domain/member_labels, which the command line shows too
EVENT_NAMES = {kind: label.text for kind, label in EVENT_LABELS.items()}
STATUS_NAMES = {
    MemberStatus.PROBATIONARY: QT_TRANSLATE_NOOP("Events", "Probationary"),
    MemberStatus.OFFICIAL: QT_TRANSLATE_NOOP("Events", "Official"),
    MemberStatus.TRANSFERRED_OUT: QT_TRANSLATE_NOOP("Events", "Transferred out"),
    MemberStatus.REMOVED: QT_TRANSLATE_NOOP("Events", "Removed from the list"),
    MemberStatus.EXPELLED: QT_TRANSLATE_NOOP("Events", "Expelled"),
    MemberStatus.LEFT: QT_TRANSLATE_NOOP("Events", "Left the party"),
    MemberStatus.DECEASED: QT_TRANSLATE_NOOP("Events", "Deceased"),
}
DISCIPLINE_NAMES = {
    DisciplineLevel.REPRIMAND: QT_TRANSLATE_NOOP("Events", "Reprimand"),
    DisciplineLevel.WARNING: QT_TRANSLATE_NOOP("Events", "Warning"),
    DisciplineLevel.REMOVAL_FROM_POST: QT_TRANSLATE_NOOP("Events", "Removal from post"),
}
GRADING_NAMES = {
    GradingLevel.OUTSTANDING: QT_TRANSLATE_NOOP("Events", "Outstanding"),
    GradingLevel.GOOD: QT_TRANSLATE_NOOP("Events", "Good"),
    GradingLevel.COMPLETED: QT_TRANSLATE_NOOP("Events", "Completed"),
    GradingLevel.NOT_COMPLETED: QT_TRANSLATE_NOOP("Events", "Not completed"),
}


def shown(names: dict, key) -> str:
    return QCoreApplication.translate("Events", names[key])
