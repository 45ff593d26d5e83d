from __future__ import annotations

from partydesk.ui.platform_check import platform_problem


def test_missing_xcb_libraries_are_named_as_debian_packages():
    problem = platform_problem({"DISPLAY": ":0"}, "linux",
                               loadable=lambda lib: "cursor" not in lib and "icccm" not in lib)
    assert problem.startswith("error:")
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4" in problem


def test_no_complaint_when_everything_is_there_or_not_xcb():
    assert platform_problem({"DISPLAY": ":0"}, "linux", loadable=lambda lib: True) is None
    assert platform_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux",
                            loadable=lambda lib: False) is None
    assert platform_problem({}, "win32", loadable=lambda lib: False) is None


def test_no_display_is_explained():
    assert "DISPLAY" in platform_problem({}, "linux", loadable=lambda lib: True)
