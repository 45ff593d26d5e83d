"""Vietnamese text: NFC storage form, accent-folded search form, name sort keys.

Sorting follows the Vietnamese alphabet (a ă â b c d đ e ê g h i k l m n o ô
ơ p q r s t u ư v x y) with tones compared only after the letters, and a
person's name sorts by given name, then family name, then middle names.
"""

from __future__ import annotations

import unicodedata

ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
# Combining marks that are tones, in the traditional order after "no tone".
TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_LETTER_RANK = {letter: index for index, letter in enumerate(ALPHABET)}
_FOLD_EXTRA = str.maketrans({"đ": "d", "Đ": "d"})


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def clean_text(text: str | None) -> str:
    """NFC, trimmed, inner runs of white space collapsed to one space."""
    return " ".join(nfc(text or "").split())


def fold(text: str) -> str:
    """Lower case without accents or tones, đ→d: the form search compares."""
    decomposed = unicodedata.normalize("NFD", text.translate(_FOLD_EXTRA).lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _split_tone(char: str) -> tuple[str, int]:
    """'ề' → ('ê', 1): the letter with its vowel marks, and its tone rank."""
    decomposed = unicodedata.normalize("NFD", char.lower())
    tone = 0
    kept = []
    for part in decomposed:
        if part in TONES:
            tone = TONES[part]
        else:
            kept.append(part)
    return unicodedata.normalize("NFC", "".join(kept)), tone


def word_key(word: str) -> tuple[str, str]:
    """Letters (as sortable code points) and tones of one word, separately."""
    letters, tones = [], []
    for char in nfc(word):
        base, tone = _split_tone(char)
        rank = _LETTER_RANK.get(base)
        letters.append(chr(0x100 + rank) if rank is not None else base)
        tones.append(str(tone))
    return "".join(letters), "".join(tones)


def name_sort_key(full_name: str) -> str:
    """A string whose plain (binary) order is the Vietnamese order of names."""
    words = clean_text(full_name).split(" ")
    ordered = [words[-1], *words[:-1]] if words and words[0] else []
    keys = [word_key(w) for w in ordered]
    letters = "\x01".join(k[0] for k in keys)
    tones = "\x01".join(k[1] for k in keys)
    return letters + "\x00" + tones
