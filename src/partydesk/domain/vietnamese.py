"""Vietnamese text: NFC storage form, accent-folded search form, name sort keys.

Sorting follows CLDR's Vietnamese collation (ICU ``vi``): the 29 letters of the
alphabet with the other Latin letters in their Latin places among them
(a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z), tones
compared only after the letters, and a person's name sorts by the given name,
then the other words in the order they are written (family name, middle names).
The given name is the last word unless the member's record names another one
(an Ê Đê name such as "Y Bih Niê" ends with the clan name and is filed under Bih).
"""

from __future__ import annotations

import unicodedata
from itertools import pairwise

VIETNAMESE_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
# Every letter a name may hold, in collation order: f after ê, j after i, w after v,
# z after y. Sort keys write them as U+0100 + rank (SORT_LETTER_BASE..SORT_LETTER_LAST),
# above every other character a name holds; storage/schema.py buckets search rows by it.
ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
SORT_LETTER_BASE = 0x100
SORT_LETTER_LAST = SORT_LETTER_BASE + len(ALPHABET) - 1
# Combining marks that are tones, in the traditional order after "no tone".
TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
OTHER_MARK = 6                   # a mark foreign to Vietnamese (ç, ñ, ü…): after the tones
# Marks that make a Vietnamese letter of a base letter (ă â ê ô ơ ư).
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}
_LETTER_RANK = {letter: index for index, letter in enumerate(ALPHABET)}
_FOLD_EXTRA = str.maketrans({"đ": "d", "Đ": "d"})
_JOINERS = "'’ʼ‘`"               # apostrophes written inside a word (H'Mông, K’Sor)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def clean_text(text: str | None) -> str:
    """NFC, trimmed, inner runs of white space collapsed to one space."""
    return " ".join(nfc(text or "").split())


def fold(text: str) -> str:
    """Lower case without accents or tones, đ→d: the form search compares."""
    decomposed = unicodedata.normalize("NFD", text.translate(_FOLD_EXTRA).lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def search_form(full_name: str) -> str:
    """The folded name, then the words it makes when apostrophes and the spaces
    between words are left out, so that search matches "hmong" in "H'Mông" and
    "rocham" in "Rơ Chăm": ``"h'mong ro cham hmong hmongro rocham"``."""
    words = fold(clean_text(full_name)).split(" ")
    bare = ["".join(c for c in w if c not in _JOINERS) for w in words]
    joined = [b for w, b in zip(words, bare, strict=True) if b != w and b]
    joined += [a + b for a, b in pairwise(bare)]
    return " ".join([*words, *joined]).strip()


def _split_tone(char: str) -> tuple[str, int]:
    """'ề' → ('ê', 1): the letter with its Vietnamese vowel marks, and its tone rank
    (a mark foreign to Vietnamese counts after the tones: 'ç' → ('c', 6))."""
    decomposed = unicodedata.normalize("NFD", char.lower())
    tone = 0
    kept = []
    for part in decomposed:
        if part in TONES:
            tone = TONES[part]
        elif unicodedata.combining(part) and (part not in _LETTER_MARKS or not kept):
            tone = max(tone, OTHER_MARK)
        else:
            kept.append(part)
    letter = unicodedata.normalize("NFC", "".join(kept))
    if letter not in _LETTER_RANK and len(kept) > 1:    # a mark Vietnamese puts elsewhere
        letter, tone = kept[0], max(tone, OTHER_MARK)
    return letter, tone


def word_key(word: str) -> tuple[str, str]:
    """Letters (as sortable code points) and tones of one word, separately."""
    letters, tones = [], []
    for char in nfc(word):
        base, tone = _split_tone(char)
        rank = _LETTER_RANK.get(base)
        letters.append(chr(SORT_LETTER_BASE + rank) if rank is not None else base)
        tones.append(str(tone))
    return "".join(letters), "".join(tones)


def name_words(full_name: str) -> list[str]:
    return [w for w in clean_text(full_name).split(" ") if w]


def given_name_index(full_name: str, given_name: str = "") -> int | None:
    """Which word of ``full_name`` is the given name: the last word that is
    ``given_name`` (compared without case or accents), else the last word; None for
    an empty name or a ``given_name`` that is not one of its words."""
    words = name_words(full_name)
    if not words:
        return None
    wanted = fold(clean_text(given_name))
    if not wanted:
        return len(words) - 1
    for index in range(len(words) - 1, -1, -1):
        if fold(words[index]) == wanted:
            return index
    return None


def given_name_word(full_name: str, given_name: str = "") -> str | None:
    """The word of ``full_name`` written as it is in the name, or None (see above)."""
    index = given_name_index(full_name, given_name)
    return None if index is None else name_words(full_name)[index]


def name_sort_key(full_name: str, given_name: str = "") -> str:
    """A string whose plain (binary) order is the Vietnamese order of names: the given
    name first (the last word unless ``given_name`` picks another word of the name),
    then the other words as written."""
    words = name_words(full_name)
    index = given_name_index(full_name, given_name)
    if index is None:
        index = len(words) - 1
    ordered = [words[index], *words[:index], *words[index + 1:]] if words else []
    keys = [word_key(w) for w in ordered]
    letters = "\x01".join(k[0] for k in keys)
    tones = "\x01".join(k[1] for k in keys)
    return letters + "\x00" + tones
