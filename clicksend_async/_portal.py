"""A private event loop in a background thread, and blocking calls and iterators into it.

The blocking client runs the one async core here. It uses the standard library's
``asyncio.run_coroutine_threadsafe``: the core is asyncio and aiohttp only, so a portal from
anyio would add a dependency for what asyncio already gives (a loop in a thread, thread-safe
submission, cancellation through the returned future).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import queue
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar

from clicksend_async._errors import ClickSendError, ClientClosedError

if TYPE_CHECKING:
    from collections.abc import AsyncGenerator, Awaitable, Callable
    from types import TracebackType

T = TypeVar("T")
# How long closing waits for the core to close its session and for the thread to end.
_CLOSE_TIMEOUT = 30.0


class RunningLoopError(ClickSendError, RuntimeError):
    """The blocking client was called from a running event loop, which it would block."""


def refuse_in_running_loop() -> None:
    """Raise if the calling thread is running an event loop.

    Raises:
        RunningLoopError: it is; the blocking call would stall that loop, or deadlock when it
            is the client's own (a hook calling the blocking client).

    """
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return
    raise RunningLoopError(
        "the blocking ClickSend was called inside a running event loop; "
        "use clicksend_async.ClickSend and await it there"
    )


class _Call:
    """One submitted call's task, so that it can be cancelled and then waited for."""

    __slots__ = ("cancelled", "task")

    def __init__(self) -> None:
        self.task: asyncio.Task[Any] | None = None
        self.cancelled = False

    def cancel(self) -> None:
        """Cancel the task (run on the loop), or keep it from starting."""
        if self.task is None:
            self.cancelled = True
        else:
            self.task.cancel()


async def _run(make: Callable[[], Awaitable[T]], call: _Call) -> T:
    if call.cancelled:
        raise asyncio.CancelledError
    call.task = asyncio.current_task()
    # Made on the loop's thread, so coroutines and generators are created where they run.
    return await make()


async def _next(items: AsyncGenerator[T, None]) -> tuple[bool, T | None]:
    try:
        return True, await anext(items)
    except StopAsyncIteration:
        return False, None


class Relay:
    """Runs the callbacks handed to one blocking call in the caller's thread, while it waits.

    A callback wrapped by :meth:`wrap` is awaited by the core like any async callback: the
    core waits until the caller's thread has run it, and an exception it raises is raised in
    the core, as it would be from an async callback.
    """

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()

    def wrap(self, callback: Callable[..., object]) -> Callable[..., Awaitable[object]]:
        """Return an async stand-in for ``callback`` that runs it in the caller's thread."""

        async def relayed(*args: object) -> object:
            done = asyncio.get_running_loop().create_future()
            self._queue.put((callback, args, done))
            return await done

        return relayed

    def pump(self, future: concurrent.futures.Future[T]) -> T:
        """Run relayed callbacks until ``future`` is done; return its result."""
        future.add_done_callback(self._queue.put)
        while True:
            item = self._queue.get()
            if item is future:
                return future.result()  # type: ignore[no-any-return] # the future's own T
            if isinstance(item, concurrent.futures.Future):
                continue  # the end of an earlier call that was interrupted
            callback, args, done = item
            try:
                result = callback(*args)
            except Exception as exc:  # noqa: BLE001 - handed to the core, which raises it
                self._loop.call_soon_threadsafe(_settle, done, None, exc)
            else:
                self._loop.call_soon_threadsafe(_settle, done, result, None)


def _settle(done: asyncio.Future[object], result: object, error: BaseException | None) -> None:
    if done.done():  # the call was cancelled meanwhile
        return
    if error is None:
        done.set_result(result)
    else:
        done.set_exception(error)


