"""Scripted faults ("the next N requests to this path answer 429") and the sandbox's counters."""

from __future__ import annotations

from collections import Counter
from typing import Literal

import attrs

# An HTTP status (400-599; 429 comes with Retry-After), "drop" (close the connection),
# "throttled" (a send answers every message THROTTLED and accepts none) or "latency" (answer
# normally, after the fault's delay).
FaultKind = int | Literal["drop", "throttled", "latency"]
"""A scripted fault: a status from 400 to 599, ``"drop"``, ``"throttled"`` or ``"latency"``."""
_NAMED_KINDS: frozenset[object] = frozenset(("drop", "throttled", "latency"))
_STATUSES = range(400, 600)


def valid_kind(kind: object) -> bool:
    """Whether ``kind`` is a fault the sandbox can script."""
    if isinstance(kind, bool):
        return False
    if isinstance(kind, int):
        return kind in _STATUSES
    return kind in _NAMED_KINDS


@attrs.define
class ScriptedFault:
    """One scripted fault and how many more requests it applies to.

    Attributes:
        kind: what the requests meet (see ``FaultKind``).
        remaining: how many more requests it applies to.
        delay: seconds the sandbox waits before it answers or drops.
        after_accept: for a drop, whether the request is applied first; None for the
            sandbox's ``drop_after_accept``.

    """

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

        ``kind`` is an HTTP status from 400 to 599 (429 carries Retry-After), ``"drop"`` (the
        connection closes unanswered, before the operation is applied or, with
        ``after_accept``, after), ``"throttled"`` (a send answers each message ``THROTTLED``
        and accepts none; other operations answer normally) or ``"latency"`` (the request is
        answered normally after ``delay``).

        ``target`` is an operation id (``send_sms``), a path template
        (``/sms/receipts/{message_id}``) or a concrete path (``/sms/send``, with or without the
        ``/v3`` prefix). Faults queued for the same target apply in order.
        """
        if not valid_kind(kind):
            raise ValueError(
                f"kind must be a status 400-599, 'drop', 'throttled' or 'latency', not {kind!r}"
            )
        if count < 1:
            raise ValueError("count must be at least 1")
        key = target.removeprefix("/v3") if target.startswith("/v3/") else target
        self._queued.setdefault(key, []).append(
            ScriptedFault(kind, count, delay=delay, after_accept=after_accept)
        )

    def clear(self) -> None:
        """Forget every queued fault."""
        self._queued.clear()

    def queued(self) -> dict[str, list[ScriptedFault]]:
        """Return a copy of the faults still waiting, by target."""
        return {
            key: [attrs.evolve(fault) for fault in faults] for key, faults in self._queued.items()
        }

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
    """What the sandbox has seen: enough for a test to prove nothing was sent twice.

    Attributes:
        messages_accepted: messages the sandbox accepted, every channel.
        duplicates: accepted messages whose body, recipient and ``custom_string`` came before.
        requests: requests by operation id.
        in_flight: requests received and not answered yet, by operation id; a test that kills
            a client while one of its requests is out reads it.
        sent_keys: accepted messages by (body, recipient, custom_string).
        pushes_delivered: receipts and inbound SMS pushed to ``URL`` rules and answered 2xx.
        pushes_failed: pushes given up after every try failed.
        faults: faults applied, scripted or random, by kind (``"429"``, ``"500"``,
            ``"drop"``, ``"throttled"``, ``"latency"``...).

    """

    messages_accepted: int = 0
    duplicates: int = 0  # accepted messages whose (body, recipient, custom_string) came before
    requests: Counter[str] = attrs.field(factory=Counter)  # by operation id
    in_flight: Counter[str] = attrs.field(factory=Counter)
    sent_keys: Counter[tuple[str, str, str]] = attrs.field(factory=Counter)
    pushes_delivered: int = 0  # receipts and inbound SMS pushed to URL rules and answered 2xx
    pushes_failed: int = 0  # pushes dropped after every try failed
    # Faults applied, by kind ("429", "500", "drop", "throttled", "latency" ...), scripted or not.
    faults: Counter[str] = attrs.field(factory=Counter)

    def duplicate_keys(self) -> dict[tuple[str, str, str], int]:
        """Return each (body, recipient, custom_string) accepted more than once, with its count."""
        return {key: count for key, count in self.sent_keys.items() if count > 1}
