"""Message identity: what a message is, so a journal can recognise it in an edited input.

A message's identity is the hash of its content plus its occurrence number among messages of
identical content in the same input. Editing, inserting, deleting or reordering *other* rows
changes neither part; two identical rows stay two messages (occurrences 0 and 1).

The content is the channel and every field the service receives, canonicalised: key order,
``from_`` for ``from``, absent versus None versus an empty string, ``True`` versus ``1``,
``"1700000000"`` versus ``1700000000`` for whole-number fields, separators inside phone numbers,
Unicode normalisation (NFC) and Windows line ends in the body do not change it. Request-wide
fields (an MMS's ``media_file``) count as fields of every message they travel with.

Identify every message of the input in order, before checking it: a message that turns invalid
between runs (a schedule now in the past) then shifts no twin's occurrence number. Two distinct
contents share a 128-bit hash with odds of about n**2 / 2**129, far below any other failure.

The caller's own ``custom_string`` is part of the content. It is the caller's key for the
message and comes back in receipts and history; two rows that differ only in it are two
messages the caller tells apart (two orders with the same text), and counting them as one
content would let their occurrence numbers swap when they are reordered, attaching one
order's outcome to the other. The cost: adding or changing custom_strings between runs makes
those rows new messages. An empty ``custom_string`` is the same as none (the service reports
``""`` for none).

The ``custom_string`` the library assigns, when the caller gives none, is derived from the run's
id and the identity: 16 characters of lowercase base 32 (``a``-``z``, ``2``-``7``; safe in URLs
and CSV, and no spreadsheet reads it as a formula), 80 bits. Any two of them collide with
probability 2**-80; among n messages of one run about n**2 / 2**81 (4e-13 at a million,
4e-7 at a billion), and a run's n against m other messages in the history window searched,
n * m / 2**80 (1e-11 for a million against ten million).
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import secrets
import unicodedata
from array import array
from bisect import bisect_left
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

from clicksend_async._errors import ValidationError

if TYPE_CHECKING:
    from clicksend_async._errors import Json

# Stored in every journal: a change to how content is canonicalised or hashed must bump it, or a
# journal written before would stop recognising its messages and they would all be sent again.
IDENTITY_SCHEME = 1
CONTENT_BYTES = 16
OCCURRENCE_BYTES = 4
CUSTOM_STRING_LENGTH = 16

_PERSON = b"clicksend-msg"
_CUSTOM_PERSON = b"clicksend-cs"
_PHONE_FIELDS = frozenset({"to", "from"})
# Fields the service reads as whole numbers, whichever JSON type carries them.
_WHOLE_NUMBER_FIELDS = frozenset(
    {"schedule", "list_id", "contact_id", "machine_detection", "require_input"}
)
_PHONE_SEPARATORS = re.compile(r"[\s().\-]")
_PHONE = re.compile(r"\+?[0-9]+")
_DIGITS = re.compile(r"[0-9]+")
# One encoder for every message: making one a call costs more than the encoding.
_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=True)
# Fingerprints per block of the occurrence table before it is split in two.
_BLOCK = 1024


class Identity(NamedTuple):
    """A message's content hash (16 bytes) and its occurrence among identical messages."""

    content: bytes
    occurrence: int

    @property
    def key(self) -> bytes:
        """Return the identity as 20 bytes; byte order of keys is (content, occurrence) order."""
        return self.content + self.occurrence.to_bytes(OCCURRENCE_BYTES, "big")

    @classmethod
    def from_key(cls, key: bytes) -> Identity:
        """Return the identity that :attr:`key` encoded."""
        return cls(key[:CONTENT_BYTES], int.from_bytes(key[CONTENT_BYTES:], "big"))


def new_run_id() -> str:
    """Return a new random run id (16 hex characters)."""
    return secrets.token_hex(8)


def _canonical(value: object, field: str) -> Json:
    """Return ``value`` in the one spelling the content hash sees.

    Raises:
        ValidationError: it holds something that is not JSON (a set, an object...).

    """
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else value
    if isinstance(value, str):
        return _canonical_text(value, field)
    if isinstance(value, Mapping):
        return _canonical_fields(value)
    if isinstance(value, list | tuple):
        return [_canonical(item, field) for item in value]
    raise ValidationError(f"{field} must be JSON data, got {type(value).__name__}")


def _canonical_text(value: str, field: str) -> Json:
    # ASCII is NFC already, and most text is ASCII: skip the normalisation's own check.
    text = value if value.isascii() else unicodedata.normalize("NFC", value)
    if field in _PHONE_FIELDS:
        if _PHONE.fullmatch(text):
            return text
        bare = _PHONE_SEPARATORS.sub("", text)
        # Only numbers lose their separators: "My-Shop" is a sender ID, not a number.
        return bare if _PHONE.fullmatch(bare) else text
    if field in _WHOLE_NUMBER_FIELDS:
        bare = text.strip()
        return int(bare) if _DIGITS.fullmatch(bare) else text
    if field == "body":
        return text.replace("\r\n", "\n")
    return text


