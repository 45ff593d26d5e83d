"""Draw PartyDesk's packages and their import arrows, read from the code.

    python scripts/package_graph.py           rewrite the picture in docs/architecture.md
    python scripts/package_graph.py --check   exit 1 if the committed picture is stale

The picture is a Mermaid flowchart (GitHub and most Markdown viewers draw it) between
two marker comments in docs/architecture.md. A box is a layer, or a capability package
of services/; an arrow A → B means some module of A imports one of B (run-time imports
only: those under ``if TYPE_CHECKING:`` are left out, as import-linter does).
Standard library only, so it runs with any Python 3.11.
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "partydesk"
DOC = ROOT / "docs" / "architecture.md"
START = "<!-- package-graph:start (scripts/package_graph.py writes this) -->"
END = "<!-- package-graph:end -->"
SHARED = ("paths", "i18n", "logs", "resources")
LAYERS = ("ui", "cli", "services", "storage", "domain")


def unit_of(module: str) -> str | None:
    """The box a dotted module name belongs to, or None (the package's own __init__)."""
    parts = module.split(".")[1:]
    if not parts or not ((PACKAGE / parts[0]).is_dir() or (PACKAGE / f"{parts[0]}.py").is_file()):
        return None                    # the package itself, or a name from its __init__
    if parts[0] == "services" and len(parts) > 1:
        return f"services.{parts[1]}"
    if parts[:2] == ["storage", "migrations"]:
        return "storage.migrations"
    return parts[0]


def module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> Iterator[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    hidden = {id(inner) for node in ast.walk(tree)
              if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
              for stmt in node.body for inner in ast.walk(stmt)}
    package = module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    for node in ast.walk(tree):
        if id(node) in hidden:
            continue
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                start = package[:len(package) - node.level + 1]
                base = ".".join(start + ([node.module] if node.module else []))
            yield from (f"{base}.{alias.name}" for alias in node.names)


def edges() -> set[tuple[str, str]]:
    found = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        source = unit_of(module_name(path))
        for name in imports_of(path):
            if not name.startswith("partydesk."):
                continue
            target = unit_of(name)
            # "from partydesk.services import x" names a capability package, too
            if source and target and source != target and target != "services":
                found.add((source, target))
    return found


def node_id(unit: str) -> str:
    return unit.replace(".", "_").replace("__", "")


def label(unit: str) -> str:
    return unit.removeprefix("services.").replace(".", "/") + ("/" if "." in unit else "")


def collapsed(arrows: set[tuple[str, str]], capabilities: list[str]) -> set[tuple[str, str]]:
    """An arrow from or to EVERY capability package is drawn once, from or to the
    services box, so the picture stays readable."""
    out = set(arrows)
    for other in {u for edge in arrows for u in edge} - set(capabilities):
        if all((c, other) in arrows for c in capabilities):
            out = {e for e in out if not (e[1] == other and e[0] in capabilities)}
            out.add(("services", other))
        if all((other, c) in arrows for c in capabilities):
            out = {e for e in out if not (e[0] == other and e[1] in capabilities)}
            out.add((other, "services"))
    return out


def mermaid() -> str:
    arrows = edges()
    units = {u for edge in arrows for u in edge}
    capabilities = sorted(u for u in units if u.startswith("services."))
    arrows = collapsed(arrows, capabilities)
    lines = ["```mermaid", "flowchart TD"]
    for layer in LAYERS:
        if layer == "services":
            lines.append('    subgraph services["services/ (one package per capability)"]')
            lines += [f'        {node_id(u)}["{label(u)}"]' for u in capabilities]
            lines.append("    end")
        elif layer == "storage":
            lines.append('    subgraph storage_layer["storage/"]')
            lines.append('        storage["stores, connection, schema, errors"]')
            if "storage.migrations" in units:
                lines.append('        storage_migrations["migrations/"]')
            lines.append("    end")
        else:
            lines.append(f'    {layer}["{layer}/"]')
    lines.append('    subgraph shared["shared modules"]')
    lines += [f'        {s}["{s}.py"]' for s in SHARED if s in units]
    lines.append("    end")
    if "__main__" in units:
        lines.append('    main["__main__.py"]')
    lines += [f"    {node_id(a)} --> {node_id(b)}" for a, b in sorted(arrows)]
    lines.append("```")
    return "\n".join(lines)


def rewritten(text: str) -> str:
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{START}\n{mermaid()}\n{END}{tail}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only say whether docs/architecture.md is up to date")
    args = parser.parse_args(argv)
    text = DOC.read_text(encoding="utf-8")
    new = rewritten(text)
    if args.check:
        if new != text:
            print("docs/architecture.md: the package picture is stale; run "
                  "python scripts/package_graph.py", file=sys.stderr)
            return 1
        return 0
    DOC.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
