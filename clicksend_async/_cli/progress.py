"""Progress of a bulk run: a live bar on a terminal, a plain line every few seconds elsewhere."""

from __future__ import annotations

import asyncio
import contextlib
import sys
import time
from typing import TYPE_CHECKING, Any, Protocol, Self, TextIO

from clicksend_async._cli.common import is_terminal

if TYPE_CHECKING:
    from types import TracebackType


class Counts(Protocol):
    """What a progress display reads: the run's counts so far."""

    sent: int
    accepted: int
    rejected: int
    unknown: int


def _eta(seconds: float | None) -> str:
    if seconds is None:
        return "?"
    whole = int(seconds)
    return f"{whole // 3600}:{whole // 60 % 60:02d}:{whole % 60:02d}"


class Progress:
    """Shows a run's counts while it lasts; ``update`` is cheap enough to call per batch."""

    def __init__(
        self, counts: Counts, total: int | None, *, interval: float, stream: TextIO | None = None
    ) -> None:
        self._counts = counts
        self._total = total
        self._interval = interval
        self._stream = stream or sys.stderr
        self._started = time.monotonic()
        self._bar: Any = None
        self._task_id: Any = None
        self._ticker: asyncio.Task[None] | None = None

    def rate(self) -> float:
        """Return the messages handled per second so far."""
        return self._counts.sent / max(time.monotonic() - self._started, 1e-9)

    def eta(self) -> float | None:
        """Return the seconds left at the current rate, when the total is known."""
        rate = self.rate()
        if self._total is None or rate <= 0:
            return None
        return max(self._total - self._counts.sent, 0) / rate

    def line(self) -> str:
        """Return the plain progress line."""
        counts = self._counts
        of = f"/{self._total}" if self._total is not None else ""
        failed = counts.rejected + counts.unknown
        return (
            f"progress: {counts.sent}{of} sent, {counts.accepted} accepted, {failed} failed, "
            f"{self.rate():.0f}/s, ETA {_eta(self.eta())}"
        )

    async def __aenter__(self) -> Self:
        self._started = time.monotonic()
        if is_terminal(self._stream):
            with contextlib.suppress(ImportError):
                self._bar = self._rich_bar()
        if self._bar is not None:
            self._bar.start()
            self._task_id = self._bar.add_task("sending", total=self._total, failed=0, rate="")
        elif self._interval > 0:
            self._ticker = asyncio.create_task(self._tick())
        return self

    def _rich_bar(self) -> Any:  # noqa: ANN401 - rich is imported only on a terminal
        from rich.console import Console  # noqa: PLC0415 - rich is optional and slow to import
        from rich.progress import (  # noqa: PLC0415
            BarColumn,
            MofNCompleteColumn,
            TextColumn,
            TimeRemainingColumn,
        )
        from rich.progress import Progress as Bar  # noqa: PLC0415

        return Bar(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            TextColumn("failed: {task.fields[failed]}"),
            console=Console(file=self._stream),
        )

    async def _tick(self) -> None:
        while True:
            await asyncio.sleep(self._interval)
            self._stream.write(self.line() + "\n")
            self._stream.flush()

    def update(self) -> None:
        """Show the current counts on the bar (plain lines are written on their own clock)."""
        if self._bar is not None:
            counts = self._counts
            self._bar.update(
                self._task_id,
                completed=counts.sent,
                failed=counts.rejected + counts.unknown,
                rate=f"{self.rate():.0f}/s",
            )

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._ticker is not None:
            self._ticker.cancel()
            await asyncio.gather(self._ticker, return_exceptions=True)
            self._stream.write(self.line() + "\n")
            self._stream.flush()
        if self._bar is not None:
            self.update()
            self._bar.stop()
