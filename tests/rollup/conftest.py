"""One province per test session (building it runs the CLI about a hundred times);
tests that change a register work on copies."""

from __future__ import annotations

import pytest

from tests.rollup.province import build_province


@pytest.fixture(scope="session")
def province(tmp_path_factory):
    return build_province(tmp_path_factory.mktemp("province"))
