"""Helpers shared by the tests: a recorded request, the recording server, envelope answers."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiohttp import web

if TYPE_CHECKING:
    from aiohttp.test_utils import TestServer


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
    """Answer with ClickSend's envelope."""
    body = {"http_code": status, "response_code": code, "response_msg": "ok", "data": data}
    return web.json_response(body, status=status)


def json_body(seen: Seen) -> Any:
    """Decode a recorded JSON body."""
    return json.loads(seen.body)
