"""One world per test session (building it runs the CLI a dozen times); tests that
change a register work on copies."""

from __future__ import annotations

import pytest

from tests.bundles.world import build_world


@pytest.fixture(scope="session")
def world(tmp_path_factory):
    return build_world(tmp_path_factory.mktemp("world"))
