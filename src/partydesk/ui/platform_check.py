"""Say which Debian packages are missing before Qt fails with a cryptic message.

Qt's xcb plugin aborts with "could not load the Qt platform plugin" when one
of its system libraries is absent. We look for them first, by name.
"""

from __future__ import annotations

import ctypes.util
import os
import sys
from collections.abc import Callable

from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.i18n import render

# library soname → the Debian/Ubuntu package that provides it
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}


def _loadable(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing_packages(loadable: Callable[[str], bool] = _loadable) -> list[str]:
    return sorted({pkg for lib, pkg in XCB_LIBRARIES.items() if not loadable(lib)})


def uses_xcb(environ=os.environ, platform: str = sys.platform) -> bool:
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.startswith("xcb")
    return not environ.get("WAYLAND_DISPLAY")


def platform_problem(
    environ=os.environ, platform: str = sys.platform, loadable: Callable[[str], bool] = _loadable
) -> str | None:
    """A message for the terminal when the window cannot open, else None."""
    if not uses_xcb(environ, platform):
        return None
    if not environ.get("DISPLAY"):
        return "error: " + render(message(QT_TRANSLATE_NOOP(
            "Platform", "no screen to open the window on (DISPLAY is not set). Start "
            "PartyDesk from the desktop, or use its commands (partydesk --help).")))
    missing = missing_packages(loadable)
    if missing:
        return "error: " + render(message(QT_TRANSLATE_NOOP(
            "Platform", "the window cannot open because system libraries are missing. "
            "Install them with:\n  sudo apt install {packages}"), packages=" ".join(missing)))
    return None
