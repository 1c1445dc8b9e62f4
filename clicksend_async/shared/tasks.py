"""Bulk runs spread over worker processes: a taskiq queue on Redis, a journal shared in Redis.

Install with ``pip install 'clicksend-async[redis,taskiq]'``. Start any number of workers, each
with its own client (and a shared rate limiter, so together they keep to the account's limit)::

    async with ClickSend(username, api_key, rate_limit=RedisRateLimiter.from_url(...)) as cs:
        await serve(cs, "redis://127.0.0.1:6379/0")

then send a run from anywhere, and get the same report ``cs.sms.send_bulk`` returns::

    report = await send_bulk_queued(rows, queue="redis://127.0.0.1:6379/0", run="march-promo")

Exactly once: a worker claims a batch in the journal before its request leaves and records the
outcomes before it acknowledges the task. A worker killed mid-batch leaves its task
unacknowledged; another worker receives it after ``idle`` seconds and waits out the dead
worker's lease. What only SMS history can settle (that batch, or one answered ambiguously) is
settled once every batch of the run has returned, from one reading of history, and only what
history proves unsent is sent. Sending the same run (same ``run``) again resumes it: what was
accepted is not sent again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from clicksend_async._bulk._ledger import SETTLE
from clicksend_async.shared._broker import IDLE, QUEUE, QueueUnavailableError, make_broker
from clicksend_async.shared._journal import RedisJournal
from clicksend_async.shared._producer import POLL, enqueue_run
from clicksend_async.shared._serve import LEASE, serve_with

if TYPE_CHECKING:
    import asyncio
    from collections.abc import Mapping

    from clicksend_async._bulk._batches import Messages
    from clicksend_async._bulk._outcomes import BulkReport, ProgressCallback
    from clicksend_async._client import ClickSend
    from clicksend_async._journal_records import Journal

__all__ = ["IDLE", "LEASE", "QUEUE", "QueueUnavailableError", "send_bulk_queued", "serve"]


def redis_journal(spot: Mapping[str, str]) -> Journal:
    """Return the Redis journal a task names; workers join a run and never create one."""
    return RedisJournal.from_url(spot["url"], run=spot["run"], prefix=spot["prefix"], create=False)


async def serve(
    client: ClickSend,
    queue: str,
    *,
    name: str = QUEUE,
    concurrency: int = 4,
    lease: float = LEASE,
    settle: float = SETTLE,
    idle: float = IDLE,
    ready: asyncio.Event | None = None,
) -> None:
    """Send the batches of queued bulk runs with ``client`` until cancelled.

    ``concurrency`` batches are sent at once; ``ready`` is set once the worker listens.
    ``lease`` is how long a batch is held between renewals (a dead worker's batch is taken
    over that long after its last renewal); ``settle`` how old a request must be before SMS
    history's lacking it proves it unsent; ``idle`` how long a task may go unacknowledged
    before another worker receives it.

    Raises:
        ConfigurationError: ``queue`` is not a redis:// URL.

    """
    await serve_with(
        client,
        queue,
        redis_journal,
        name=name,
        concurrency=concurrency,
        lease=lease,
        settle=settle,
        idle=idle,
        ready=ready,
    )


async def send_bulk_queued(
    messages: Messages,
    *,
    queue: str,
    run: str,
    journal: str | None = None,
    prefix: str = "clicksend",
    name: str = QUEUE,
    create: bool = True,
    on_progress: ProgressCallback | None = None,
    poll: float = POLL,
) -> BulkReport:
    """Send SMS through the workers of ``queue``; return the report ``send_bulk`` returns.

    ``run`` names the run's journal (in the Redis at ``journal``, else ``queue``): sending the
    same run again resumes it. Pass ``create=False`` when resuming: a run Redis lost is then an
    error rather than a new run, which would send every message again. Progress counts come
    from the journal.

    Raises:
        ConfigurationError: ``queue`` is not a redis:// URL, ``run`` is not a valid name, or
            the run does not exist and ``create`` is False.
        JournalUnavailableError: the journal's Redis failed, or lost the run
            (:class:`JournalLostError`); nothing more is enqueued.
        QueueUnavailableError: the queue's Redis failed while the run was being enqueued.
        AccountError: the account refused to send (ran out of credit, say), raised once every
            batch has returned; its ``report`` has every outcome.
        JournalError: the journal failed otherwise.

    """
    spot = {"url": journal or queue, "run": run, "prefix": prefix}
    store = RedisJournal.from_url(spot["url"], run=run, prefix=prefix, create=create)
    broker = make_broker(queue, queue=name)
    await broker.startup()
    try:
        return await enqueue_run(broker, store, spot, messages, on_progress=on_progress, poll=poll)
    finally:
        await broker.shutdown()
        await store.close()
