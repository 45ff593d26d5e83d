"""The Qt interface: the only package that imports PySide6."""

import ctypes
import sys

# PySide6 6.12 on Python 3.11 drops a reference of ``None`` (or True/False) each time a Qt call
# returns a null pointer (``parentWidget()``, ``focusProxy()``, ``property()`` of an
# unset name…), so a long session or test run ends in "Fatal Python error: none_dealloc".
# Adding a large count to None's reference count (its first field in CPython) keeps it
# from ever reaching zero; from Python 3.12 None is immortal and needs nothing.
if sys.implementation.name == "cpython" and sys.version_info < (3, 12):
    for _singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(_singleton)).value += 1 << 40
