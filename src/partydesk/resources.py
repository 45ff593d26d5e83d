"""Where the shipped resources (fonts, translations, rules, icons) are.

In a wheel and in the frozen app they live inside the package, next to this
file. In a source checkout run in place (an editable install) they are the
repository's top-level ``resources/`` folder, which the wheel build copies in.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    packaged = Path(__file__).resolve().parent / "resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
