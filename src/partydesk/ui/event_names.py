"""Names of lifecycle events, statuses and levels as the user reads them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from partydesk.domain.events import DisciplineLevel, EventKind, GradingLevel
from partydesk.domain.member import MemberStatus

EVENT_NAMES = {
    EventKind.ADMISSION_DECISION: QT_TRANSLATE_NOOP("Events", "Admission decision"),
    EventKind.ADMISSION_CEREMONY: QT_TRANSLATE_NOOP("Events", "Admission ceremony"),
    EventKind.CONVERSION_OFFICIAL: QT_TRANSLATE_NOOP("Events", "Conversion to official"),
    EventKind.TRANSFER_OUT_OFFICIAL: QT_TRANSLATE_NOOP("Events", "Official transfer out"),
    EventKind.TRANSFER_OUT_TEMPORARY: QT_TRANSLATE_NOOP("Events", "Temporary transfer out"),
    EventKind.TRANSFER_IN_OFFICIAL: QT_TRANSLATE_NOOP("Events", "Official transfer in"),
    EventKind.TRANSFER_IN_TEMPORARY: QT_TRANSLATE_NOOP("Events", "Temporary transfer in"),
    EventKind.RETURN_FROM_TEMPORARY: QT_TRANSLATE_NOOP("Events", "Return from temporary transfer"),
    EventKind.EXEMPTION_START: QT_TRANSLATE_NOOP("Events", "Exemption from work and activity"),
    EventKind.EXEMPTION_END: QT_TRANSLATE_NOOP("Events", "End of exemption"),
    EventKind.DISCIPLINE: QT_TRANSLATE_NOOP("Events", "Discipline"),
    EventKind.REMOVAL: QT_TRANSLATE_NOOP("Events", "Removal from the list"),
    EventKind.EXPULSION: QT_TRANSLATE_NOOP("Events", "Expulsion"),
    EventKind.LEFT_PARTY: QT_TRANSLATE_NOOP("Events", "Left the party"),
    EventKind.DEATH: QT_TRANSLATE_NOOP("Events", "Death"),
    EventKind.READMISSION: QT_TRANSLATE_NOOP("Events", "Re-admission"),
    EventKind.CARD_ISSUED: QT_TRANSLATE_NOOP("Events", "Party card issued"),
    EventKind.BADGE_AWARDED: QT_TRANSLATE_NOOP("Events", "Party badge awarded"),
    EventKind.YEARLY_GRADING: QT_TRANSLATE_NOOP("Events", "Yearly grading"),
}
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
