"""Helpers of the journal tests: a clock moved by hand, identities and entries from numbers."""

from __future__ import annotations

import hashlib

from clicksend_async._identity import Identity, custom_string_for
from clicksend_async.journal import Entry, Settled


class Clock:
    """Unix time that moves only when a test says so."""

    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        """Return the time now."""
        return self.now


def identity(n: int, occurrence: int = 0) -> Identity:
    """The identity of message number ``n``."""
    return Identity(hashlib.blake2b(str(n).encode(), digest_size=16).digest(), occurrence)


def entries(numbers: range | list[int], run_id: str = "run") -> list[Entry]:
    """Entries for messages ``numbers``, each at the position of its number."""
    return [
        Entry(identity(n), custom_string_for(run_id, identity(n)), n, f"+614{n:08d}")
        for n in numbers
    ]


def expected_settlement(n: int) -> Settled:
    """The outcome the crash writer records for message ``n``."""
    if n % 7 == 0:
        return Settled.unknown(identity(n), "dropped")
    if n % 3 == 0:
        return Settled.rejected(identity(n), "INVALID_RECIPIENT", "bad", never_applied=True)
    return Settled.accepted(identity(n), f"M{n}", "0.07")
