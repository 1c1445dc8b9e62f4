"""A lean stand-in for ClickSend, run in its own process so that it never limits the client.

It answers only what the benchmarks call, with the sandbox's own envelope code but no state:
``POST /v3/sms/send`` (one SUCCESS entry per message, echoing ``to``, ``body`` and
``custom_string``), ``GET /v3/account``, and ``GET /v3/sms/history`` and ``/v3/sms/receipts``
(``--pages`` pages of numbered items). ``GET /stats`` reports the CPU seconds this process used,
so each benchmark can show that the server had time to spare.

Run: ``python benchmarks/lean_server.py --latency-ms 50``; it prints ``port <n>`` once listening.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import resource
import sys
import time
from typing import Any

from aiohttp import web

from clicksend_async.sandbox._responses import CURRENCY, dumps, envelope

_ACCOUNT = {
    "user_id": 1,
    "username": "bench",
    "user_email": "bench@example.com",
    "active": 1,
    "banned": 0,
    "balance": "1000000.0000",
    "country": "AU",
    "default_country_sms": "AU",
    "timezone": "Australia/Melbourne",
    "_currency": CURRENCY,
}
_PRICE = "0.0792"


def _envelope(message: str, data: object) -> bytes:
    return dumps(envelope(200, "SUCCESS", message, data))


class LeanServer:
    """The handlers, the configured latency and the counts reported by ``/stats``."""

    def __init__(self, latency: float, pages: int, per_page: int) -> None:
        self.latency = latency
        self.pages = pages
        self.per_page = per_page
        self.requests = 0
        self.messages = 0
        self._account = _envelope("Here are your account details.", _ACCOUNT)

    async def _wait(self) -> None:
        self.requests += 1
        if self.latency:
            await asyncio.sleep(self.latency)

    async def send_sms(self, request: web.Request) -> web.Response:
        """Accept every message of a send, as ClickSend does for valid input."""
        payload = json.loads(await request.read())
        await self._wait()
        stamp = int(time.time())
        first = self.messages
        records: list[dict[str, Any]] = [
            {
                "direction": "out",
                "date": stamp,
                "to": item.get("to"),
                "body": item.get("body"),
                "from": "",
                "schedule": stamp,
                "message_id": f"BENCH-{first + n:012d}",
                "message_parts": 1,
                "message_price": _PRICE,
                "from_email": "",
                "list_id": "",
                "custom_string": item.get("custom_string") or "",
                "contact_id": "",
                "user_id": 1,
                "subaccount_id": 1,
                "is_shared_system_number": False,
                "country": "AU",
                "carrier": "",
                "status": "SUCCESS",
            }
            for n, item in enumerate(payload["messages"])
        ]
        self.messages += len(records)
        data = {
            "total_price": round(len(records) * float(_PRICE), 4),
            "total_count": len(records),
            "queued_count": len(records),
            "messages": records,
            "_currency": CURRENCY,
            "blocked_count": 0,
        }
        body = _envelope("Messages queued for delivery.", data)
        return web.Response(body=body, content_type="application/json")

    async def account(self, _request: web.Request) -> web.Response:
        """Answer the account's details."""
        await self._wait()
        return web.Response(body=self._account, content_type="application/json")

    async def listing(self, request: web.Request) -> web.Response:
        """Answer one page of ``pages`` pages of numbered items."""
        await self._wait()
        page = int(request.query.get("page", "1"))
        limit = int(request.query.get("limit", str(self.per_page)))
        total = self.pages * limit
        start = (page - 1) * limit
        items = [
            {"message_id": f"BENCH-{n:012d}", "status": "Completed", "to": "+61411111111"}
            for n in range(start, min(start + limit, total))
        ]
        data = {
            "total": total,
            "per_page": limit,
            "current_page": page,
            "last_page": self.pages,
            "data": items,
        }
        body = _envelope("Here is your data.", data)
        return web.Response(body=body, content_type="application/json")

    async def stats(self, _request: web.Request) -> web.Response:
        """Report this process's CPU seconds and what it has answered so far."""
        usage = resource.getrusage(resource.RUSAGE_SELF)
        figures = {
            "cpu": usage.ru_utime + usage.ru_stime,
            "requests": self.requests,
            "messages": self.messages,
        }
        return web.json_response(figures)


def build_app(server: LeanServer) -> web.Application:
    """Return the aiohttp application serving ``server``'s handlers."""
    app = web.Application(client_max_size=64 * 1024 * 1024)
    app.router.add_post("/v3/sms/send", server.send_sms)
    app.router.add_get("/v3/account", server.account)
    app.router.add_get("/v3/sms/history", server.listing)
    app.router.add_get("/v3/sms/receipts", server.listing)
    app.router.add_get("/stats", server.stats)
    return app


async def serve(args: argparse.Namespace) -> None:
    """Listen on loopback, print the port, and serve until the process is stopped."""
    server = LeanServer(args.latency_ms / 1000, args.pages, args.per_page)
    runner = web.AppRunner(build_app(server), access_log=None, handle_signals=True)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", args.port, backlog=1024)
    await site.start()
    port = runner.addresses[0][1]
    print(f"port {port}", flush=True)
    try:
        await asyncio.Event().wait()
    finally:
        await runner.cleanup()


def main() -> int:
    """Parse the options and serve."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--latency-ms", type=float, default=0.0)
    parser.add_argument("--pages", type=int, default=50)
    parser.add_argument("--per-page", type=int, default=100)
    args = parser.parse_args()
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
