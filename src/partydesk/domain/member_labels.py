"""Names of a member's sex and status as the user reads them (translated by the UI
and the command line from these English sources)."""

from __future__ import annotations

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
