"""First-run setup: create the organisation, its keys and its register."""

from __future__ import annotations

from pathlib import Path

from partydesk.domain.errors import PartyDeskError
from partydesk.domain.ids import new_id
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.domain.organisation import Organisation, Role, validate_organisation_fields
from partydesk.services.bundles.enrolment import Enrolment, read_enrolment
from partydesk.services.setup.installation import Installation
from partydesk.services.setup.keys import generate_keys, write_private_keys
from partydesk.services.setup.passphrase import check_new, obtain
from partydesk.storage.bundle_store import insert_higher_committee
from partydesk.storage.cipher import file_salt
from partydesk.storage.database import Database, create_database_file
from partydesk.storage.organisation_store import insert_organisation


class AlreadyInitialisedError(PartyDeskError):
    def __init__(self, folder: Path):
        super().__init__(message(QT_TRANSLATE_NOOP(
            "Setup", "A register is already set up in {folder}; nothing was changed."),
            folder=str(folder)))


def initialise(installation: Installation, role: Role, name: str, code: str,
               higher_name: str = "", term: str = "", secretary: str = "",
               enrolment: Enrolment | None = None, passphrase: str | None = None
               ) -> Organisation:
    """Create keys and the register, encrypted under ``passphrase`` (else the front
    end's, chosen now). On any failure nothing is left behind.

    With an ``enrolment`` (a cell set up from its committee's enrolment file) the
    committee's keys and the enrolment secret are stored with the organisation."""
    paths = installation.paths
    if installation.initialised or paths.keys_dir.exists():
        raise AlreadyInitialisedError(paths.data_dir)
    fields = validate_organisation_fields(name, code, higher_name, term, secretary)
    passphrase = check_new(passphrase) if passphrase is not None else obtain(choosing=True)
    keys = generate_keys()
    organisation = Organisation(
        id=new_id(), role=role, signing_public_key=keys.signing_public.hex(),
        box_public_key=keys.box_public.hex(), **fields)
    partial = paths.database.with_name(paths.database.name + ".partial")
    try:
        create_database_file(partial, lambda db: _populate(db, organisation, enrolment),
                             passphrase)
        write_private_keys(paths.keys_dir, keys, passphrase, file_salt(partial))
        partial.replace(paths.database)
    except BaseException:
        _remove_partial_setup(paths.keys_dir, partial)
        raise
    return organisation


def initialise_from_enrolment(installation: Installation, enrolment: Enrolment,
                              term: str = "", secretary: str = "",
                              passphrase: str | None = None) -> Organisation:
    """Set up a cell (or, from a province's file, a commune committee) with the name,
    code and higher committee its enrolment file gives."""
    role = Role.COMMITTEE if enrolment.level == "committee" else Role.CELL
    return initialise(installation, role, enrolment.cell_name, enrolment.cell_code,
                      enrolment.committee_name, term, secretary, enrolment=enrolment,
                      passphrase=passphrase)


def initialise_from_enrolment_file(installation: Installation, path: Path, term: str = "",
                                   secretary: str = "", passphrase: str | None = None
                                   ) -> Organisation:
    """The same from the file itself, refused (nothing created) if damaged or forged."""
    return initialise_from_enrolment(installation, read_enrolment(path), term, secretary,
                                     passphrase)


def _populate(db: Database, organisation: Organisation, enrolment: Enrolment | None) -> None:
    insert_organisation(db, organisation)
    if enrolment is not None:
        insert_higher_committee(db, enrolment.higher_committee_row())


def _remove_partial_setup(keys_dir: Path, partial: Path) -> None:
    for leftover in (partial, Path(str(partial) + "-wal"), Path(str(partial) + "-shm")):
        leftover.unlink(missing_ok=True)
    if keys_dir.exists():
        for key_file in keys_dir.iterdir():
            key_file.unlink()
        keys_dir.rmdir()

