"""A worker process's loop: receive queued batches, send each through one client, acknowledge.

Two tasks are served: a batch to send (what only history can settle is left for the end of
the run) and, once a run's batches have all returned, the settling of what they left open.

Where a task's journal lives is in the task; the worker opens each run's journal once and keeps
it open for the run's later batches. taskiq acknowledges a task only after it returned and its
result was stored, so a worker that dies mid-batch leaves the task for another to receive.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import TYPE_CHECKING, Any

from clicksend_async._errors import JournalError
from clicksend_async._resources.sms import SMS
from clicksend_async.shared._broker import SETTLE_TASK_NAME, TASK_NAME, make_broker
from clicksend_async.shared._journal import JournalLostError, JournalUnavailableError
from clicksend_async.shared._worker import BatchSender, task_of

try:
    from taskiq.api import run_receiver_task
except ImportError as exc:  # pragma: no cover - only without the extra installed
    raise ImportError(
        "bulk runs on workers need taskiq: pip install 'clicksend-async[taskiq]'"
    ) from exc

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable, Mapping

    from clicksend_async._client import ClickSend
    from clicksend_async._journal_records import Journal

LEASE = 30.0
"""Seconds a worker holds a batch without renewing it; a dead worker's batch is free after."""
# Tries of a task whose journal failed for a moment, and the first pause between them.
_ATTEMPTS = 5
_PAUSE = 0.5


class _Journals:
    """The journals a worker process has open, one per run, kept open between tasks."""

    def __init__(self, opener: Callable[[Mapping[str, str]], Journal]) -> None:
        self._opener = opener
        self._open: dict[tuple[tuple[str, str], ...], Journal] = {}
        self._lock = asyncio.Lock()

    async def get(self, spot: Mapping[str, str]) -> Journal:
        key = tuple(sorted(spot.items()))
        async with self._lock:
            journal = self._open.get(key)
            if journal is None:
                journal = self._opener(spot)
                await journal.open()
                self._open[key] = journal
            return journal

    async def close(self) -> None:
        for journal in self._open.values():
            with contextlib.suppress(Exception):
                await journal.close()
        self._open.clear()


async def _patiently(sending: Callable[[], Awaitable[int]]) -> int:
    """Send a task, trying again while its journal's Redis does not answer for a moment.

    A task that fails is acknowledged all the same (taskiq stores the error as its result), and
    its batch would be reported unsent. Trying again is safe: a batch id begun before claims
    nothing, and what it left in flight is settled as for a task delivered again.
    """
    for attempt in range(_ATTEMPTS):
        try:
            return await sending()
        except JournalLostError:
            raise  # gone for good: the run's record is lost
        except (JournalUnavailableError, JournalError):
            if attempt == _ATTEMPTS - 1:
                raise
            await asyncio.sleep(_PAUSE * 2**attempt)
    raise AssertionError  # pragma: no cover - the loop returns or raises


async def serve_with(
    client: ClickSend,
    queue: str,
    journals: Callable[[Mapping[str, str]], Journal],
    *,
    name: str,
    concurrency: int,
    lease: float,
    settle: float,
    idle: float,
    ready: asyncio.Event | None = None,
) -> None:
    """Serve the queue with journals opened by ``journals``; see ``tasks.serve``."""
    broker = make_broker(queue, queue=name, idle=idle)
    sms = client.sms
    # The bulk machinery sends through the client's seam, as cs.sms.send_bulk does.
    sender = BatchSender(sms._seam, SMS, sms.history, lease=lease, settle=settle)  # noqa: SLF001
    opened = _Journals(journals)

    async def send_batch(journal: dict[str, str], task: dict[str, Any]) -> int:
        store = await opened.get(journal)
        return await _patiently(lambda: sender.send(store, task_of(task), defer=True))

    async def settle_run(journal: dict[str, str], tasks: list[dict[str, Any]]) -> int:
        store = await opened.get(journal)
        return await _patiently(lambda: sender.settle_run(store, [task_of(t) for t in tasks]))

    broker.register_task(send_batch, task_name=TASK_NAME)
    broker.register_task(settle_run, task_name=SETTLE_TASK_NAME)
    broker.is_worker_process = True
    await broker.startup()
    try:
        receiving = asyncio.create_task(
            run_receiver_task(broker, max_async_tasks=concurrency, run_startup=False)
        )
        if ready is not None:
            ready.set()
        await receiving
    finally:
        await broker.shutdown()
        await opened.close()
