"""The area under a page's action button: a refused job says why, in Vietnamese, and
gives the button back; a bug is not dressed up as a refusal."""

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from partydesk.domain.messages import message
from partydesk.services.bundles.errors import DAMAGED, BundleError
from partydesk.services.shared.jobs import Job
from partydesk.ui.job_area import JobArea
from partydesk.ui.translation import render


def shown() -> str:         # rendered once the test's Vietnamese translator is in
    return render(message(DAMAGED))


def _refused(_progress):
    raise BundleError(DAMAGED)


def test_a_finished_job_hands_its_result_on_and_gives_the_button_back(qtbot):
    button = QPushButton("Go")
    area = JobArea(button)
    qtbot.addWidget(area)
    seen = []
    area.run(Job.without_register(lambda _p: 42), "Working…", seen.append)
    qtbot.waitUntil(lambda: seen == [42])
    assert button.isEnabled() and not area.panel.running


def test_a_refusal_is_shown_in_red_and_the_button_comes_back(qtbot):
    button = QPushButton("Go")
    area = JobArea(button)
    qtbot.addWidget(area)
    area.run(Job.without_register(_refused), "Working…", lambda _r: pytest.fail("done"))
    qtbot.waitUntil(lambda: shown() in area.outcome.text())
    assert "#b00020" in area.outcome.text() and "gói" in shown()    # red, in Vietnamese
    assert button.isEnabled() and not area.panel.running


def test_a_page_may_keep_refusals_in_a_label_of_its_own(qtbot):
    button, errors = QPushButton("Go"), QLabel()
    area = JobArea(button, errors=errors)
    qtbot.addWidget(area)
    area.run(Job.without_register(_refused), "Working…", lambda _r: None)
    qtbot.waitUntil(lambda: errors.text() == shown())
    assert area.outcome.text() == ""


def test_a_bug_is_raised_again_not_shown_as_a_refusal(qtbot):
    area = JobArea(QPushButton("Go"))
    qtbot.addWidget(area)
    with pytest.raises(ZeroDivisionError):
        area._failed(ZeroDivisionError())
    assert area.outcome.text() == ""
