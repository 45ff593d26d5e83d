"""Realistic, internally consistent demo data (all names invented), reproducible by seed.

Dates hold together: members were 18–60 when admitted, the ceremony follows
the decision within days, conversion to official follows 12 months of
probation, and who is still on probation depends on the reference date.
About 3 % of members have a later turn, after everything else in their life:
a temporary or official transfer out, an exemption (old members), death or
removal. The records carry no status: the member aggregate works it out from the
events when the register is written, as for every member.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from partydesk.domain.dates import add_months
from partydesk.domain.errors import PartyDeskError
from partydesk.domain.events import MemberEvent
from partydesk.domain.ids import new_id
from partydesk.domain.member import MemberRecord, Sex
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.services.demo import names as data
from partydesk.services.demo.dues import fill_demo_dues
from partydesk.services.demo.gradings import fill_demo_gradings
from partydesk.services.demo.meetings import default_months, fill_demo_meetings
from partydesk.services.demo.person_names import demo_name
from partydesk.services.members.aggregate import LifeChange, write_lives
from partydesk.storage.members.records import count_members

EventRow = tuple[str, str, str, str, dict]
BADGE_YEARS = (30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90)
# Badges are usually handed over on the party's anniversaries.
BADGE_DAYS = ((2, 3), (5, 19), (9, 2), (11, 7))
LATER_LIFE_SHARE = 0.03
# Weights of the later turns for members under and over 65 on the reference date.
YOUNGER_TURNS = {"transfer_out_temporary": 40, "transfer_out_official": 35, "removal": 20,
                 "death": 5}
OLDER_TURNS = {"exemption_start": 40, "death": 40, "transfer_out_official": 10,
               "transfer_out_temporary": 5, "removal": 5}


def next_badge_ceremony(due: date) -> date:
    for year in (due.year, due.year + 1):
        for month, day in BADGE_DAYS:
            if date(year, month, day) >= due:
                return date(year, month, day)
    raise AssertionError("unreachable")


class DemoNotEmptyError(PartyDeskError):
    def __init__(self) -> None:
        super().__init__(message(QT_TRANSLATE_NOOP(
            "Demo", "Demo data only goes into an empty register; this one already has "
            "members. Nothing was changed.")))



def _pick(rng: random.Random, weighted: dict[str, int]) -> str:
    return rng.choices(list(weighted), weights=list(weighted.values()))[0]


@dataclass
class DemoGenerator:
    seed: int
    as_of: date
    rng: random.Random = field(init=False)
    _card_serial: int = field(init=False, default=0)
    _id_clock: int = field(init=False)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)
        # A stream of its own, so that the later turns leave everyone else as they were.
        self.later_rng = random.Random(f"later-life-{self.seed}")
        self._id_clock = 1_700_000_000_000 + self.seed % 1_000_000

    def next_id(self) -> str:
        self._id_clock += 1
        return new_id(self._id_clock, self.rng.getrandbits(74))

    def members(self, count: int) -> Iterator[tuple[MemberRecord, list[EventRow]]]:
        for _ in range(count):
            yield self.member()

    def member(self) -> tuple[MemberRecord, list[EventRow]]:
        sex = self.rng.choice([Sex.MALE, Sex.FEMALE])
        ethnicity = _pick(self.rng, data.ETHNICITIES)
        admitted = self._admission_date()
        birth = admitted - timedelta(days=self.rng.randint(18 * 366, 45 * 365))
        ceremony = admitted + timedelta(days=self.rng.randint(7, 35))
        probation_end = add_months(ceremony, 12)
        official = probation_end + timedelta(days=self.rng.randint(3, 25))
        member_id = self.next_id()
        events: list[EventRow] = [
            (self.next_id(), member_id, "admission_decision", admitted.isoformat(), {}),
        ]
        if ceremony <= self.as_of:    # otherwise the ceremony is still to be held
            events.append((self.next_id(), member_id, "admission_ceremony",
                           ceremony.isoformat(), {}))
        if official <= self.as_of:
            card = self._card_number()
            events.append((self.next_id(), member_id, "conversion_official",
                           official.isoformat(), {}))
            events.append((self.next_id(), member_id, "card_issued",
                           min(official + timedelta(days=60), self.as_of).isoformat(),
                           {"card_number": card}))
            events += self._badges(member_id, admitted)
        self._later_turn(member_id, birth, events)
        full_name, given_name = demo_name(self.rng, sex, ethnicity)
        record = MemberRecord(
            id=member_id, full_name=full_name, given_name=given_name, sex=sex,
            birth_date=birth, ethnicity=ethnicity, religion=_pick(self.rng, data.RELIGIONS),
            home_town=self._place(), residence=self._place(),
            education=_pick(self.rng, data.EDUCATION),
            professional_level=_pick(self.rng, data.PROFESSIONAL),
            theory_level=_pick(self.rng, data.THEORY),
            occupation_before=_pick(self.rng, data.OCCUPATIONS),
            occupation_now=_pick(self.rng, data.OCCUPATIONS),
            admitted_on=admitted, ceremony_on=ceremony if ceremony <= self.as_of else None)
        return record, events

    def _later_turn(self, member_id: str, birth: date, events: list[EventRow]) -> None:
        """For a few members, one later change after all their other events."""
        rng = self.later_rng
        if rng.random() >= LATER_LIFE_SHARE:
            return
        last = max(date.fromisoformat(e[3]) for e in events)
        room = (self.as_of - last).days
        if room < 2:
            return
        old = (self.as_of - birth).days >= 65 * 365
        turn = _pick(rng, OLDER_TURNS if old else YOUNGER_TURNS)
        on = last + timedelta(days=rng.randint(1, min(room, 10 * 365)))
        details = {}
        if turn.startswith("transfer"):
            details["place"] = f"xã {rng.choice(data.COMMUNES)}, tỉnh {rng.choice(data.PROVINCES)}"
        # The clock is left alone: everyone else keeps the ids of the same seed.
        events.append((new_id(self._id_clock, rng.getrandbits(74)), member_id, turn,
                       on.isoformat(), details))

    def _badges(self, member_id: str, admitted: date) -> list[EventRow]:
        """Badges already handed out at a ceremony after they fell due; the one due
        most recently may still be waiting, as in a real cell."""
        awarded = []
        for years in BADGE_YEARS:
            ceremony = next_badge_ceremony(add_months(admitted, 12 * years))
            if ceremony > self.as_of or self.rng.random() < 0.03:
                break
            awarded.append((self.next_id(), member_id, "badge_awarded", ceremony.isoformat(),
                            {"years": years}))
        return awarded

    def _admission_date(self) -> date:
        # Most members joined years ago; about one in twelve within the last two years.
        days_ago = (self.rng.randint(20, 730) if self.rng.random() < 0.08
                    else self.rng.randint(730, 55 * 365))
        return self.as_of - timedelta(days=days_ago)

    def _place(self) -> str:
        return f"xã {self.rng.choice(data.COMMUNES)}, tỉnh {self.rng.choice(data.PROVINCES)}"

    def _card_number(self) -> str:
        self._card_serial += 1
        return f"{self.seed % 90 + 10:02d}.{self._card_serial:06d}"


BATCH = 5000


def life(member: MemberRecord, events: list[EventRow]) -> LifeChange:
    """A generated member as the member aggregate takes it."""
    return LifeChange(member.id, tuple(MemberEvent(kind, date.fromisoformat(on), details)
                                       for _, _, kind, on, details in events), member)


def fill_demo_register(db, count: int, seed: int = 1, as_of: date | None = None,
                       progress=None, meetings_months: int | None = None) -> int:
    """Write ``count`` demo members with their events, then ``meetings_months`` months of
    meetings and resolutions (by default 24 for up to 2,000 members, none above), all in
    one transaction. Returns the number of members written."""
    if count_members(db):
        raise DemoNotEmptyError()
    generator = DemoGenerator(seed, as_of or date.today())
    written = 0
    with db.atomic():
        while written < count:
            batch = [generator.member() for _ in range(min(BATCH, count - written))]
            write_lives(db, [life(m, ev) for m, ev in batch], generator.as_of, audit=False)
            written += len(batch)
            if progress:
                progress(written, count)
        months = default_months(count) if meetings_months is None else meetings_months
        fill_demo_meetings(db, months, seed, generator.as_of)
        fill_demo_dues(db, months, seed, generator.as_of)
        fill_demo_gradings(db, seed, generator.as_of)
    return written
