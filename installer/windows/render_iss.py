"""Fill partydesk.iss.in with the version and paths and write build/partydesk.iss.

    python installer/windows/render_iss.py [--app dist/partydesk] [--out build/partydesk.iss]
    ISCC build\\partydesk.iss        ->  dist\\PartyDesk-VERSION-setup.exe

Standard library only; runs anywhere (the tests render it on Linux too).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = Path(__file__).resolve().parent / "partydesk.iss.in"


def package_version() -> str:
    text = (ROOT / "src" / "partydesk" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.M).group(1)


def numeric_version(version: str) -> str:
    """Windows wants four numbers: 1.2.0rc1 -> 1.2.0.0."""
    numbers = [int(n) for n in re.findall(r"\d+", version.split("+")[0])[:3]]
    return ".".join(str(n) for n in [*numbers, 0, 0, 0, 0][:4])


def render(app: Path, output_dir: Path, version: str | None = None) -> str:
    version = version or package_version()
    values = {
        "VERSION": version,
        "VERSION_NUMERIC": numeric_version(version),
        "ROOT": str(ROOT),
        "APP_DIR": str(app),
        "OUTPUT_DIR": str(output_dir),
    }
    text = TEMPLATE.read_text(encoding="utf-8")
    for key, value in values.items():
        text = text.replace(f"@{key}@", value)
    left = re.findall(r"@[A-Z_]+@", text)
    if left:
        raise SystemExit(f"error: unfilled placeholders in the template: {left}")
    return text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", type=Path, default=ROOT / "dist" / "partydesk")
    parser.add_argument("--output-dir", type=Path, default=ROOT / "dist")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "partydesk.iss")
    args = parser.parse_args()
    text = render(args.app.resolve(), args.output_dir.resolve())
    args.out.parent.mkdir(parents=True, exist_ok=True)
    # ISCC reads a UTF-8 script when it starts with a byte order mark.
    args.out.write_text(text, encoding="utf-8-sig")
    print(f"wrote {args.out} (PartyDesk {package_version()})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
