"""Run a sandbox on its own event loop in a background thread (for sync code and fixtures)."""

from __future__ import annotations

import asyncio
import contextlib
import threading
from typing import TYPE_CHECKING

from clicksend_async.sandbox._server import Sandbox

if TYPE_CHECKING:
    from collections.abc import Iterator

    from clicksend_async.sandbox._settings import SandboxSettings


@contextlib.contextmanager
def sandbox_in_thread(settings: SandboxSettings | None = None) -> Iterator[Sandbox]:
    """Serve a ``Sandbox`` from a background thread for the duration of the ``with`` block.

    Its own loop keeps it independent of whichever loop (if any) the caller's test uses.
    """
    loop = asyncio.new_event_loop()
    sandbox = Sandbox(settings)
    thread = threading.Thread(target=loop.run_forever, name="clicksend-sandbox", daemon=True)
    thread.start()
    try:
        asyncio.run_coroutine_threadsafe(sandbox.start(), loop).result(timeout=30)
        yield sandbox
    finally:
        try:
            asyncio.run_coroutine_threadsafe(sandbox.stop(), loop).result(timeout=30)
        finally:
            loop.call_soon_threadsafe(loop.stop)
            thread.join(timeout=30)
            loop.close()
