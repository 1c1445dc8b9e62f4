"""The scripted ClickSend stand-in on 127.0.0.1 and clients wired to it that never really sleep."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from support.scripted import API_KEY, USERNAME, FakeClickSend, Sleeps, serve_fake

from clicksend_async import ClickSend, RetryPolicy

if TYPE_CHECKING:
    from collections.abc import AsyncIterator


@pytest.fixture
async def fake() -> AsyncIterator[FakeClickSend]:
    """The scripted stand-in, serving /v3 on an ephemeral loopback port."""
    async with serve_fake() as served:
        yield served


@pytest.fixture
def sleeps() -> Sleeps:
    """The recording sleep handed to the retry policy."""
    return Sleeps()


@pytest.fixture
async def cs(fake: FakeClickSend, sleeps: Sleeps) -> AsyncIterator[ClickSend]:
    """A client for the stand-in; backoff is half the ceiling and never really waits."""
    policy = RetryPolicy(sleep=sleeps, random=lambda: 0.5)
    async with ClickSend(USERNAME, API_KEY, base_url=fake.base_url, retry=policy) as client:
        yield client
