from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWizard

from partydesk.domain.organisation import Role
from partydesk.paths import resolve_paths
from partydesk.services.setup.first_run import initialise
from partydesk.services.setup.installation import Installation
from partydesk.services.setup.passphrase import PassphrasesDiffer
from partydesk.ui.setup_wizard import SetupWizard
from partydesk.ui.translation import render
from tests.helpers import suite_passphrase


def wizard_for(qtbot, installation):
    created = []

    def create(choice):
        initialise(installation, choice.role, choice.name, choice.code, choice.higher,
                   choice.term, choice.secretary, passphrase=choice.passphrase)
        created.append(choice)

    wizard = SetupWizard(create)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard, created


def through_passphrase(wizard, passphrase: str | None = None) -> None:
    """From the first page, past the passphrase page, to the organisation's details."""
    wizard.next()
    fields = wizard.passphrase_page.fields
    fields.first.setText(passphrase or suite_passphrase())
    fields.second.setText(passphrase or suite_passphrase())
    wizard.next()
    assert wizard.currentPage() is wizard.details_page


def test_committee_staff_set_up_their_committee(qtbot, tmp_path):
    installation = Installation.acquire(resolve_paths(tmp_path / "d"), create=True)
    wizard, created = wizard_for(qtbot, installation)
    wizard.role_page.committee.setChecked(True)
    through_passphrase(wizard)
    details = wizard.details_page
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    details.name.setText("Đảng ủy xã Hòa Bình")
    details.code.setText("DUHB")
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert created and created[0].role is Role.COMMITTEE
    assert installation.open_register().name == "Đảng ủy xã Hòa Bình"
    installation.release()


def test_bad_code_is_explained_on_the_page_and_nothing_is_created(qtbot, tmp_path):
    installation = Installation.acquire(resolve_paths(tmp_path / "d"), create=True)
    wizard, created = wizard_for(qtbot, installation)
    through_passphrase(wizard)
    wizard.details_page.name.setText("Chi bộ thôn Đồng Tâm")
    wizard.details_page.code.setText("CB 01")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert not created and wizard.isVisible()
    assert "CB 01" in wizard.details_page.error.text()
    assert not installation.initialised
    installation.release()


def test_demo_choice_prefills_an_example_cell(qtbot, tmp_path):
    installation = Installation.acquire(resolve_paths(tmp_path / "d"), create=True)
    wizard, _ = wizard_for(qtbot, installation)
    wizard.role_page.demo.setChecked(True)
    through_passphrase(wizard)
    assert "Đồng Tâm" in wizard.details_page.name.text()
    assert wizard.details_page.code.text() == "DEMO"
    installation.release()


def test_a_cell_is_set_up_from_its_enrolment_file(qtbot, tmp_path, enrolled):
    from partydesk.services.bundles.history import higher_committee
    from partydesk.services.setup.first_run import initialise_from_enrolment_file
    from tests.ui.sync_world import enrolment_file

    committee, _ = enrolled
    file = enrolment_file(committee, tmp_path / "usb", "CB01")
    installation = Installation.acquire(resolve_paths(tmp_path / "d"), create=True)
    created = []

    def create(choice):
        initialise_from_enrolment_file(installation, Path(choice.enrolment_file), choice.term,
                                       choice.secretary)
        created.append(choice)

    wizard = SetupWizard(create)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.role_page.enrolled.setChecked(True)
    through_passphrase(wizard)
    details = wizard.details_page
    assert details.enrolment_row.isVisibleTo(wizard) and details.name.isReadOnly()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    damaged = tmp_path / "hong.json"
    damaged.write_bytes(file.read_bytes().replace(b"CB01", b"CB09"))   # signature breaks
    details.load_enrolment(damaged)
    assert "bị hỏng" in details.error.text() and "hong.json" in details.error.text()
    assert not finish.isEnabled() and details.name.text() == ""
    details.load_enrolment(file)
    assert details.error.text() == "" and finish.isEnabled()
    assert details.name.text() == "Chi bộ thôn Đồng Tâm" and details.code.text() == "CB01"
    assert details.higher.text() == "Đảng ủy xã Hòa Bình"
    details.term.setText("2025-2030")
    finish.click()
    assert created and created[0].enrolment_file == str(file)
    organisation = installation.open_register()
    assert organisation.code == "CB01" and organisation.term == "2025-2030"
    assert higher_committee(installation.db)["code"] == "DUHB"
    installation.release()


def test_the_enrolment_field_is_hidden_for_other_choices(qtbot, tmp_path):
    installation = Installation.acquire(resolve_paths(tmp_path / "d"), create=True)
    wizard, _ = wizard_for(qtbot, installation)
    through_passphrase(wizard)
    assert not wizard.details_page.enrolment_row.isVisibleTo(wizard)
    assert not wizard.details_page.name.isReadOnly()
    installation.release()


def test_the_passphrase_is_chosen_twice_with_a_warning_about_losing_it(qtbot, tmp_path):
    installation = Installation.acquire(resolve_paths(tmp_path / "d"), create=True)
    wizard, created = wizard_for(qtbot, installation)
    wizard.next()
    page = wizard.passphrase_page
    assert page.fields.first.echoMode() == page.fields.first.EchoMode.Password
    warning = page.fields.findChildren(type(page.fields.error))[0].text()
    assert "committee" in warning or "cấp ủy" in warning
    page.fields.first.setText("mây trắng bay")
    page.fields.second.setText("mây trắng bây")
    wizard.next()
    assert wizard.currentPage() is page
    assert page.fields.error.text() == render(PassphrasesDiffer().message)
    page.fields.first.setText("ngắn")
    page.fields.second.setText("ngắn")
    wizard.next()
    assert wizard.currentPage() is page and "8" in page.fields.error.text()
    page.fields.first.setText("mây trắng bay về núi")
    page.fields.second.setText("mây trắng bay về núi")
    wizard.next()
    wizard.details_page.name.setText("Chi bộ thôn Đồng Tâm")
    wizard.details_page.code.setText("CB01")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert created[0].passphrase == "mây trắng bay về núi"
    installation.release()
    again = Installation.acquire(resolve_paths(tmp_path / "d"))
    assert again.open_register("mây trắng bay về núi").code == "CB01"
    again.release()