class Portal:
    """One event loop in one daemon thread; blocking calls are run on it, from any thread."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.closed = False
        self._lock = threading.Lock()
        self.thread = threading.Thread(target=self._serve, name="clicksend-sync", daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        asyncio.set_event_loop(self.loop)
        try:
            self.loop.run_forever()
        finally:
            self.loop.close()

    def _submit(
        self, make: Callable[[], Awaitable[T]], call: _Call
    ) -> concurrent.futures.Future[T]:
        with self._lock:  # no submission slips in after the loop is told to stop
            if self.closed:
                raise ClientClosedError("this ClickSend client is closed; create a new one")
            return asyncio.run_coroutine_threadsafe(_run(make, call), self.loop)

    def run(self, make: Callable[[], Awaitable[T]], relay: Relay | None = None) -> T:
        """Run ``make()`` on the loop and wait for its result, in the calling thread.

        Raises:
            RunningLoopError: called from a running event loop.
            ClientClosedError: the portal was closed.
            Exception: whatever the awaited call raises.

        """
        refuse_in_running_loop()
        call = _Call()
        future = self._submit(make, call)
        try:
            return future.result() if relay is None else relay.pump(future)
        except BaseException:
            # Interrupted (Ctrl-C): stop the call in the core too, not only the wait for it,
            # and wait for the task to end, so that a generator is free for the next step.
            # (Cancelling the returned future would not wait: it is marked cancelled at once.)
            if not future.done():
                with contextlib.suppress(RuntimeError):  # the loop was closed meanwhile
                    self.loop.call_soon_threadsafe(call.cancel)
                concurrent.futures.wait([future], timeout=_CLOSE_TIMEOUT)
            raise

    def call(
        self, function: Callable[..., Awaitable[T]], args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> T:
        """Run ``function(*args, **kwargs)`` on the loop; ``on_*`` callbacks in this thread."""
        relay, kwargs = self._relayed(kwargs)
        return self.run(lambda: function(*args, **kwargs), relay)

    def iterate(
        self,
        function: Callable[..., AsyncGenerator[T, None]],
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
    ) -> BlockingIterator[T]:
        """Return a blocking iterator over the async generator ``function(*args, **kwargs)``."""
        relay, kwargs = self._relayed(kwargs)

        async def create() -> AsyncGenerator[T, None]:
            return function(*args, **kwargs)

        return BlockingIterator(self, self.run(create), relay)

    def _relayed(self, kwargs: dict[str, Any]) -> tuple[Relay | None, dict[str, Any]]:
        callbacks = {k for k, v in kwargs.items() if k.startswith("on_") and callable(v)}
        if not callbacks:
            return None, kwargs
        relay = Relay(self.loop)
        return relay, {k: relay.wrap(v) if k in callbacks else v for k, v in kwargs.items()}

    def close(self, final: Callable[[], Awaitable[object]], *, wait: bool = True) -> None:
        """Run ``final()`` on the loop, close generators left open, stop the loop and thread.

        With ``wait=False`` (from the garbage collector) the work is only scheduled.

        Raises:
            RunningLoopError: called from a running event loop while ``wait`` is True.

        """
        if wait:
            refuse_in_running_loop()
        with self._lock:
            if self.closed:
                return
            self.closed = True
            future = asyncio.run_coroutine_threadsafe(self._finish(final), self.loop)
        if not wait or threading.current_thread() is self.thread:
            return
        try:
            future.result(timeout=_CLOSE_TIMEOUT)
        finally:
            self.thread.join(timeout=_CLOSE_TIMEOUT)

    async def _finish(self, final: Callable[[], Awaitable[object]]) -> None:
        try:
            await final()
            await self.loop.shutdown_asyncgens()
        finally:
            # Scheduled, not called: the loop must still run the callback that hands this
            # coroutine's result to the waiting thread.
            self.loop.call_soon(self.loop.stop)


class BlockingIterator(Iterator[T], Generic[T]):
    """A plain iterator over an async generator running on the portal's loop.

    Leaving early: call :meth:`close`, or use it in a ``with`` block, to close the async
    generator at once (a listing's pages read ahead are cancelled). Use one iterator from one
    thread at a time.
    """

    def __init__(self, portal: Portal, items: AsyncGenerator[T, None], relay: Relay | None) -> None:
        self._portal = portal
        self._items = items
        self._relay = relay
        self._finished = False

    def __iter__(self) -> Self:
        return self

    def __next__(self) -> T:
        if self._finished:
            raise StopIteration
        more, item = self._portal.run(lambda: _next(self._items), self._relay)
        if not more:
            self._finished = True
            raise StopIteration
        return item  # type: ignore[return-value] # an item, since there was one

    def close(self) -> None:
        """Close the async generator now; iterating again ends at once."""
        if self._finished:
            return
        self._finished = True
        if not self._portal.closed:
            self._portal.run(self._items.aclose)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __del__(self) -> None:
        if not self._finished and not self._portal.closed:
            # Not waited for: the collector may run anywhere, even on the loop's thread.
            with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
                self._portal.loop.call_soon_threadsafe(_close_soon, self._items)


def _close_soon(items: AsyncGenerator[Any, None]) -> None:
    task = asyncio.ensure_future(items.aclose())
    _pending.add(task)
    task.add_done_callback(_pending.discard)


# Closing tasks started from the collector, kept alive until they finish.
_pending: set[asyncio.Future[None]] = set()