def _canonical_fields(fields: Mapping[Any, Any]) -> dict[str, Json]:
    result: dict[str, Json] = {}
    for raw_name, value in fields.items():
        # The service treats an empty optional field as an absent one.
        if value is None or value == "":
            continue
        if raw_name == "from_":
            name = "from"
        elif raw_name == "from" and "from_" in fields:
            continue  # from_ wins, as it does when the message is sent
        else:
            name = raw_name if type(raw_name) is str else str(raw_name)
        if type(value) is str:
            result[name] = _canonical_text(value, name)
        else:
            result[name] = _canonical(value, name)
    return result


def content_hash(
    channel: str, message: Mapping[str, Any], shared: Mapping[str, Any] | None = None
) -> bytes:
    """Return the 16-byte hash of a message's canonical content.

    ``channel`` names the kind of message (the send operation's id, say); ``shared`` holds the
    request-wide fields that travel with it (an MMS's ``media_file``). A field of the message
    wins over a shared field of the same name.

    Raises:
        ValidationError: ``message`` is not a mapping, or holds something that is not JSON.

    """
    if not isinstance(message, Mapping):
        raise ValidationError(f"a message must be a mapping, got {type(message).__name__}")
    fields = {**(shared or {}), **message}
    encoded = _ENCODER.encode([channel, _canonical_fields(fields)])
    return hashlib.blake2b(encoded.encode(), digest_size=CONTENT_BYTES, person=_PERSON).digest()


def custom_string_for(run_id: str, identity: Identity) -> str:
    """Return the custom_string the library gives a message of run ``run_id``.

    The same run and identity always give the same 16 characters, so a later process with the
    same journal can find an earlier send of the message in history.
    """
    run = run_id.encode()
    digest = hashlib.blake2b(
        len(run).to_bytes(2, "big") + run + identity.key,
        digest_size=CUSTOM_STRING_LENGTH * 5 // 8,
        person=_CUSTOM_PERSON,
    ).digest()
    return base64.b32encode(digest).decode("ascii").lower()


class Identities:
    """Gives the messages of one input, read in order, their identities.

    Memory: 8 bytes a distinct content (a 64-bit fingerprint in sorted blocks, about 10 MB at a
    million distinct messages, with no spike when the table grows), plus a dictionary entry
    for each content seen more than once. A dictionary keyed by the full hash would be faster
    (0.4 against 1.2 microseconds a message) but take about 90 bytes a content, 90 MB at a
    million, more than a whole bulk run needs otherwise.

    Two different contents with the same fingerprint (about n**2 / 2**65 among n: 3e-8 at a
    million) share one counter. Their identities stay distinct, since the content hash differs,
    but the later one's occurrence number then depends on the earlier one's presence, so deleting
    one of the pair changes the other's identity.
    """

    def __init__(self) -> None:
        self._maxes: list[int] = []
        self._blocks: list[array[int]] = []
        self._repeats: dict[int, int] = {}
        self._distinct = 0

    def __len__(self) -> int:
        """Return the number of distinct contents seen."""
        return self._distinct

    def identify(
        self, channel: str, message: Mapping[str, Any], shared: Mapping[str, Any] | None = None
    ) -> Identity:
        """Return the identity of the next message of the input.

        Raises:
            ValidationError: ``message`` is not a mapping, or holds something that is not JSON.

        """
        return self.assign(content_hash(channel, message, shared))

    def assign(self, content: bytes) -> Identity:
        """Return the identity of the next message of the input, whose content hash is given."""
        return Identity(content, self._count(int.from_bytes(content[:8], "little")))

    def _count(self, fingerprint: int) -> int:
        """Return how often ``fingerprint`` was seen before, and count this sighting."""
        maxes = self._maxes
        blocks = self._blocks
        k = bisect_left(maxes, fingerprint)
        if k == len(maxes):
            if not maxes:
                blocks.append(array("Q", [fingerprint]))
                maxes.append(fingerprint)
                self._distinct += 1
                return 0
            k -= 1
            block = blocks[k]
            block.append(fingerprint)
            maxes[k] = fingerprint
        else:
            block = blocks[k]
            i = bisect_left(block, fingerprint)
            if block[i] == fingerprint:
                seen = self._repeats.get(fingerprint, 1)
                self._repeats[fingerprint] = seen + 1
                return seen
            block.insert(i, fingerprint)
        self._distinct += 1
        if len(block) > 2 * _BLOCK:
            blocks[k : k + 1] = [block[:_BLOCK], block[_BLOCK:]]
            maxes[k : k + 1] = [block[_BLOCK - 1], maxes[k]]
        return 0
