"""Where a receiver keeps the events it has handed on: the store protocol and the in-process one.

The receiver asks a store, for each new event (known by a 16-byte digest), whether it was
handed on before (:meth:`SeenStore.seen`), then claims it (:meth:`SeenStore.claim`) before its
callback runs, and afterwards either remembers it (:meth:`SeenStore.remember`, the callback
returned) or gives the claim up (:meth:`SeenStore.release`, it raised). A store shared by
several replicas (``clicksend_async.shared.RedisSeenStore``) makes the claim across all of
them, so two replicas pushed the same event at once do not both run the callback.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Protocol, runtime_checkable


@runtime_checkable
class SeenStore(Protocol):
    """The events a receiver handed on, and the ones being handled right now."""

    async def seen(self, digest: bytes) -> bool:
        """Return whether the event was handed on before (and is still remembered)."""
        ...

    async def claim(self, digest: bytes) -> bool:
        """Take the event for this receiver; False when it was handed on or is claimed elsewhere.

        A claim that is neither remembered nor released ends by itself (the receiver holding
        it died), so that a later push of the event is handled again.
        """
        ...

    async def remember(self, digest: bytes) -> None:
        """Record the event as handed on, and end this receiver's claim on it."""
        ...

    async def release(self, digest: bytes) -> None:
        """End this receiver's claim without remembering the event: it may be handled again."""
        ...


class LocalSeenStore:
    """The digests of the last ``size`` events handed on by this process, oldest first.

    One process needs no claims: its receiver makes a repeat push wait on the callback already
    running, so :meth:`claim` only refuses events remembered.
    """

    def __init__(self, size: int = 100_000) -> None:
        self._size = size
        self._digests: OrderedDict[bytes, None] = OrderedDict()

    def __contains__(self, digest: bytes) -> bool:
        return digest in self._digests

    def __len__(self) -> int:
        return len(self._digests)

    def __repr__(self) -> str:
        return f"LocalSeenStore(size={self._size}, holding={len(self._digests)})"

    async def seen(self, digest: bytes) -> bool:
        """Return whether the event is among the last ``size`` handed on."""
        return digest in self._digests

    async def claim(self, digest: bytes) -> bool:
        """Return True unless the event is remembered."""
        return digest not in self._digests

    async def remember(self, digest: bytes) -> None:
        """Remember the event, forgetting the oldest beyond ``size``."""
        self._digests[digest] = None
        if len(self._digests) > self._size:
            self._digests.popitem(last=False)

    async def release(self, digest: bytes) -> None:
        """Nothing to release: this store holds no claims."""
