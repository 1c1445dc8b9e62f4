"""Scripted faults ("the next N requests to this path answer 429") and the sandbox's counters."""

from __future__ import annotations

from collections import Counter
from typing import Literal

import attrs

FaultKind = Literal[429, 500, "drop"]
_KINDS: frozenset[object] = frozenset((429, 500, "drop"))


@attrs.define
class ScriptedFault:
    """One scripted fault and how many more requests it applies to."""

    kind: FaultKind
    remaining: int
    delay: float = 0.0
    after_accept: bool | None = None  # for drops; None: the sandbox's setting


class Faults:
    """Faults queued per target; a target is an operation id or a path under ``/v3``."""

    def __init__(self) -> None:
        self._queued: dict[str, list[ScriptedFault]] = {}

    def next(
        self,
        target: str,
        count: int = 1,
        kind: FaultKind = 500,
        *,
        delay: float = 0.0,
        after_accept: bool | None = None,
    ) -> None:
        """Make the next ``count`` requests to ``target`` fail with ``kind``, after ``delay`` s.

        ``target`` is an operation id (``send_sms``), a path template
        (``/sms/receipts/{message_id}``) or a concrete path (``/sms/send``, with or without the
        ``/v3`` prefix). Faults queued for the same target apply in order.
        """
        if kind not in _KINDS:
            raise ValueError(f"kind must be 429, 500 or 'drop', not {kind!r}")
        if count < 1:
            raise ValueError("count must be at least 1")
        key = target.removeprefix("/v3") if target.startswith("/v3/") else target
        self._queued.setdefault(key, []).append(
            ScriptedFault(kind, count, delay=delay, after_accept=after_accept)
        )

    def clear(self) -> None:
        """Forget every queued fault."""
        self._queued.clear()

    def pending(self) -> int:
        """Return how many requests still have a fault waiting for them."""
        return sum(fault.remaining for faults in self._queued.values() for fault in faults)

    def take(self, *keys: str) -> ScriptedFault | None:
        """Consume and return the fault waiting for the first of ``keys`` that has one."""
        if not self._queued:
            return None
        for key in keys:
            queue = self._queued.get(key)
            if queue:
                fault = queue[0]
                fault.remaining -= 1
                if fault.remaining == 0:
                    queue.pop(0)
                    if not queue:
                        del self._queued[key]
                return fault
        return None


@attrs.define
class Counters:
    """What the sandbox has seen: enough for a test to prove nothing was sent twice."""

    messages_accepted: int = 0
    duplicates: int = 0  # accepted messages whose (body, recipient, custom_string) came before
    requests: Counter[str] = attrs.field(factory=Counter)  # by operation id
    sent_keys: Counter[tuple[str, str, str]] = attrs.field(factory=Counter)
    pushes_delivered: int = 0  # receipts and inbound SMS pushed to URL rules and answered 2xx
    pushes_failed: int = 0  # pushes dropped after every try failed

    def duplicate_keys(self) -> dict[tuple[str, str, str], int]:
        """Return each (body, recipient, custom_string) accepted more than once, with its count."""
        return {key: count for key, count in self.sent_keys.items() if count > 1}
