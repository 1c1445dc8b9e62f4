"""One thread per store that runs its blocking calls in turn, and how a cancelled call ends.

A journal's writes wait for the disk (an fsync per commit when durable), which must not stall
the event loop; one thread keeps the calls in order and lets SQLite's connection stay on the
thread that made it.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from collections.abc import Callable

T = TypeVar("T")


class _AbandonedError(Exception):
    """The caller was cancelled before its call reached the thread: the call never ran."""


class StoreThread:
    """Runs a store's calls one at a time on a thread of its own."""

    def __init__(self, name: str) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)

    async def run(self, call: Callable[[], T]) -> T:
        """Run ``call`` on the thread and return its result.

        A cancelled caller does not cut a call short: a call that had started runs to its end
        (a transaction commits or rolls back whole), one that had not is skipped, and the
        cancellation is raised once the thread is done with it. So when this returns or raises,
        the store is in the state the call left, never between two.
        """
        loop = asyncio.get_running_loop()
        abandoned = threading.Event()

        def job() -> T:
            if abandoned.is_set():
                raise _AbandonedError
            return call()

        future = loop.run_in_executor(self._executor, job)
        try:
            return await asyncio.shield(future)
        except asyncio.CancelledError:
            abandoned.set()
            while not future.done():
                # Further cancellations change nothing: the thread cannot be stopped midway.
                with contextlib.suppress(asyncio.CancelledError):
                    await asyncio.wait([future])
            if not future.cancelled():
                future.exception()  # the caller sees the cancellation, not the call's own end
            raise

    def shutdown(self) -> None:
        """Let the thread end once its last call is done."""
        self._executor.shutdown(wait=False)
