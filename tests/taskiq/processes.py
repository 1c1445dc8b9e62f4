"""Worker processes for the queue's end-to-end tests: start them, wait until ready, kill them."""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

WORKER = Path(__file__).with_name("worker_process.py")
# Starting Python and importing taskiq on a loaded machine can take a while.
_READY_WITHIN = 60.0


async def start_worker(*argv: str) -> asyncio.subprocess.Process:
    """Start one worker process and wait until it listens on the queue."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, str(WORKER), *argv, stdout=asyncio.subprocess.PIPE
    )
    assert process.stdout is not None
    line = await asyncio.wait_for(process.stdout.readline(), _READY_WITHIN)
    assert line == b"ready\n", line
    return process


async def kill(process: asyncio.subprocess.Process) -> None:
    """SIGKILL a worker and reap it."""
    if process.returncode is None:
        process.send_signal(signal.SIGKILL)
    await process.wait()


@contextlib.asynccontextmanager
async def worker_pool(count: int, *argv: str) -> AsyncIterator[list[Any]]:
    """``count`` worker processes for the block; the list may be changed (restarts) inside it."""
    processes: list[Any] = list(await asyncio.gather(*(start_worker(*argv) for _ in range(count))))
    try:
        yield processes
    finally:
        for process in processes:
            await kill(process)
