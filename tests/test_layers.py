"""The house rules of design.md, checked on every module."""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "partydesk"
QT_MODULES = {"PySide6", "shiboken6"}
SQL_MODULES = {"sqlite3", "sqlite_utils"}
SQL_TEXT = re.compile(r"^\s*(SELECT\s|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|"
                      r"CREATE\s+(TABLE|INDEX|UNIQUE|TRIGGER|VIEW|VIRTUAL)|DROP\s|ALTER\s+TABLE|"
                      r"PRAGMA\s)")
# which layers each layer may import (the rest of partydesk is shared infrastructure)
FORBIDDEN = {
    "domain": {"storage", "services", "ui", "cli", "i18n", "logs", "paths", "resources"},
    "storage": {"services", "ui", "cli"},
    "services": {"ui", "cli"},
    "cli": {"ui"},
}


def modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        yield rel, ast.parse(path.read_text(encoding="utf-8"), str(path))


def imported_names(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module


def layer_of(rel: Path) -> str:
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


ALL = list(modules())


@pytest.mark.parametrize(("rel", "tree"), ALL, ids=[str(r) for r, _ in ALL])
def test_qt_is_imported_only_in_ui(rel, tree):
    if layer_of(rel) == "ui":
        return
    qt = [n for n in imported_names(tree) if n.split(".")[0] in QT_MODULES]
    assert not qt, f"{rel} imports Qt: {qt}"


@pytest.mark.parametrize(("rel", "tree"), ALL, ids=[str(r) for r, _ in ALL])
def test_sql_lives_only_in_storage(rel, tree):
    if layer_of(rel) == "storage":
        return
    sql_imports = [n for n in imported_names(tree) if n.split(".")[0] in SQL_MODULES]
    sql_text = [node.value[:40] for node in ast.walk(tree)
                if isinstance(node, ast.Constant) and isinstance(node.value, str)
                and SQL_TEXT.match(node.value)]
    assert not sql_imports and not sql_text, f"{rel}: {sql_imports} {sql_text}"


@pytest.mark.parametrize(("rel", "tree"), ALL, ids=[str(r) for r, _ in ALL])
def test_layers_import_only_downwards(rel, tree):
    forbidden = FORBIDDEN.get(layer_of(rel), set())
    wrong = [n for n in imported_names(tree)
             if n.startswith("partydesk.") and n.split(".")[1] in forbidden]
    assert not wrong, f"{rel} imports a layer above it: {wrong}"


@pytest.mark.parametrize(("rel", "tree"), ALL, ids=[str(r) for r, _ in ALL])
def test_domain_uses_only_the_standard_library(rel, tree):
    if layer_of(rel) != "domain":
        return
    outside = [n for n in imported_names(tree)
               if n.split(".")[0] not in sys.stdlib_module_names | {"partydesk", "__future__"}]
    assert not outside, f"{rel} imports {outside}"


def test_the_checks_see_every_layer():
    layers = {layer_of(rel) for rel, _ in ALL}
    assert {"domain", "storage", "services", "ui", "cli"} <= layers
