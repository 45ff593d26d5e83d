"""Sizes read the Vietnamese way: a decimal comma, thousands with a dot."""

import pytest

from partydesk.domain.vnnumbers import megabytes_text


@pytest.mark.parametrize(("size", "text"), [
    (1_630_000, "1,6"),
    (1_650_000, "1,7"),             # half up, not to even
    (149_999_999, "150,0"),
    (2_345_600_000, "2.345,6"),
    (0, "0,0"),
    (1_200, "0,1"),                 # a small backup is not shown as empty
])
def test_megabytes_have_a_decimal_comma(size, text):
    assert megabytes_text(size) == text
