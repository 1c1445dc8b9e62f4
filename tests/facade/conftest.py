"""A scripted ClickSend stand-in on 127.0.0.1 and clients wired to it that never really sleep."""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from clicksend_async import ClickSend, RetryPolicy

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

USERNAME = "user"
API_KEY = "secret-key-123"

Step = Callable[[web.Request], Awaitable[web.StreamResponse | None]]


def envelope(
    data: object, status: int = 200, code: str = "SUCCESS", **headers: str
) -> web.Response:
    """Answer with ClickSend's envelope."""
    body = {"http_code": status, "response_code": code, "response_msg": code.lower(), "data": data}
    return web.json_response(body, status=status, headers=headers)


def fail(status: int, code: str = "ERROR", **headers: str) -> Step:
    """A step that answers with an error envelope."""

    async def step(_request: web.Request) -> web.StreamResponse:
        return envelope(None, status, code, **headers)

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


@pytest.fixture
async def fake() -> AsyncIterator[FakeClickSend]:
    """The scripted stand-in, serving /v3 on an ephemeral loopback port."""
    holder: list[FakeClickSend] = []

    async def handle(request: web.Request) -> web.StreamResponse:
        state = holder[0]
        raw = await request.read()
        state.seen.append((request.method, request.path, list(request.query.items())))
        state.in_flight += 1
        state.max_in_flight = max(state.max_in_flight, state.in_flight)
        try:
            if state.delay:
                await asyncio.sleep(state.delay)
            queued = state.faults.get(request.path)
            after: int | None = None
            if queued:
                step = queued.pop(0)
                answer = await step(request)
                if answer is not None:
                    return answer
                after = getattr(step, "after_status", None)
            payload = json.loads(raw) if raw else None
            route = state.routes.get(request.path)
            if route is not None:
                answer = route(request, payload)
            elif request.path in {"/v3/sms/send", "/v3/mms/send", "/v3/voice/send"}:
                answer = state.send(payload)
            else:
                answer = envelope(None, 404, "NOT_FOUND")
            return envelope(None, after, "INTERNAL_SERVER_ERROR") if after else answer
        finally:
            state.in_flight -= 1

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
