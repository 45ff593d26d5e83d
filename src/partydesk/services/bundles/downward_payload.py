"""The payload of a downward bundle (committee → one cell): the committee's receipt for
the cell's newest bundle, its decisions about the cell's members, its notices, the
dossiers of members transferred in and the settings it set for the cell.

Format 2 added ``settings``; a format-1 payload (without it) is still read, as "no
settings"; a cell that only knows format 1 refuses a format-2 bundle as newer.

Each downward bundle carries everything the committee holds for the cell (not only
what is new), so the newest one alone brings the cell to the same state: a lost or
repeated stick changes nothing. JSON, zlib-compressed, sealed to the cell's X25519
key; opening it bounds the expanded size and checks every field's type."""

from __future__ import annotations

import base64
import json
import zlib
from dataclasses import dataclass, field

from partydesk.services.bundles.crypto import seal, sha256_hex, unseal
from partydesk.services.bundles.downward_settings import check_settings, empty
from partydesk.services.bundles.errors import DAMAGED, NEWER_FORMAT, BundleError
from partydesk.services.bundles.payload import _expand, _parse

DIRECTION = "down"
DOWNWARD_FORMAT = 2                 # 2: settings carried
DECISION_KINDS = ("admission", "conversion", "discipline", "badge", "removal")
_DECISION_TEXT = ("id", "member_id", "kind", "number", "decided_on")
_NOTICE_TEXT = ("id", "title", "text", "created_at")
SCALARS = frozenset({str, int, float, type(None)})


@dataclass(frozen=True)
class DownwardContent:
    receipt: dict | None         # sequence, sha256, created_at of the cell's newest bundle
    decisions: list[dict]        # id, member_id, kind, number, decided_on, details
    notices: list[dict]          # id, title, text, attachment_name, attachment, created_at
    transfers: list[dict] = field(default_factory=list)   # member_id, from_cell,
    #                              left_on, dossier: {record, events, candidate}
    settings: dict = field(default_factory=empty)    # dues: [...], targets: [...]

    def document(self) -> dict:
        return {"receipt": self.receipt, "decisions": self.decisions,
                "notices": [{**n, "attachment": _b64(n.get("attachment"))}
                            for n in self.notices],
                "transfers": self.transfers, "settings": self.settings}

    def digest(self) -> str:
        """What decides whether a cell has something new to be sent."""
        return sha256_hex(json.dumps(self.document(), sort_keys=True,
                                     ensure_ascii=False).encode("utf-8"))


@dataclass(frozen=True)
class DownwardPayload:
    sender: dict                 # id, code, name, signing_public_key
    recipient: dict              # code
    sequence: int
    created_at: str
    content: DownwardContent


def _b64(data: bytes | None) -> str | None:
    return None if data is None else base64.b64encode(data).decode("ascii")


def seal_downward(payload: DownwardPayload, box_public: bytes) -> bytes:
    document = {"format": DOWNWARD_FORMAT, "direction": DIRECTION, "sender": payload.sender,
                "recipient": payload.recipient, "sequence": payload.sequence,
                "created_at": payload.created_at, **payload.content.document()}
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    return seal(box_public, zlib.compress(text.encode("utf-8"), 6))


def open_downward(sealed: bytes, box_private: bytes) -> DownwardPayload:
    compressed = unseal(box_private, sealed)
    if compressed is None:
        raise BundleError(DAMAGED)
    document = _parse(_expand(compressed))
    try:
        if not isinstance(document["format"], int) or document["format"] > DOWNWARD_FORMAT:
            raise BundleError(NEWER_FORMAT)
        if document["direction"] != DIRECTION:
            raise BundleError(DAMAGED)
        content = DownwardContent(_receipt(document["receipt"]),
                                  [_decision(d) for d in document["decisions"]],
                                  [_notice(n) for n in document["notices"]],
                                  [_transfer(t) for t in document.get("transfers", [])],
                                  check_settings(document.get("settings")))
        payload = DownwardPayload(dict(document["sender"]), dict(document["recipient"]),
                                  document["sequence"], document["created_at"], content)
    except (KeyError, TypeError, AttributeError, ValueError):
        raise BundleError(DAMAGED) from None
    if not isinstance(payload.sequence, int) or not isinstance(payload.created_at, str):
        raise BundleError(DAMAGED)
    return payload


def _receipt(value) -> dict | None:
    if value is None:
        return None
    receipt = {"sequence": value["sequence"], "sha256": value["sha256"],
               "created_at": value["created_at"]}
    if (not isinstance(receipt["sequence"], int) or not isinstance(receipt["sha256"], str)
            or not isinstance(receipt["created_at"], str)):
        raise ValueError("receipt")
    return receipt


def _decision(value: dict) -> dict:
    decision = {key: value[key] for key in _DECISION_TEXT}
    if not all(isinstance(v, str) for v in decision.values()):
        raise ValueError("decision")
    if decision["kind"] not in DECISION_KINDS or not isinstance(value["details"], dict):
        raise ValueError("decision kind")
    return {**decision, "details": dict(value["details"])}


def _scalars(value) -> dict:
    if not isinstance(value, dict) or not all(
            isinstance(k, str) and type(v) in SCALARS for k, v in value.items()):
        raise ValueError("dossier")
    return dict(value)


def _transfer(value: dict) -> dict:
    member_id, from_cell, left_on = value["member_id"], value["from_cell"], value["left_on"]
    if not (isinstance(member_id, str) and isinstance(from_cell, str)
            and (left_on is None or isinstance(left_on, str))):
        raise ValueError("transfer")
    dossier = value["dossier"]
    record, events, candidate = dossier["record"], dossier["events"], dossier["candidate"]
    if not isinstance(events, list):
        raise ValueError("dossier")
    checked = {"record": _scalars(record), "events": [_scalars(e) for e in events],
               "candidate": None if candidate is None else _scalars(candidate)}
    if checked["record"].get("id") != member_id or any(
            e.get("member_id") != member_id for e in checked["events"]):
        raise ValueError("dossier")
    return {"member_id": member_id, "from_cell": from_cell, "left_on": left_on,
            "dossier": checked}


def _notice(value: dict) -> dict:
    notice = {key: value[key] for key in _NOTICE_TEXT}
    if not all(isinstance(v, str) for v in notice.values()):
        raise ValueError("notice")
    name, attachment = value["attachment_name"], value["attachment"]
    if (name is None) != (attachment is None):
        raise ValueError("attachment")
    if name is not None and not (isinstance(name, str) and isinstance(attachment, str)):
        raise ValueError("attachment")
    data = None if attachment is None else base64.b64decode(attachment, validate=True)
    return {**notice, "attachment_name": name, "attachment": data}
