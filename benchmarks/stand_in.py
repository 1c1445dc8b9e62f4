"""A low-CPU stand-in for ClickSend: a bare asyncio protocol, so the client's cost is not hidden.

The benchmarks compare client CPU, so the server must spend as little as it can: it parses just
enough HTTP/1.1 for keep-alive GETs and POSTs with a Content-Length, answers from bytes built
once at start (with the sandbox's envelope code) and holds each answer back with
``loop.call_later`` for the latency asked. A send's answer echoes each message's ``to``,
``body`` and ``custom_string`` as sent, by splicing the request's own JSON text into a
precomputed entry: nothing is decoded or encoded per message.

It answers ``POST /v3/sms/send``, ``GET /v3/account``, ``GET /v3/sms/history`` and
``/v3/sms/receipts`` (``--pages`` pages), and ``GET /stats``: this process's CPU seconds and the
requests, messages and connections it has seen, so each run can report the server's share and
prove that keep-alive held. With ``--tls CERT KEY`` it serves HTTPS with that certificate.

Run: ``python benchmarks/stand_in.py --latency-ms 50``; it prints ``port <n>`` once listening.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import re
import resource
import ssl
import sys
import time
from urllib.parse import parse_qs

from clicksend_async.sandbox._responses import CURRENCY, dumps, envelope
from clicksend_async.sandbox._shapes import render, shapes

# The account's details as the sandbox answers them: every field the description gives the
# account (41), so a client parses as much as ClickSend's own answer makes it parse.
_ACCOUNT_SET = {
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
_MARK = "@@messages@@"
# One message object of a send: SMS messages are flat objects of strings and numbers, so the
# first closing brace outside a string ends one.
_OBJECT = re.compile(rb'\{(?:[^{}"]|"(?:[^"\\]|\\.)*")*\}')
_COMPACT_START = b'{"messages":[{'
_COMPACT_END = b"}]}"
_HEAD_END = b"\r\n\r\n"
_MAX_HEAD = 64 * 1024


def _objects(body: bytes) -> list[bytes]:
    """Return the inside of each message object of a send's JSON text, without its braces.

    Compact text (``{"messages":[{…},{…}]}``, as both benchmark clients write it) with no
    backslash is split where one object ends and the next begins, a search in C, unless a piece
    holds an odd number of quotes: a split inside a string leaves one on either side. Other text
    is read with the regular expression, about ten times slower.
    """
    if body.startswith(_COMPACT_START) and body.endswith(_COMPACT_END) and b"\\" not in body:
        pieces = body[len(_COMPACT_START) : -len(_COMPACT_END)].split(b"},{")
        if not any(piece.count(b'"') % 2 for piece in pieces):
            return pieces
    return [found[1:-1] for found in _OBJECT.findall(body, body.find(b"["))]


def _account() -> dict[str, object]:
    """Return the account's details with every field of the answer's shape filled in."""
    return dict(render(shapes()["view_account_details"].data, _ACCOUNT_SET))


def _answer(status: int, body: bytes, *, close: bool = False) -> bytes:
    return b"".join(_answer_parts(status, [body], close=close))


def _answer_parts(status: int, body: list[bytes], *, close: bool = False) -> list[bytes]:
    """Return an answer as its head and the parts of its body, for ``writelines``."""
    reason = {200: "OK", 400: "Bad Request", 404: "Not Found"}[status]
    head = (
        f"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {sum(map(len, body))}\r\n"
    )
    if close:
        head += "Connection: close\r\n"
    return [head.encode("ascii") + b"\r\n", *body]


def _entry_tail(stamp: int) -> tuple[bytes, bytes]:
    """Return the fields each answered message gets beside the ones it echoes, around its id."""
    fixed = {
        "direction": "out",
        "date": stamp,
        "from": "",
        "schedule": stamp,
        "message_parts": 1,
        "message_price": _PRICE,
        "from_email": "",
        "list_id": "",
        "contact_id": "",
        "user_id": 1,
        "subaccount_id": 1,
        "is_shared_system_number": False,
        "country": "AU",
        "carrier": "",
        "status": "SUCCESS",
    }
    text = dumps(fixed)[1:-1]
    return b"," + text + b',"message_id":"BENCH-', b'"}'


class Answers:
    """Every answer's bytes, built once, and the counts ``/stats`` reports."""

    def __init__(self, pages: int) -> None:
        self.pages = pages
        self.requests = 0
        self.messages = 0
        self.connections = 0
        self.account = _answer(
            200, dumps(envelope(200, "SUCCESS", "Here are your account details.", _account()))
        )
        self._tail, self._close = _entry_tail(int(time.time()))
        self._sends: dict[int, tuple[bytes, bytes]] = {}
        self._listings: dict[tuple[int, int], bytes] = {}

    def _send_frame(self, count: int) -> tuple[bytes, bytes]:
        """Return the envelope of a send of ``count`` messages, split where the entries go."""
        frame = self._sends.get(count)
        if frame is None:
            data = {
                "total_price": round(count * float(_PRICE), 4),
                "total_count": count,
                "queued_count": count,
                "messages": _MARK,
                "_currency": CURRENCY,
                "blocked_count": 0,
            }
            text = dumps(envelope(200, "SUCCESS", "Messages queued for delivery.", data))
            before, after = text.split(json.dumps(_MARK).encode())
            frame = self._sends[count] = (before + b"[", b"]" + after)
        return frame

    def send(self, body: bytes) -> bytes | list[bytes]:
        """Accept every message of a send, echoing what each was sent with."""
        objects = _objects(body)
        if not objects:
            return _answer(400, dumps(envelope(400, "BAD_REQUEST", "No messages.", [])))
        first = self.messages
        self.messages += len(objects)
        count = len(objects)
        # Each entry is "{", the object's own text, an empty custom_string if it came without
        # one, the fixed fields, its id and a closing brace; joined in one go, not one by one.
        tail, blank = self._tail, b',"custom_string":""' + self._tail
        customs = body.count(b'"custom_string"')
        parts = [b"", tail if customs else blank, b"", self._close + b",{"] * count
        parts[0::4] = objects
        parts[2::4] = [b"%012d" % n for n in range(first, first + count)]
        parts[-1] = self._close
        if 0 < customs < count:  # some came with one and some without
            parts[1::4] = [tail if b'"custom_string"' in obj else blank for obj in objects]
        before, after = self._send_frame(count)
        return _answer_parts(200, [before, b"{", *parts, after])

    def listing(self, query: dict[str, list[str]]) -> bytes:
        """Return one page of ``pages`` pages of numbered items."""
        page = int(query.get("page", ["1"])[0])
        limit = int(query.get("limit", ["100"])[0])
        found = self._listings.get((page, limit))
        if found is None:
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
            body = dumps(envelope(200, "SUCCESS", "Here is your data.", data))
            found = self._listings[page, limit] = _answer(200, body)
        return found

    def stats(self) -> bytes:
        """Report this process's CPU seconds and what it has seen so far."""
        usage = resource.getrusage(resource.RUSAGE_SELF)
        figures = {
            "cpu": usage.ru_utime + usage.ru_stime,
            "requests": self.requests,
            "messages": self.messages,
            "connections": self.connections,
        }
        return _answer(200, json.dumps(figures).encode(), close=True)

    def answer(self, method: bytes, target: bytes, body: bytes) -> tuple[bytes | list[bytes], bool]:
        """Return the answer to one request and whether it waits out the latency."""
        path, _, query = target.decode("latin-1").partition("?")
        if path == "/stats":
            return self.stats(), False
        self.requests += 1
        if method == b"POST" and path == "/v3/sms/send":
            return self.send(body), True
        if method == b"GET" and path == "/v3/account":
            return self.account, True
        if method == b"GET" and path in ("/v3/sms/history", "/v3/sms/receipts"):
            return self.listing(parse_qs(query)), True
        return _answer(404, dumps(envelope(404, "NOT_FOUND", "No such path.", None))), False


