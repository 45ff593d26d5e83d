"""Write tests/names/icu_vi_name_order.tsv: generated names of many peoples, in the
order ICU's Vietnamese collation (CLDR ``vi``) gives them with the given name first.

Run once with PyICU (``pip install pyicu`` in a scratch venv; it builds against
libicu-dev):  PYTHONPATH=src python scripts/icu_name_order.py
The test tests/names/test_icu_order.py holds the register's order against this file.
Each line: full name, TAB, the given name the member is filed under ("" = last word).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import icu

from partydesk.domain.member import Sex
from partydesk.domain.vietnamese import name_words
from partydesk.services.demo.person_names import demo_name

OUT = Path(__file__).resolve().parents[1] / "tests" / "names" / "icu_vi_name_order.tsv"
PEOPLES = ["Kinh", "Thái", "Tày", "Mường", "H'Mông", "Nùng", "Dao", "Ê Đê", "Gia Rai",
           "Ba Na"]
CHOSEN = [("Hoàng Văn Fong", ""), ("Y Jút Buôn Yă", "Jút"), ("Ksor Wal", ""),
          ("Rơ Chăm Zin", ""), ("Nguyễn Văn An", ""), ("Y Bih Niê", "Bih"),
          ("H'Hen Niê", "H'Hen"), ("Giàng A Páo", ""), ("Lò Thị Jươn", ""),
          ("Triệu Tòn Zếnh", ""), ("Đinh Wơn", ""), ("Nay Phin", ""), ("Vi Văn Zếnh", "")]


def icu_string(full_name: str, given_name: str) -> str:
    """The name as ICU compares it: the given name first, then the other words."""
    words = name_words(full_name)
    index = max(i for i, w in enumerate(words) if not given_name or w == given_name)
    return " ".join([words[index], *words[:index], *words[index + 1:]])


def generated(count: int, seed: int = 16) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    found = dict.fromkeys(CHOSEN)
    while len(found) < count:
        found[demo_name(rng, rng.choice(list(Sex)), rng.choice(PEOPLES))] = None
    return list(found)


def main() -> int:
    collator = icu.Collator.createInstance(icu.Locale("vi"))
    names = generated(640)
    by_icu: dict[bytes, tuple[str, str]] = {}
    for name, given in names:       # names ICU cannot tell apart would make no order
        by_icu.setdefault(collator.getSortKey(icu_string(name, given)), (name, given))
    ordered = [by_icu[k] for k in sorted(by_icu)]
    OUT.write_text("".join(f"{n}\t{g}\n" for n, g in ordered), encoding="utf-8")
    print(f"{len(ordered)} names, ICU {icu.ICU_VERSION}, written to {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
