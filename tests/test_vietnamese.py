from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from partydesk.domain.vietnamese import clean_text, fold, name_sort_key


@pytest.mark.parametrize(("text", "folded"), [
    ("Đặng", "dang"),
    ("Nguyễn Thị Hường", "nguyen thi huong"),
    ("ĐỖ ĐỨC ĐẠT", "do duc dat"),
    ("Lò Văn Páo", "lo van pao"),
    ("H'Hen Niê", "h'hen nie"),
])
def test_fold_removes_tones_marks_and_folds_d(text, folded):
    assert fold(text) == folded


def test_decomposed_input_is_stored_composed():
    decomposed = unicodedata.normalize("NFD", "Nguyễn  Thị   Hường ")
    assert clean_text(decomposed) == "Nguyễn Thị Hường"


@pytest.mark.parametrize("ordered", [
    ["Trần Văn An", "Lê Thị Ánh", "Nguyễn Văn Bình"],          # given name first
    ["Nguyễn Thị Anh", "Nguyễn Thị Ảnh", "Nguyễn Thị Ánh"],     # tones: none ` ? ~ ´ .
    ["Lê Văn Ánh", "Lê Văn Ăn", "Lê Văn Ân"],                   # a < ă < â
    ["Phạm Văn Dũng", "Phạm Văn Đức", "Phạm Văn Em"],            # d < đ < e
    ["Bùi Văn Hùng", "Đặng Văn Hùng", "Nguyễn Văn Hùng"],       # then family name
    ["Nguyễn Anh Tú", "Nguyễn Bá Tú"],                          # then middle names
    ["Lê Thị Hoa", "Lê Thị Hòa", "Lê Thị Hóa", "Lê Thị Hoan"],  # tones only break ties
], ids=["given-first", "tones", "a-breve-circumflex", "d-stroke", "family", "middle",
        "tone-tie"])
def test_names_sort_in_vietnamese_order(ordered):
    assert sorted(ordered, key=name_sort_key) == ordered


@given(st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyàáạảãềếệểễ ĐÂ"))
def test_fold_is_idempotent_and_plain_ascii(text):
    once = fold(text)
    assert fold(once) == once
    assert all(ord(c) < 128 for c in once)