class Connection(asyncio.Protocol):
    """One keep-alive connection: requests read in turn, answers written after the latency."""

    def __init__(self, answers: Answers, latency: float) -> None:
        self._answers = answers
        self._latency = latency
        self._buffer = bytearray()
        self._transport: asyncio.Transport | None = None
        self._loop = asyncio.get_running_loop()

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        """Count the connection: a client that keeps connections alive opens few."""
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport
        self._answers.connections += 1

    def data_received(self, data: bytes) -> None:
        """Answer every whole request in the buffer."""
        self._buffer += data
        while request := self._take():
            method, target, body = request
            answer, wait = self._answers.answer(method, target, body)
            if wait and self._latency:
                self._loop.call_later(self._latency, self._write, answer)
            else:
                self._write(answer)

    def _take(self) -> tuple[bytes, bytes, bytes] | None:
        buffer = self._buffer
        end = buffer.find(_HEAD_END)
        if end < 0:
            if len(buffer) > _MAX_HEAD and self._transport is not None:
                self._transport.close()
            return None
        head = bytes(buffer[:end])
        lines = head.split(b"\r\n")
        method, target, _ = lines[0].split(b" ", 2)
        length = 0
        for line in lines[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        start = end + len(_HEAD_END)
        if len(buffer) < start + length:
            return None
        body = bytes(buffer[start : start + length])
        del buffer[: start + length]
        return method, target, body

    def _write(self, answer: bytes | list[bytes]) -> None:
        if self._transport is not None and not self._transport.is_closing():
            if isinstance(answer, bytes):
                self._transport.write(answer)
            else:
                self._transport.writelines(answer)


async def serve(args: argparse.Namespace) -> None:
    """Listen on loopback, print the port, and serve until the process is stopped."""
    answers = Answers(args.pages)
    tls = None
    if args.tls:
        tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls.load_cert_chain(*args.tls)
    loop = asyncio.get_running_loop()
    latency = args.latency_ms / 1000
    server = await loop.create_server(
        lambda: Connection(answers, latency), "127.0.0.1", args.port, ssl=tls, backlog=1024
    )
    port = server.sockets[0].getsockname()[1]
    print(f"port {port}", flush=True)
    async with server:
        await server.serve_forever()


def main() -> int:
    """Parse the options and serve."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--latency-ms", type=float, default=0.0)
    parser.add_argument("--pages", type=int, default=50)
    parser.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"), help="serve HTTPS")
    args = parser.parse_args()
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
