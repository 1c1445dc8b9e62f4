"""Shared fixtures: the name look-up guard, a recording app on 127.0.0.1 and a client for it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import aiohttp
import pytest
from clicksend_v3 import Client
from support import network
from support.recorder import Recorder, serve_recorder

from clicksend_async._http import USER_AGENT, basic_authorization, send_once

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

# The real Redis of the shared-state tests: redis_server (per session) and redis_url (emptied).
pytest_plugins = ["support.redis_server"]


@pytest.fixture(autouse=True)
def _loopback_look_ups_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test may resolve only loopback names (pytest-socket guards the connections)."""
    network.install(monkeypatch)


@pytest.fixture
async def recorder() -> AsyncIterator[Recorder]:
    """A recording app that answers every /v3 request with the handler set for its path."""
    async with serve_recorder() as served:
        yield served


@pytest.fixture
async def client(recorder: Recorder) -> AsyncIterator[Client]:
    """A generated-code client whose send function is the library's HTTP seam."""
    headers = {
        "Authorization": basic_authorization("user", "secret-key"),
        "User-Agent": USER_AGENT,
    }
    async with aiohttp.ClientSession() as session:

        async def send(request: Any) -> Any:
            return await send_once(session, recorder.base_url, request, headers=headers)

        yield Client(send=send)
