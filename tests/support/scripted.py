"""A scripted ClickSend stand-in: exact answers and faults per path, and a small SMS service.

The facade's tests script what each request gets; envelopes and error answers come from the
sandbox's response helpers, so they are the sandbox's ClickSend, not a copy of it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiohttp import web
from aiohttp.test_utils import TestServer

from clicksend_async.sandbox import _responses

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

USERNAME = "user"
API_KEY = "secret-key-123"
SENDS = frozenset({"/v3/sms/send", "/v3/mms/send", "/v3/voice/send"})

Step = Callable[[web.Request], Awaitable[web.StreamResponse | None]]


def envelope(
    data: object, status: int = 200, code: str = "SUCCESS", **headers: str
) -> web.Response:
    """Answer with ClickSend's envelope (the message is the code in lower case)."""
    return _responses.json_response(
        status, _responses.envelope(status, code, code.lower(), data), headers or None
    )


def error(status: int, code: str = "ERROR", **headers: str) -> web.Response:
    """Answer with ClickSend's error envelope."""
    return _responses.error_response(
        _responses.ApiError(status, code.lower(), code=code, headers=headers or None)
    )


def fail(status: int, code: str = "ERROR", **headers: str) -> Step:
    """A step that answers with an error envelope."""

    async def step(_request: web.Request) -> web.StreamResponse:
        return error(status, code, **headers)

    return step


def drop() -> Step:
    """A step that reads the request and closes the connection without answering."""

    async def step(request: web.Request) -> web.StreamResponse:
        assert request.transport is not None
        request.transport.close()
        await asyncio.sleep(0.01)
        return web.Response()

    return step


def slow(seconds: float) -> Step:
    """A step that answers only after ``seconds``; the caller's timeout is meant to fire first."""

    async def step(_request: web.Request) -> web.StreamResponse | None:
        await asyncio.sleep(seconds)
        return None  # then the normal handler answers

    return step


def process_then(status: int) -> Step:
    """A step that lets the normal handler act, then answers with an error instead."""

    async def step(_request: web.Request) -> web.StreamResponse | None:
        return None

    step.after_status = status  # type: ignore[attr-defined]
    return step


@dataclass
class FakeClickSend:
    """Scripted faults in front of a small SMS service that counts every message it accepts."""

    server: TestServer
    seen: list[tuple[str, str, list[tuple[str, str]]]] = field(default_factory=list)
    faults: dict[str, list[Step]] = field(default_factory=dict)
    routes: dict[str, Callable[[web.Request, Any], web.StreamResponse]] = field(
        default_factory=dict
    )
    accepted: Counter[str] = field(default_factory=Counter)
    history: list[dict[str, Any]] = field(default_factory=list)
    batch_sizes: list[int] = field(default_factory=list)
    throttle: Counter[str] = field(default_factory=Counter)
    reject: dict[str, str] = field(default_factory=dict)
    in_flight: int = 0
    max_in_flight: int = 0
    delay: float = 0.0

    @property
    def base_url(self) -> str:
        """The URL with /v3, as the real service has."""
        return str(self.server.make_url("/v3"))

    def script(self, path: str, *steps: Step) -> None:
        """Queue faults for the next requests to ``path`` (under /v3)."""
        self.faults.setdefault("/v3" + path, []).extend(steps)

    def hits(self, path: str) -> int:
        """How many requests reached ``path``."""
        return sum(1 for _m, p, _q in self.seen if p == "/v3" + path)

    def send(self, payload: dict[str, Any]) -> web.Response:
        """Accept each message, unless it is scripted to be throttled or rejected."""
        answered = []
        self.batch_sizes.append(len(payload["messages"]))
        for message in payload["messages"]:
            to = message.get("to", "")
            status = "SUCCESS"
            if self.throttle[to] > 0:
                self.throttle[to] -= 1
                status = "THROTTLED"
            elif to in self.reject:
                status = self.reject[to]
            entry = {**message, "status": status, "message_id": None, "message_price": "0.0000"}
            if status == "SUCCESS":
                self.accepted[message.get("custom_string") or f"{to}|{message.get('body')}"] += 1
                entry["message_id"] = f"ID-{len(self.history)}"
                entry["message_price"] = "0.0792"
                self.history.append(entry)
            answered.append(entry)
        return envelope({"messages": answered, "total_count": len(answered)})

    def answer(self, request: web.Request, raw: bytes) -> web.StreamResponse:
        """Answer as the route set for the path, the SMS service, or a 404 envelope."""
        payload = json.loads(raw) if raw else None
        route = self.routes.get(request.path)
        if route is not None:
            return route(request, payload)
        if request.path in SENDS:
            return self.send(payload)
        return error(404, "NOT_FOUND")

    async def handle(self, request: web.Request) -> web.StreamResponse:
        """Serve one request: record it, play its next scripted step, then answer."""
        raw = await request.read()
        self.seen.append((request.method, request.path, list(request.query.items())))
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            if self.delay:
                await asyncio.sleep(self.delay)
            queued = self.faults.get(request.path)
            after: int | None = None
            if queued:
                step = queued.pop(0)
                answer = await step(request)
                if answer is not None:
                    return answer
                after = getattr(step, "after_status", None)
            answer = self.answer(request, raw)
            return error(after, "INTERNAL_SERVER_ERROR") if after else answer
        finally:
            self.in_flight -= 1


@contextlib.asynccontextmanager
async def serve_fake() -> AsyncIterator[FakeClickSend]:
    """Serve the scripted stand-in's /v3 on an ephemeral loopback port."""
    holder: list[FakeClickSend] = []

    async def handle(request: web.Request) -> web.StreamResponse:
        return await holder[0].handle(request)

    app = web.Application(client_max_size=50 * 1024 * 1024)
    app.router.add_route("*", "/{tail:.*}", handle)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    holder.append(FakeClickSend(server=server))
    try:
        yield holder[0]
    finally:
        await server.close()


@dataclass
class Sleeps:
    """A sleep that records the delays it was asked for and returns at once."""

    delays: list[float] = field(default_factory=list)

    async def __call__(self, seconds: float) -> None:
        """Record the delay."""
        self.delays.append(seconds)
