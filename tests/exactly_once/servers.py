"""Small ClickSend stand-ins on 127.0.0.1 for the exactly-once tests, each with one odd habit."""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiohttp import web
from aiohttp.test_utils import TestServer

from clicksend_async import ClickSend, RetryPolicy, ThrottlePolicy

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Callable

NUMBERS = [f"+614{n:08d}" for n in range(20_000)]


def envelope(data: object, status: int = 200, code: str = "SUCCESS") -> web.Response:
    """Answer with ClickSend's envelope."""
    body = {"http_code": status, "response_code": code, "response_msg": code.lower(), "data": data}
    return web.json_response(body, status=status)


def page_of(items: list[dict[str, Any]], number: int, total: int, per: int = 100) -> web.Response:
    """Answer one history page in ClickSend's page object."""
    last = max(1, -(-total // per))
    return envelope({"data": items, "current_page": number, "last_page": last, "total": total})


@dataclass
class Stand:
    """A stand-in that stores what it accepts and answers history from it, with hooks."""

    url: str = ""
    stored: list[dict[str, Any]] = field(default_factory=list)
    send_requests: int = 0
    history_requests: int = 0
    # Refuse these recipients with INVALID_RECIPIENT.
    refuse: set[str] = field(default_factory=set)
    # Reorder (or otherwise change) the entries of an answer.
    answer: Callable[[list[dict[str, Any]]], list[dict[str, Any]]] = lambda entries: entries
    # Send requests (1-based) that are applied, then have their connection closed unanswered.
    drop_after_accept: set[int] = field(default_factory=set)
    # Build a history answer from (page number, stored messages); None: the honest one.
    history: Callable[[int, list[dict[str, Any]]], web.Response] | None = None
    # Answer sends with a 200 whose data has no messages list (after applying them).
    no_list: bool = False

    def accept(self, messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Apply a send: store each message not refused; return the entries of the answer."""
        entries = []
        for message in messages:
            entry = {**message, "status": "SUCCESS", "message_price": "0.0792"}
            if message["to"] in self.refuse:
                entry.update(status="INVALID_RECIPIENT", message_id=None, message_price="0")
            else:
                entry["message_id"] = f"M{len(self.stored)}"
                self.stored.append(entry)
            entries.append(entry)
        return entries

    async def handle(self, request: web.Request) -> web.StreamResponse:
        """Route /v3/sms/send and /v3/sms/history."""
        if request.path == "/v3/sms/send":
            self.send_requests += 1
            payload = json.loads(await request.read())
            entries = self.accept(payload["messages"])
            if self.send_requests in self.drop_after_accept:
                assert request.transport is not None
                request.transport.abort()
                return web.Response()
            if self.no_list:
                return envelope({"total_price": 0.0792 * len(entries)})
            return envelope({"messages": self.answer(entries)})
        if request.path == "/v3/sms/history":
            self.history_requests += 1
            number = int(request.query.get("page", "1"))
            if self.history is not None:
                return self.history(number, self.stored)
            chunk = self.stored[(number - 1) * 100 : number * 100]
            return page_of(chunk, number, len(self.stored))
        return envelope(None, 404, "NOT_FOUND")


@contextlib.asynccontextmanager
async def serve(stand: Stand) -> AsyncIterator[Stand]:
    """Serve ``stand`` on an ephemeral loopback port for the block."""
    app = web.Application(client_max_size=50 * 1024 * 1024)
    app.router.add_route("*", "/{tail:.*}", stand.handle)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    stand.url = str(server.make_url("/v3"))
    try:
        yield stand
    finally:
        await server.close()


async def instant(_seconds: float) -> None:
    """A sleep that returns at once, so retries and resend rounds do not wait."""


def client(url: str, *, username: str = "user") -> ClickSend:
    """A client for a stand-in whose retries and throttle resends never really wait."""
    return ClickSend(
        username,
        "key",
        base_url=url,
        retry=RetryPolicy(attempts=3, sleep=instant),
        throttle_retry=ThrottlePolicy(attempts=2, delay=0.0),
    )
