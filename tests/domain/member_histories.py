"""Named member histories shared by the lifecycle tests (not a test module).

The dates are chosen so that the periods are easy to check by hand:
decision Tue 01/03/2022, ceremony Tue 15/03/2022, probation ends 15/03/2023.
"""

from __future__ import annotations

from datetime import date

from partydesk.domain.events import EventKind as K
from partydesk.domain.events import MemberEvent
from partydesk.services.setup.rulebook import default_rulebook

RULES = default_rulebook()

DECIDED = date(2022, 3, 1)
CEREMONY = date(2022, 3, 15)
PROBATION_ENDS = date(2023, 3, 15)
CONVERTED = date(2023, 3, 20)
EXITED = date(2024, 1, 10)
BORN = date(1990, 6, 1)


def event(kind: K, on: date, **details: object) -> MemberEvent:
    return MemberEvent(kind, on, details)


AWAITING_CEREMONY = [event(K.ADMISSION_DECISION, DECIDED)]
PROBATIONER = [*AWAITING_CEREMONY, event(K.ADMISSION_CEREMONY, CEREMONY)]
OFFICIAL = [*PROBATIONER, event(K.CONVERSION_OFFICIAL, CONVERTED)]
TRANSFERRED_OUT = [*OFFICIAL, event(K.TRANSFER_OUT_OFFICIAL, EXITED)]
REMOVED = [*OFFICIAL, event(K.REMOVAL, EXITED)]
EXPELLED = [*OFFICIAL, event(K.EXPULSION, EXITED)]
LEFT = [*OFFICIAL, event(K.LEFT_PARTY, EXITED)]
DECEASED = [*OFFICIAL, event(K.DEATH, EXITED)]
AWAY = [*OFFICIAL, event(K.TRANSFER_OUT_TEMPORARY, EXITED)]
EXEMPT = [*OFFICIAL, event(K.EXEMPTION_START, EXITED)]

# A member of 1994: 30 years of party age on 10/05/2024.
VETERAN_DECIDED = date(1994, 5, 10)
VETERAN = [
    event(K.ADMISSION_DECISION, VETERAN_DECIDED),
    event(K.ADMISSION_CEREMONY, date(1994, 5, 20)),
    event(K.CONVERSION_OFFICIAL, date(1995, 5, 25)),
]
