"""Realistic, invented names of the peoples of a cell's commune, with the word each
name is filed under: Kinh and most northern peoples put the given name last; an Ê Đê
name ends with the clan name ("Y Bih Niê" is filed under Bih, "H'Zen Mlô" under
H'Zen). Gia Rai, Ê Đê, Ba Na, H'Mông, Thái and Dao names use f, j, w and z.
"""

from __future__ import annotations

import random

from partydesk.domain.member import Sex
from partydesk.services.demo import names as data

# people → (family or clan names, male given names, female given names)
HIGHLAND_NAMES = {
    "Gia Rai": (["Ksor", "Rơ Chăm", "Siu", "Rơ Mah", "Kpă", "Nay", "Rơ Lan", "Puih",
                 "Rmah"],
                ["Wal", "Zin", "Blêh", "Then", "Plui", "Phin", "Jơn", "Hyăo", "Wưn", "Fôk"],
                ["H'Yim", "H'Zuê", "Hiao", "Jui", "H'Wiên", "Nhuin", "H'Fơ"]),
    "Ba Na": (["Đinh"],
              ["Wơn", "Jrơ", "Blưu", "Hyơr", "Byưh", "Nhong", "Kơ", "Jar", "Fơ", "Zui"],
              ["Blưu", "Hyơr", "Jing", "Wên", "Zăn", "Phai"]),
}
# Ê Đê: "Y <given> <clan>" for men, "H'<given> <clan>" for women.
EDE_CLANS = ["Niê", "Mlô", "Êban", "Ayun", "Buôn Yă", "Kbuôr", "Adrơng", "Byă", "Knul",
             "Hwing", "Ktla"]
EDE_MALE = ["Bih", "Jút", "Wơn", "Zăng", "Blu", "Kông", "Ngông", "Mơn", "Fai", "Jek"]
EDE_FEMALE = ["H'Hen", "H'Zen", "H'Jen", "H'Wiê", "H'Bla", "H'Ni", "H'Rin", "H'Juê"]
# Given names with letters outside the 29, for the northern peoples of names.py.
NORTHERN_EXTRA_GIVEN = {"H'Mông": ["Fử", "Zơ", "Jua", "Wàng"], "Thái": ["Fong", "Jươn"],
                        "Dao": ["Zếnh", "Fu", "Wìn"]}


def demo_name(rng: random.Random, sex: Sex, ethnicity: str) -> tuple[str, str]:
    """``(full name, given name)``; the given name is "" when it is the last word."""
    if ethnicity == "Ê Đê" and rng.random() < 0.9:
        clan = rng.choice(EDE_CLANS)
        if sex is Sex.MALE:
            given = rng.choice(EDE_MALE)
            return f"Y {given} {clan}", given
        given = rng.choice(EDE_FEMALE)
        return f"{given} {clan}", given
    if ethnicity in HIGHLAND_NAMES:
        families, male, female = HIGHLAND_NAMES[ethnicity]
        given = rng.choice(male if sex is Sex.MALE else female)
        family = rng.choice(families)
        if ethnicity == "Ba Na" and rng.random() < 0.7:   # A for men, Y for women
            family = "A" if sex is Sex.MALE else "Y"
        return f"{family} {given}", ""
    if ethnicity in data.MINORITY_NAMES and rng.random() < 0.8:
        families, male_middle, female_middle = data.MINORITY_NAMES[ethnicity]
        middle = male_middle if sex is Sex.MALE else female_middle
        given_names = data.MINORITY_GIVEN + NORTHERN_EXTRA_GIVEN.get(ethnicity, [])
        return f"{rng.choice(families)} {rng.choice(middle)} {rng.choice(given_names)}", ""
    family = _pick(rng, data.FAMILY_NAMES)
    middle = _pick(rng, data.MIDDLE_NAMES[sex.value])
    return f"{family} {middle} {rng.choice(data.GIVEN_NAMES[sex.value])}", ""


def _pick(rng: random.Random, weighted: dict[str, int]) -> str:
    return rng.choices(list(weighted), weights=list(weighted.values()))[0]
