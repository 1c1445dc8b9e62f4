"""Helpers for the blocking client's tests: a sleep that never waits, its live threads."""

from __future__ import annotations

import threading


async def no_wait(_seconds: float) -> None:
    """Stand in for asyncio.sleep: return at once."""


def portal_threads() -> list[threading.Thread]:
    """The blocking clients' background threads still alive."""
    return [t for t in threading.enumerate() if t.name == "clicksend-sync" and t.is_alive()]
