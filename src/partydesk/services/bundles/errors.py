"""The one-line reasons a bundle or an enrolment file is refused. Every refusal
happens before anything is written: nothing was changed."""

from __future__ import annotations

from partydesk.domain.errors import PartyDeskError
from partydesk.domain.messages import QT_TRANSLATE_NOOP, Translatable, message


class BundleError(PartyDeskError):
    """A bundle, an enrolment file or a bundle command was refused; nothing changed."""

    def __init__(self, text: Translatable, **params):
        super().__init__(message(text, **params))


class AwaitingConfirmation(BundleError):
    """A cell's first bundle is valid but its key is not trusted yet: the operator must
    confirm its fingerprint (read out by the cell) first. Nothing was changed."""

    def __init__(self, sender: str, fingerprint: str):
        super().__init__(AWAITING_CONFIRMATION, sender=sender, fingerprint=fingerprint)
        self.sender = sender
        self.fingerprint = fingerprint


class NeedsFirstBundle(BundleError):
    """A later bundle of a cell whose key is not pinned yet: it carries no enrolment
    secret (the cell erased it after its first export)."""

    def __init__(self, sender: str, sequence: int):
        super().__init__(NEEDS_FIRST_BUNDLE, sender=sender, sequence=sequence)
        self.sender = sender
        self.sequence = sequence


DAMAGED = QT_TRANSLATE_NOOP(
    "Bundles", "The bundle file is damaged or is not a PartyDesk bundle; nothing was changed.")
UNSAFE_NAMES = QT_TRANSLATE_NOOP(
    "Bundles", "The bundle file contains unsafe file names; it was refused and nothing "
    "was changed.")
TOO_LARGE = QT_TRANSLATE_NOOP(
    "Bundles", "The bundle file is too large or expands too much to be a PartyDesk bundle; "
    "nothing was changed.")
NEWER_FORMAT = QT_TRANSLATE_NOOP(
    "Bundles", "The bundle was made by a newer version of PartyDesk; install the newer "
    "version to import it. Nothing was changed.")
NOT_FOR_US = QT_TRANSLATE_NOOP(
    "Bundles", "The bundle is addressed to {recipient}, not to this committee ({code}); "
    "nothing was changed.")
UNKNOWN_SENDER = QT_TRANSLATE_NOOP(
    "Bundles", "The bundle comes from {sender}, which is not a cell enrolled here; nothing "
    "was changed.")
BAD_SIGNATURE = QT_TRANSLATE_NOOP(
    "Bundles", "The bundle from {sender} is not signed by the key on record for that cell; "
    "nothing was changed.")
BAD_ENROLMENT_PROOF = QT_TRANSLATE_NOOP(
    "Bundles", "The first bundle from {sender} does not prove its enrolment secret, so its "
    "key was not trusted; nothing was changed.")
OLDER = QT_TRANSLATE_NOOP(
    "Bundles", "Bundle number {sequence} from {sender} is older than number {last} already "
    "imported; nothing was changed.")
CONFLICT = QT_TRANSLATE_NOOP(
    "Bundles", "A different bundle number {sequence} from {sender} was already imported; "
    "this one was refused and nothing was changed.")
NOT_COMMITTEE = QT_TRANSLATE_NOOP(
    "Bundles", "Only a committee's register can do this; this one belongs to a cell.")
NOT_CELL = QT_TRANSLATE_NOOP(
    "Bundles", "Only a cell exports bundles to its committee; this register belongs to a "
    "committee.")
NOT_ENROLLED = QT_TRANSLATE_NOOP(
    "Bundles", "This cell was not set up from an enrolment file, so it has no committee to "
    "send bundles to.")
FOLDER_UNUSABLE = QT_TRANSLATE_NOOP(
    "Bundles", "The folder {folder} does not exist or cannot be written; nothing was "
    "written.")
FILE_EXISTS = QT_TRANSLATE_NOOP(
    "Bundles", "The file {file} already exists; nothing was written.")
FILE_UNREADABLE = QT_TRANSLATE_NOOP(
    "Bundles", "The file {file} cannot be read.")
ENROLMENT_DAMAGED = QT_TRANSLATE_NOOP(
    "Bundles", "The enrolment file {file} is damaged or is not a PartyDesk enrolment file.")
