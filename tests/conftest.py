"""Shared fixtures: a small recording aiohttp.web app on 127.0.0.1 and a client wired to it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from clicksend_v3 import Client
from support import Handler, Recorder, Seen, envelope

from clicksend_async._http import USER_AGENT, basic_authorization, send_once

if TYPE_CHECKING:
    from collections.abc import AsyncIterator


@pytest.fixture
async def recorder() -> AsyncIterator[Recorder]:
    """A recording app that answers every /v3 request with the handler set for its path."""
    seen: list[Seen] = []
    answer: dict[str, Handler] = {}

    async def handle(request: web.Request) -> web.StreamResponse:
        record = Seen(
            method=request.method,
            path=request.path,
            query=list(request.query.items()),
            headers=dict(request.headers),
            body=b"",
        )
        if request.content_type.startswith("multipart/"):
            post = await request.post()
            record.form = {
                name: (value.filename, value.file.read(), value.content_type)
                if isinstance(value, web.FileField)
                else value
                for name, value in post.items()
            }
        else:
            record.body = await request.read()
        seen.append(record)
        handler = answer.get(request.path)
        if handler is None:
            return envelope(None, 404, "NOT_FOUND")
        return handler(request, record)

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", handle)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    try:
        yield Recorder(server=server, seen=seen, answer=answer)
    finally:
        await server.close()


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
