"""The layer rules bite: a deliberately bad module breaks each import-linter contract,
and each source check of tests/test_layers.py catches what it is there for."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests import test_layers as checks

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = ROOT / "pyproject.toml"
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")

# contract id → (module of the temporary copy, what it gets written or appended)
BAD_MODULES = {
    "layers": ("storage/bad_upward.py", "from ..services.shared import jobs\n"),
    "layers (cli and ui independent)": ("cli/bad_sideways.py",
                                        "from partydesk.ui import workers\n"),
    "storage-through-services": ("ui/bad_storage.py",
                                 "from partydesk.storage import database\n"),
    "shared": ("logs.py", "\nfrom partydesk.domain import errors\n"),
    "domain-alone": ("domain/bad_paths.py", "from partydesk import paths\n"),
    "qt-in-ui": ("services/bad_qt.py", "import PySide6.QtCore\n"),
    "sql-in-storage": ("services/bad_sql.py", "import sqlite3\n"),
}


def contract_ids() -> list[str]:
    config = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    return [c["id"] for c in config["tool"]["importlinter"]["contracts"]]


def test_every_contract_has_a_deliberate_violation():
    assert {key.split(" ")[0] for key in BAD_MODULES} == set(contract_ids())


@pytest.fixture(scope="module")
def package_copy(tmp_path_factory) -> Path:
    """A copy of the package and its import-linter configuration."""
    root = tmp_path_factory.mktemp("layers")
    shutil.copytree(checks.PACKAGE, root / "src" / "partydesk",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(PYPROJECT, root / "pyproject.toml")
    return root


def lint_imports(root: Path, contract: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(root / "src")}
    return subprocess.run([str(LINT_IMPORTS), "--no-cache", "--contract", contract,
                           str(root / "pyproject.toml")],
                          cwd=root, env=env, capture_output=True, text=True, timeout=120)


@pytest.mark.slow
@pytest.mark.parametrize("case", sorted(BAD_MODULES))
def test_a_bad_module_breaks_its_contract(package_copy, case):
    contract = case.split(" ")[0]
    module, text = BAD_MODULES[case]
    path = package_copy / "src" / "partydesk" / module
    before = path.read_text(encoding="utf-8") if path.exists() else None
    assert lint_imports(package_copy, contract).returncode == 0, "kept before"
    path.write_text((before or "") + text, encoding="utf-8")
    try:
        result = lint_imports(package_copy, contract)
    finally:
        if before is None:
            path.unlink()
        else:
            path.write_text(before, encoding="utf-8")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "BROKEN" in result.stdout
    dotted = "partydesk." + module.removesuffix(".py").replace("/", ".")
    assert dotted in result.stdout


# --- the source checks ------------------------------------------------------------

BAD_SOURCES = [
    ("services/x.py", 'Q = "select id, name from members where id = ?"', checks.sql_problems),
    ("ui/x.py", 'Q = "with recent as (select id from members) select * from recent"',
     checks.sql_problems),
    ("cli/x.py", 'Q = f"SELECT {columns} FROM members"', checks.sql_problems),
    ("services/x.py", 'Q = "delete from members where id = ?"', checks.sql_problems),
    ("services/members/x.py", "from ...ui import workers", checks.upward_problems),
    ("services/x.py", "from .. import ui", checks.upward_problems),
    ("domain/x.py", "from partydesk import storage", checks.upward_problems),
    ("ui/x.py", "from partydesk.storage.database import Database", checks.upward_problems),
    ("paths.py", "from partydesk.domain import errors", checks.upward_problems),
    ("services/x.py", 'import importlib\nimportlib.import_module("partydesk.ui.workers")',
     checks.upward_problems),
    ("services/x.py", 'from importlib import import_module\nimport_module(f"{NAME}.lists")',
     checks.dynamic_import_problems),
    ("services/x.py", '__import__("sqlite3")', checks.sql_problems),
    ("storage/x.py", "import PySide6", checks.qt_problems),
    ("domain/x.py", "import platformdirs", checks.outside_stdlib_problems),
    ("logs.py", "import reportlab", checks.outside_stdlib_problems),
]
GOOD_SOURCES = [
    ("ui/x.py", 'T = "Select the members to print"', checks.sql_problems),
    ("ui/x.py", 'T = "Delete from the list?"', checks.sql_problems),
    ("i18n.py", "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
                "    from partydesk.domain.messages import Message", checks.upward_problems),
    ("services/members/x.py", "from ..shared import jobs\nfrom . import register",
     checks.upward_problems),
    ("paths.py", "import platformdirs", checks.outside_stdlib_problems),
]


@pytest.mark.parametrize(("rel", "source", "check"), BAD_SOURCES,
                         ids=[f"{c.__name__}:{r}:{s[:30]}" for r, s, c in BAD_SOURCES])
def test_a_source_check_catches_a_bad_module(rel, source, check):
    assert check(Path(rel), ast.parse(source))


@pytest.mark.parametrize(("rel", "source", "check"), GOOD_SOURCES,
                         ids=[f"{c.__name__}:{r}:{s[:30]}" for r, s, c in GOOD_SOURCES])
def test_a_source_check_lets_a_good_module_pass(rel, source, check):
    assert not check(Path(rel), ast.parse(source))