ENROLMENT_PINNED = QT_TRANSLATE_NOOP(
    "Bundles", "Cell {code} is already enrolled and its key is trusted; it cannot be "
    "enrolled again. Nothing was changed.")
ENROLMENT_OWN_CODE = QT_TRANSLATE_NOOP(
    "Bundles", "A cell cannot have the committee's own code {code}.")
ENROLMENT_OTHER_CELL = QT_TRANSLATE_NOOP(
    "Bundles", "The enrolment file is for cell {file_code}, but this register belongs to "
    "cell {code}; nothing was changed.")
ALREADY_ENROLLED = QT_TRANSLATE_NOOP(
    "Bundles", "This cell already sends its bundles to a committee; nothing was changed.")
AWAITING_CONFIRMATION = QT_TRANSLATE_NOOP(
    "Bundles", "This is the first bundle from {sender}; its key fingerprint is "
    "{fingerprint}. Ask the cell's secretary to read out the fingerprint of their "
    "installation (partydesk fingerprint) and import again with --confirm-fingerprint "
    "only if they are the same. Nothing was changed.")
FINGERPRINT_MISMATCH = QT_TRANSLATE_NOOP(
    "Bundles", "The fingerprint you confirmed ({confirmed}) is not the fingerprint of the "
    "key that signed the bundle from {sender}; the bundle was refused and nothing was "
    "changed.")
PAYLOAD_INVALID = QT_TRANSLATE_NOOP(
    "Bundles", "The bundle from {sender} was refused: table {table}, row {row}, column "
    "{column}: {problem}. Nothing was changed.")
PAYLOAD_TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "Bundles", "The bundle from {sender} was refused: table {table} has more rows than a "
    "cell can have. Nothing was changed.")
MASS_REMOVAL = QT_TRANSLATE_NOOP(
    "Bundles", "The bundle from {sender} would remove {dropped} of the cell's {current} "
    "current members. Check with the cell; to import it anyway, confirm the removals "
    "(--confirm-removals). Nothing was changed.")
PROBLEMS = {
    "type": QT_TRANSLATE_NOOP("Bundles", "a value of the wrong kind"),
    "missing": QT_TRANSLATE_NOOP("Bundles", "a required value is missing"),
    "range": QT_TRANSLATE_NOOP("Bundles", "a number out of range"),
    "date": QT_TRANSLATE_NOOP("Bundles", "not a valid date"),
    "time": QT_TRANSLATE_NOOP("Bundles", "not a valid time of day"),
    "enum": QT_TRANSLATE_NOOP("Bundles", "not one of the allowed values"),
    "length": QT_TRANSLATE_NOOP("Bundles", "text too long"),
    "control": QT_TRANSLATE_NOOP("Bundles", "text with control characters"),
    "nfc": QT_TRANSLATE_NOOP("Bundles", "text not in Unicode normal form (NFC)"),
    "reference": QT_TRANSLATE_NOOP("Bundles", "refers to a row that is not in the bundle"),
    "duplicate": QT_TRANSLATE_NOOP("Bundles", "the same value twice"),
    "json": QT_TRANSLATE_NOOP("Bundles", "damaged details"),
}
RETIRED_KEY = QT_TRANSLATE_NOOP(
    "Bundles", "The bundle from {sender} is signed by a key that is no longer trusted (it "
    "was changed or revoked); nothing was changed.")
RENEW_UNKNOWN = QT_TRANSLATE_NOOP(
    "Bundles", "There is no cell {code} to renew; enrol it with its name instead.")
NEEDS_FIRST_BUNDLE = QT_TRANSLATE_NOOP(
    "Bundles", "Bundle number {sequence} from {sender} can be imported only after the "
    "cell's first bundle, which proves its enrolment: import that one first, or both "
    "together. Nothing was changed.")
SEQUENCE_SPENT = QT_TRANSLATE_NOOP(
    "Bundles", "Bundle number {sequence} could not be written: {reason} The number is used "
    "up; the next export will be number {next} (the committee accepts the gap).")
ENROLMENT_LEVEL = QT_TRANSLATE_NOOP(
    "Bundles", "The enrolment file is for a {level}; set it up with --role {level} (or "
    "without --role). Nothing was created.")
LEVEL_MISMATCH = QT_TRANSLATE_NOOP(
    "Bundles", "The bundle from {sender} is not the kind of bundle {sender} sends (a cell "
    "sends its register, a commune committee its roll-up); nothing was changed.")
