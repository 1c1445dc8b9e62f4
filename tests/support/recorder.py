"""A loopback server that records each request and answers with the handler set for its path."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiohttp import web
from aiohttp.test_utils import TestServer

from clicksend_async.sandbox import _responses

if TYPE_CHECKING:
    from collections.abc import AsyncIterator


@dataclass
class Seen:
    """What the recording app received for one request."""

    method: str
    path: str
    query: list[tuple[str, str]]
    headers: dict[str, str]
    body: bytes
    form: dict[str, Any] = field(default_factory=dict)


Handler = Callable[[web.Request, Seen], web.StreamResponse]


@dataclass
class Recorder:
    """A loopback server that records requests and answers with a scripted handler."""

    server: TestServer
    seen: list[Seen]
    answer: dict[str, Handler]

    @property
    def base_url(self) -> str:
        """The server's URL with the /v3 prefix the real service has."""
        return str(self.server.make_url("/v3"))


def envelope(data: object, status: int = 200, code: str = "SUCCESS") -> web.Response:
    """Answer with ClickSend's envelope, message "ok"."""
    return _responses.json_response(status, _responses.envelope(status, code, "ok", data))


def json_body(seen: Seen) -> Any:
    """Decode a recorded JSON body."""
    return json.loads(seen.body)


async def _record(request: web.Request) -> Seen:
    seen = Seen(
        method=request.method,
        path=request.path,
        query=list(request.query.items()),
        headers=dict(request.headers),
        body=b"",
    )
    if request.content_type.startswith("multipart/"):
        post = await request.post()
        seen.form = {
            name: (value.filename, value.file.read(), value.content_type)
            if isinstance(value, web.FileField)
            else value
            for name, value in post.items()
        }
    else:
        seen.body = await request.read()
    return seen


@contextlib.asynccontextmanager
async def serve_recorder() -> AsyncIterator[Recorder]:
    """Serve a recording app on 127.0.0.1; unknown paths answer a 404 envelope."""
    seen: list[Seen] = []
    answer: dict[str, Handler] = {}

    async def handle(request: web.Request) -> web.StreamResponse:
        record = await _record(request)
        seen.append(record)
        handler = answer.get(request.path)
        if handler is None:
            return _responses.error_response(_responses.ApiError(404, "Resource not found."))
        return handler(request, record)

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", handle)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    try:
        yield Recorder(server=server, seen=seen, answer=answer)
    finally:
        await server.close()
