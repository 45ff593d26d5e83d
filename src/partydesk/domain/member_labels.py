"""Names of a member's sex and status as the user reads them (translated by the UI
and the command line from these English sources)."""

from __future__ import annotations

from partydesk.domain.events import EventKind
from partydesk.domain.member import MemberStatus, Sex
from partydesk.domain.messages import QT_TRANSLATE_NOOP, Translatable

SEX_LABELS: dict[Sex, Translatable] = {
    Sex.MALE: QT_TRANSLATE_NOOP("Member", "Male"),
    Sex.FEMALE: QT_TRANSLATE_NOOP("Member", "Female"),
}
STATUS_LABELS: dict[MemberStatus, Translatable] = {
    MemberStatus.PROBATIONARY: QT_TRANSLATE_NOOP("Member", "Probationary"),
    MemberStatus.OFFICIAL: QT_TRANSLATE_NOOP("Member", "Official"),
    MemberStatus.TRANSFERRED_OUT: QT_TRANSLATE_NOOP("Member", "Transferred out"),
    MemberStatus.REMOVED: QT_TRANSLATE_NOOP("Member", "Removed from the list"),
    MemberStatus.EXPELLED: QT_TRANSLATE_NOOP("Member", "Expelled"),
    MemberStatus.LEFT: QT_TRANSLATE_NOOP("Member", "Left the party"),
    MemberStatus.DECEASED: QT_TRANSLATE_NOOP("Member", "Deceased"),
}
# The same sources (context "Events") as the member dialog's names, so both read alike.
EVENT_LABELS: dict[EventKind, Translatable] = {
    EventKind.ADMISSION_DECISION: QT_TRANSLATE_NOOP("Events", "Admission decision"),
    EventKind.ADMISSION_CEREMONY: QT_TRANSLATE_NOOP("Events", "Admission ceremony"),
    EventKind.CONVERSION_OFFICIAL: QT_TRANSLATE_NOOP("Events", "Conversion to official"),
    EventKind.TRANSFER_OUT_OFFICIAL: QT_TRANSLATE_NOOP("Events", "Official transfer out"),
    EventKind.TRANSFER_OUT_TEMPORARY: QT_TRANSLATE_NOOP("Events", "Temporary transfer out"),
    EventKind.TRANSFER_IN_OFFICIAL: QT_TRANSLATE_NOOP("Events", "Official transfer in"),
    EventKind.TRANSFER_IN_TEMPORARY: QT_TRANSLATE_NOOP("Events", "Temporary transfer in"),
    EventKind.RETURN_FROM_TEMPORARY: QT_TRANSLATE_NOOP("Events",
                                                       "Return from temporary transfer"),
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
