"""Outstanding non-members (quần chúng ưu tú) on their way to admission."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from partydesk.domain.dates import add_months, format_date
from partydesk.domain.member_rules import (
    RuleKey,
    check_admission_age,
    in_force,
    int_rule,
    refuse,
)
from partydesk.domain.member_state import MemberState, MemberStatus
from partydesk.domain.messages import QT_TRANSLATE_NOOP
from partydesk.domain.rulebook import RuleBook

_CTX = "Candidates"


@dataclass(frozen=True)
class Sponsor:
    """A party member who vouches for the candidate (người giới thiệu)."""

    member_id: str
    months_together: int  # worked or lived with the candidate, as declared by the cell


@dataclass(frozen=True)
class Candidate:
    full_name: str
    birth_date: date | None = None
    awareness_certificate_on: date | None = None  # certificate mẫu CN-NTVĐ
    sponsors: tuple[Sponsor, ...] = ()
    youth_union_resolution_on: date | None = None  # stands in for one sponsor
    application_on: date | None = None
    cell_resolution_on: date | None = None
    admission_decision_on: date | None = None

    def certificate_expires_on(self, rules: RuleBook) -> date | None:
        """Last day the awareness certificate is valid; None without a certificate."""
        issued = self.awareness_certificate_on
        if issued is None:
            return None
        return add_months(issued, int_rule(rules, RuleKey.CERTIFICATE_VALID_MONTHS, issued))


def qualified_sponsors(candidate: Candidate, sponsors_states: Mapping[str, MemberState],
                       as_of: date, rules: RuleBook) -> list[str]:
    """Sponsors who count: official members with the required time together."""
    months = int_rule(rules, RuleKey.SPONSOR_MONTHS_TOGETHER, as_of)
    qualified: list[str] = []
    for sponsor in candidate.sponsors:
        state = sponsors_states.get(sponsor.member_id)
        if (state is not None and state.status is MemberStatus.OFFICIAL
                and sponsor.months_together >= months and sponsor.member_id not in qualified):
            qualified.append(sponsor.member_id)
    return qualified


def check_candidate_admission(candidate: Candidate, sponsors_states: Mapping[str, MemberState],
                              as_of: date, rules: RuleBook) -> None:
    """Refuse admission on ``as_of`` with a RuleViolation naming the rule.

    ``sponsors_states`` maps each sponsor's member id to their state derived as
    of ``as_of``; a sponsor missing from it does not count.
    """
    check_admission_age(candidate.birth_date, as_of, rules)
    _check_certificate(candidate, as_of, rules)
    _check_sponsors(candidate, sponsors_states, as_of, rules)


def _check_certificate(candidate: Candidate, as_of: date, rules: RuleBook) -> None:
    if not in_force(rules, RuleKey.CERTIFICATE_VALID_MONTHS, as_of):
        return
    expires = candidate.certificate_expires_on(rules)
    if expires is None or candidate.awareness_certificate_on is None:
        refuse(_CTX, QT_TRANSLATE_NOOP(
            "Candidates", "Admission needs the certificate of the party-awareness class."),
            rule=RuleKey.CERTIFICATE_VALID_MONTHS)
    if as_of > expires:
        refuse(_CTX, QT_TRANSLATE_NOOP(
            "Candidates", "The party-awareness certificate of {issued} was valid until "
            "{expires}; the candidate must attend the class again."),
            rule=RuleKey.CERTIFICATE_VALID_MONTHS,
            issued=format_date(candidate.awareness_certificate_on), expires=format_date(expires))


def _check_sponsors(candidate: Candidate, sponsors_states: Mapping[str, MemberState],
                    as_of: date, rules: RuleBook) -> None:
    youth = candidate.youth_union_resolution_on is not None
    key = RuleKey.SPONSORS_REQUIRED_YOUTH_UNION if youth else RuleKey.SPONSORS_REQUIRED
    if not in_force(rules, key, as_of):
        return
    required = int_rule(rules, key, as_of)
    count = len(qualified_sponsors(candidate, sponsors_states, as_of, rules))
    if count < required:
        refuse(_CTX, QT_TRANSLATE_NOOP(
            "Candidates", "Admission needs {required} sponsor(s) who are official members and "
            "have worked or lived with the candidate for at least {months} months; "
            "{count} qualify on {on}."),
            rule=key, required=required, count=count, on=format_date(as_of),
            months=int_rule(rules, RuleKey.SPONSOR_MONTHS_TOGETHER, as_of))
