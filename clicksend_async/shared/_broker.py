"""The task queue of bulk runs: a taskiq broker on a Redis stream, with results in Redis.

A task stays pending in the stream's consumer group until its worker acknowledges it, which
taskiq does once the task returned and its result was stored: after the journal recorded the
batch's outcomes. A task pending for longer than ``idle`` seconds (its worker died or hangs) is
claimed by the next worker that looks. taskiq-redis's stream broker looks for such tasks only
after reading a new one, so a task lost at the end of a run would wait forever; the listener
here looks first, on every turn. A live worker claims its running tasks again every third of
``idle``, which resets their idle time: a task that waits long at the rate limiter, or settles
a run from a long history, is not taken by another worker while it is still being worked on.
An acknowledged task is deleted from the stream in the same transaction, so the stream holds
only tasks not done yet.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from clicksend_async._errors import ClickSendError, ConfigurationError
from clicksend_async._logging import logger

try:
    from redis.asyncio import Redis
    from redis.exceptions import RedisError
    from taskiq.acks import AckableMessage
    from taskiq_redis import RedisAsyncResultBackend, RedisStreamBroker
except ImportError as exc:  # pragma: no cover - only without the extra installed
    raise ImportError(
        "bulk runs on workers need taskiq: pip install 'clicksend-async[taskiq]'"
    ) from exc

if TYPE_CHECKING:
    from collections.abc import AsyncGenerator

TASK_NAME = "clicksend_async.send_batch"
# The task that settles, once every batch of a run has returned, what they left open.
SETTLE_TASK_NAME = "clicksend_async.settle_run"
QUEUE = "clicksend:bulk"
"""The default name of the Redis stream the batches are queued on."""
IDLE = 60.0
"""Seconds a task may stay unacknowledged before another worker receives it."""
# How long a finished task's result is kept for its producer to read.
RESULTS_KEPT = 7 * 24 * 3600


class QueueUnavailableError(ClickSendError):
    """The queue's Redis failed while a run was being enqueued; the rest was not enqueued.

    The batches enqueued before it are sent by the workers and recorded in the journal: send
    the same input as the same run again to enqueue the rest (what was accepted is not sent).
    """


class _Stream(RedisStreamBroker):
    """A Redis stream broker that reclaims stalled tasks even when no new task arrives."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:  # noqa: ANN401 - taskiq-redis's
        super().__init__(*args, **kwargs)
        # Stream ids of the tasks this worker received and has not acknowledged yet.
        self._running: set[Any] = set()

    async def listen(self) -> AsyncGenerator[AckableMessage, None]:
        """Yield tasks: first any left pending too long by a worker, then new ones.

        While Redis cannot be reached it is asked again every second: taskiq restarts a
        listener that fails at once, which would otherwise spin. While it listens, the tasks
        it yielded and that are still running are kept from looking stalled.
        """
        beating = asyncio.create_task(self._heartbeat())
        try:
            while True:
                try:
                    async for message in self._read():
                        yield message
                except (ConnectionError, TimeoutError, RedisError) as exc:
                    logger.warning("the queue's Redis failed (%s); trying again in a second", exc)
                    await asyncio.sleep(1.0)
        finally:
            beating.cancel()

    async def _heartbeat(self) -> None:
        """Claim the running tasks again every third of ``idle``: their idle time starts anew."""
        while True:
            await asyncio.sleep(self.idle_timeout / 3000)
            running = list(self._running)
            if not running:
                continue
            try:
                async with Redis(connection_pool=self.connection_pool) as conn:
                    await conn.xclaim(
                        self.queue_name,
                        self.consumer_group_name,
                        self.consumer_name,
                        min_idle_time=0,
                        message_ids=running,
                        justid=True,
                    )
            except (ConnectionError, TimeoutError, RedisError) as exc:
                logger.warning("the queue's Redis failed (%s) renewing running tasks", exc)

    async def _read(self) -> AsyncGenerator[AckableMessage, None]:
        async with Redis(connection_pool=self.connection_pool) as conn:
            while True:
                answer: Any = await conn.xautoclaim(
                    self.queue_name,
                    self.consumer_group_name,
                    self.consumer_name,
                    min_idle_time=self.idle_timeout,
                    count=1,
                )
                # A stream entry deleted meanwhile comes back without its fields.
                stalled = [(key, fields) for key, fields in answer[1] if fields]
                for key, fields in stalled:
                    yield self._message(key, fields)
                if stalled:
                    continue
                fetched: Any = await conn.xreadgroup(
                    self.consumer_group_name,
                    self.consumer_name,
                    {self.queue_name: ">"},
                    block=self.block,
                    count=1,
                )
                for _stream, entries in fetched or []:
                    for key, fields in entries:
                        yield self._message(key, fields)

    def _message(self, key: Any, fields: Any) -> AckableMessage:  # noqa: ANN401 - redis-py's
        self._running.add(key)

        async def ack() -> None:
            """Acknowledge the task and delete it from the stream, in one transaction."""
            try:
                async with Redis(connection_pool=self.connection_pool) as conn:
                    pipe = conn.pipeline(transaction=True)
                    pipe.xack(self.queue_name, self.consumer_group_name, key)
                    pipe.xdel(self.queue_name, key)
                    await pipe.execute()
            finally:
                self._running.discard(key)

        return AckableMessage(data=fields[b"data"], ack=ack)


def make_broker(url: str, *, queue: str = QUEUE, idle: float = IDLE) -> RedisStreamBroker:
    """Return the broker of the bulk queue ``queue`` on the Redis at ``url``; not started yet.

    Raises:
        ConfigurationError: ``url`` is not a ``redis://`` or ``rediss://`` URL, or ``idle`` is
            not a positive number of seconds.

    """
    if not isinstance(url, str) or not url.startswith(("redis://", "rediss://", "unix://")):
        raise ConfigurationError(f"a queue must be a redis:// URL, got {url!r}")
    if isinstance(idle, bool) or not isinstance(idle, int | float) or not idle > 0:
        raise ConfigurationError(f"idle must be a positive number of seconds, got {idle!r}")
    broker = _Stream(
        url,
        queue_name=queue,
        consumer_group_name=f"{queue}:workers",
        idle_timeout=max(1, int(idle * 1000)),
        xread_block=1000,
    )
    backend: RedisAsyncResultBackend[Any] = RedisAsyncResultBackend(
        redis_url=url, result_ex_time=RESULTS_KEPT, prefix_str=f"{queue}:result"
    )
    return broker.with_result_backend(backend)
