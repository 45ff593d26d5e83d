"""The house rules of design.md, checked on every module by reading its source.

import-linter (``lint-imports``, contracts in pyproject.toml) checks the import graph;
these checks add what a graph cannot see: SQL text outside storage, imports hidden in
``importlib.import_module`` calls, and the standard-library-only rule. Each check is a
function returning the problems it finds, so tests/test_layer_contracts.py can show it
catching a deliberately bad module.
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "partydesk"
QT_MODULES = {"PySide6", "shiboken6"}
SQL_MODULES = {"sqlite3", "sqlite_utils"}
SHARED = {"paths", "i18n", "logs", "resources"}
# Third-party modules a shared module may load, each with why: platformdirs finds the
# user's data and log folders the way each system expects (loaded only when needed).
SHARED_ALLOWED = {"platformdirs"}
SQL_TEXT = re.compile(  # any case; shaped like SQL, so "Select the members…" is not
    r"^\s*(SELECT\s+(DISTINCT\s+)?(\*|\d|\w+\(|_fragment_|[\w.]+\s*(,|\s(FROM|AS|_fragment_)\b))|"
    r"INSERT\s+(OR\s+\w+\s+)?INTO\s+\w+\s*(\(|VALUES|SELECT|DEFAULT)|"
    r"REPLACE\s+INTO\s+\w+\s*\(|UPDATE\s+\w+\s+SET\s|DELETE\s+FROM\s+\w+\s*(WHERE\b|;|$)|"
    r"WITH\s+(RECURSIVE\s+)?\w+(\s*\([^)]*\))?\s+AS\s*\(|"
    r"CREATE\s+(TEMP\s+|TEMPORARY\s+)?(TABLE|INDEX|UNIQUE|TRIGGER|VIEW|VIRTUAL)\s|"
    r"DROP\s+(TABLE|INDEX|TRIGGER|VIEW)\s|ALTER\s+TABLE\s|PRAGMA\s+\w+)",
    re.IGNORECASE)
# which layers each layer may not import (shared infrastructure aside)
FORBIDDEN = {
    "domain": {"storage", "services", "ui", "cli", *SHARED},
    "storage": {"services", "ui", "cli"},
    "services": {"ui", "cli"},
    "cli": {"ui", "storage"},
    "ui": {"cli", "storage"},
    **{shared: {"domain", "storage", "services", "ui", "cli", "__main__"} for shared in SHARED},
}
DYNAMIC = "<dynamic import>"


def modules() -> Iterator[tuple[Path, ast.Module]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        yield rel, ast.parse(path.read_text(encoding="utf-8"), str(path))


def _package_of(rel: Path) -> list[str]:
    """The package a relative import in ``rel`` starts from (``__init__`` is its own)."""
    return ["partydesk", *rel.with_suffix("").parts][:-1]


def _type_checking_only(tree: ast.AST) -> set[int]:
    """ids of the nodes inside ``if TYPE_CHECKING:`` blocks (not imported at run time)."""
    hidden: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            hidden |= {id(inner) for stmt in node.body for inner in ast.walk(stmt)}
    return hidden


def imported_names(rel: Path, tree: ast.AST, runtime_only: bool = False) -> Iterator[str]:
    """Every module ``rel`` imports, relative imports made absolute; the argument of
    ``importlib.import_module``/``__import__`` when it is a literal, else DYNAMIC."""
    hidden = _type_checking_only(tree) if runtime_only else set()
    for node in ast.walk(tree):
        if id(node) in hidden:
            continue
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                package = _package_of(rel)
                package = package[:len(package) - node.level + 1]
                base = ".".join(package + ([node.module] if node.module else []))
            yield base
            yield from (f"{base}.{alias.name}" for alias in node.names if alias.name != "*")
        elif isinstance(node, ast.Call) and _called_name(node.func) in ("import_module",
                                                                        "__import__"):
            first = node.args[0] if node.args else None
            literal = isinstance(first, ast.Constant) and isinstance(first.value, str)
            yield first.value if literal else DYNAMIC  # type: ignore[union-attr]


def _called_name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else None


def layer_of(rel: Path) -> str:
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def qt_problems(rel: Path, tree: ast.AST) -> list[str]:
    if layer_of(rel) == "ui":
        return []
    return [n for n in imported_names(rel, tree) if n.split(".")[0] in QT_MODULES]


def sql_problems(rel: Path, tree: ast.AST) -> list[str]:
    if layer_of(rel) == "storage":
        return []
    imports = [n for n in imported_names(rel, tree) if n.split(".")[0] in SQL_MODULES]
    text = [t[:40] for t in string_texts(tree) if SQL_TEXT.match(t)]
    return imports + text


def string_texts(tree: ast.AST) -> Iterator[str]:
    """Every string literal; an f-string whole, each ``{…}`` read as ``_fragment_``."""
    parts: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            parts |= {id(value) for value in node.values}
            yield "".join(v.value if isinstance(v, ast.Constant) else "_fragment_"
                          for v in node.values)
        elif (isinstance(node, ast.Constant) and isinstance(node.value, str)
              and id(node) not in parts):
            yield node.value


def upward_problems(rel: Path, tree: ast.AST) -> list[str]:
    forbidden = FORBIDDEN.get(layer_of(rel), set())
    return [n for n in imported_names(rel, tree, runtime_only=True)
            if n.startswith("partydesk.") and n.split(".")[1] in forbidden]


def dynamic_import_problems(rel: Path, tree: ast.AST) -> list[str]:
    """An import the checks cannot follow: a reader and a type checker cannot either."""
    return [n for n in imported_names(rel, tree) if n == DYNAMIC]


def outside_stdlib_problems(rel: Path, tree: ast.AST) -> list[str]:
    """The domain and the shared modules use the standard library (and partydesk)."""
    layer = layer_of(rel)
    if layer != "domain" and layer not in SHARED:
        return []
    allowed = sys.stdlib_module_names | {"partydesk", "__future__"}
    if layer in SHARED:
        allowed |= SHARED_ALLOWED
    return [n for n in imported_names(rel, tree, runtime_only=True)
            if n.split(".")[0] not in allowed]


CHECKS = [qt_problems, sql_problems, upward_problems, dynamic_import_problems,
          outside_stdlib_problems]
ALL = list(modules())


@pytest.mark.parametrize("check", CHECKS, ids=[c.__name__ for c in CHECKS])
def test_every_module_keeps_the_house_rules(check):
    broken = {str(rel): problems for rel, tree in ALL if (problems := check(rel, tree))}
    assert not broken


def test_the_checks_see_every_layer():
    layers = {layer_of(rel) for rel, _ in ALL}
    assert {"domain", "storage", "services", "ui", "cli"} | SHARED <= layers
