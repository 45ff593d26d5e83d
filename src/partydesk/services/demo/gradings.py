"""Two years of demo grading with realistic shares, and the years' admission targets.

Last year's round is decided by the committee and closed; this year's (when the demo
date is in December) is under way: everyone has assessed themselves, the cell has
proposed for most, the committee decided for some."""

from __future__ import annotations

import random
from datetime import date

from partydesk.domain.grading import LEVELS, outstanding_limit
from partydesk.domain.rulebook import RuleBook
from partydesk.services.reports.statistics import members_to_grade
from partydesk.services.setup.rulebook import default_rulebook
from partydesk.storage import grading_store as store
from partydesk.storage.database import Database

WEIGHTS = (12, 68, 18, 2)           # outstanding, good, completed, not completed (%)
SCORES = {"outstanding": (90, 98), "good": (70, 89), "completed": (50, 69),
          "not_completed": (30, 49)}


def _levels(rng: random.Random, count: int, year: int, rules: RuleBook) -> list[str]:
    levels = [lv.value for lv in rng.choices(LEVELS, WEIGHTS, k=count)]
    counts = {lv: levels.count(lv.value) for lv in LEVELS}
    extra = outstanding_limit(counts, year, rules).outstanding - outstanding_limit(
        counts, year, rules).allowed
    for i, level in enumerate(levels):           # keep within the 20 % of good
        if extra <= 0:
            break
        if level == "outstanding":
            levels[i], extra = "good", extra - 1
    return levels


def fill_demo_gradings(db: Database, seed: int, as_of: date,
                       rules: RuleBook | None = None) -> None:
    rules = rules or default_rulebook()
    rng = random.Random(f"grading-{seed}")
    years = [as_of.year - 1] + ([as_of.year] if as_of.month == 12 else [])
    for year in years:
        members = members_to_grade(db, year, rules)
        current = year == as_of.year
        rows = []
        for member_id, level in zip(members, _levels(rng, len(members), year, rules),
                                    strict=True):
            score = rng.randint(*SCORES[level])
            stages = ["self"] + (["cell"] if not current or rng.random() < 0.8 else [])
            if not current or (len(stages) == 2 and rng.random() < 0.5):
                stages.append("committee")
            rows += [{"member_id": member_id, "year": year, "stage": stage, "level": level,
                      "score": score} for stage in stages]
        store.insert_member_gradings(db, rows)
        store.save_organisation_grading(db, {"year": year, "stage": "self" if current
                                             else "committee", "level": "good", "score": 85})
        if not current:
            store.close_round(db, year, "year", False)
        store.set_target(db, year, "", max(1, round(len(members) * 0.035)))
