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


def guide_path() -> Path:
    """The user guide (Vietnamese, with its screenshots beside it): packaged under
    ``resources/guide``, or the repository's ``docs/`` in a source checkout."""
    packaged = resource_path("guide", "huong-dan-su-dung.md")
    if packaged.is_file():
        return packaged
    return Path(__file__).resolve().parents[2] / "docs" / "huong-dan-su-dung.md"
