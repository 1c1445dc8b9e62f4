"""One client workload per process: run it against the stand-in server and print its figures.

Workloads that warm up (one uncounted call or one-message send, so first-use imports and a first
connection are not spread over the figures) start the window after it, ours and raw alike.

Run: ``python benchmarks/workloads.py NAME --url http://127.0.0.1:PORT [options]``. The last line
printed is a JSON object with ``wall`` (seconds), ``cpu`` (this process's user + system seconds
during the workload), ``rss_mb`` (peak resident memory of the process), ``count`` (messages,
calls or items handled) and ``json`` (the JSON library the client used). ``run.py`` starts these
in fresh processes; each is usable on its own.

``--json stdlib`` makes every client use the standard library's json, ours included (orjson is
hidden from it before it is imported); ``--json orjson`` makes the raw loops use orjson, as ours
does when the ``speedups`` extra is installed. ``--cafile`` trusts that certificate for an
``https://`` URL, handed to ours through an aiohttp session of its own.
"""

from __future__ import annotations

import os
import sys

# Before clicksend_async is imported: it picks its JSON library once, at import.
if os.environ.get("BENCH_JSON") == "stdlib":
    sys.modules["orjson"] = None  # type: ignore[assignment]

import argparse
import asyncio
import contextlib
import json
import resource
import ssl
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

import aiohttp

from clicksend_async import Accepted, ClickSend
from clicksend_async._http import basic_authorization
from clicksend_async._json import BACKEND

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Callable, Iterator

USERNAME = "bench"
API_KEY = "bench-key"


def message(n: int) -> dict[str, Any]:
    """Return the ``n``-th benchmark message: a plain ``{to, body}`` SMS, the common input."""
    return {
        "to": f"+614{n % 100_000_000:08d}",
        "body": f"Benchmark message number {n}: your code is {n * 7919 % 1_000_000:06d}",
    }


def messages(count: int) -> Iterator[dict[str, Any]]:
    """Yield ``count`` benchmark messages, built lazily."""
    for n in range(count):
        yield message(n)


async def amessages(count: int) -> AsyncIterator[dict[str, Any]]:
    """Yield ``count`` benchmark messages from an async generator."""
    for n in range(count):
        yield message(n)


def batches(count: int, size: int) -> Iterator[list[dict[str, Any]]]:
    """Yield the benchmark messages in lists of ``size``."""
    batch: list[dict[str, Any]] = []
    for item in messages(count):
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _authorization() -> str:
    return basic_authorization(USERNAME, API_KEY)


def _session(args: argparse.Namespace) -> aiohttp.ClientSession:
    """Return a session trusting ``--cafile`` (the stand-in's self-signed certificate), if any."""
    if args.cafile is None:
        return aiohttp.ClientSession()
    trusted = ssl.create_default_context(cafile=args.cafile)
    return aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=trusted))


@contextlib.asynccontextmanager
async def _ours(args: argparse.Namespace) -> AsyncIterator[ClickSend]:
    """Open our client; over TLS it is handed a session that trusts the stand-in's certificate."""
    if args.cafile is None:
        async with ClickSend(USERNAME, API_KEY, base_url=args.url + "/v3") as cs:
            yield cs
        return
    async with (
        _session(args) as session,
        ClickSend(USERNAME, API_KEY, base_url=args.url + "/v3", session=session) as cs,
    ):
        yield cs


def _codec(args: argparse.Namespace) -> tuple[Callable[[Any], bytes], Callable[[bytes], Any]]:
    """Return the raw loops' encode and decode: the same library ours uses in the comparison."""
    if args.json == "orjson":
        import orjson  # noqa: PLC0415 - only the orjson comparisons need it

        return orjson.dumps, orjson.loads
    encode = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode
    return (lambda value: encode(value).encode()), json.loads


# Ours: the clicksend_async facade.


async def ours_bulk(args: argparse.Namespace) -> int:
    """Send the messages with ``send_bulk`` at the given concurrency; return the accepted count."""
    async with _ours(args) as cs:
        await cs.sms.send_bulk([message(0)])  # first-use imports and one connection, uncounted
        CLOCK.start()
        report = await cs.sms.send_bulk(messages(args.messages), concurrency=args.concurrency)
    if report.accepted != args.messages:
        raise SystemExit(f"accepted {report.accepted} of {args.messages}")
    return report.accepted


async def ours_stream(args: argparse.Namespace) -> int:
    """Stream the messages from an async generator through ``stream_bulk``; count outcomes."""
    accepted = 0
    async with _ours(args) as cs:
        await cs.sms.send_bulk([message(0)])  # first-use imports and one connection, uncounted
        CLOCK.start()
        async for outcome in cs.sms.stream_bulk(
            amessages(args.messages), concurrency=args.concurrency
        ):
            accepted += isinstance(outcome, Accepted)
    if accepted != args.messages:
        raise SystemExit(f"accepted {accepted} of {args.messages}")
    return accepted


async def ours_account(args: argparse.Namespace) -> int:
    """Get the account's details ``calls`` times, one after another."""
    async with _ours(args) as cs:
        await cs.account.get()  # the connection and the lazy imports, outside the count
        CLOCK.start()
        for _ in range(args.calls):
            details = await cs.account.get()
    if details.data is None:
        raise SystemExit("no account details")
    return args.calls


async def _walk(args: argparse.Namespace, listing: Callable[[Any], AsyncIterator[Any]]) -> int:
    count = 0
    async with _ours(args) as cs:
        async for _item in listing(cs):
            count += 1
            if count % args.per_page == 0:
                # The caller's work on each page: awaiting its own I/O, such as a database write.
                await asyncio.sleep(args.work_ms / 1000)
    return count


async def ours_pages(args: argparse.Namespace) -> int:
    """Walk SMS history (a stable listing, so fetched ahead) doing ``work_ms`` per page."""
    return await _walk(args, lambda cs: cs.paginate("view_sms_history", limit=args.per_page))


async def ours_pages_sequential(args: argparse.Namespace) -> int:
    """Walk the same pages as receipts, an unread queue, which is never fetched ahead."""
    return await _walk(args, lambda cs: cs.paginate("view_sms_receipts", limit=args.per_page))


# The floor: a minimal hand-written aiohttp loop.


async def raw_bulk(args: argparse.Namespace) -> int:
    """Post the same 1000-message batches with bare aiohttp, ``concurrency`` at a time."""
    url = args.url + "/v3/sms/send"
    headers = {"Authorization": _authorization(), "Content-Type": "application/json"}
    source = batches(args.messages, args.batch)
    encode, decode = _codec(args)
    accepted = 0

    async def worker(session: aiohttp.ClientSession) -> None:
        nonlocal accepted
        for batch in source:
            data = encode({"messages": batch})
            async with session.post(url, data=data, headers=headers) as response:
                body = decode(await response.read())
            if response.status != 200:
                raise SystemExit(f"HTTP {response.status}")
            accepted += sum(m["status"] == "SUCCESS" for m in body["data"]["messages"])

    async with _session(args) as session:
        # The same warm-up as ours: one message on one connection, outside the count.
        async with session.post(url, data=encode({"messages": [message(0)]}), headers=headers):
            pass
        CLOCK.start()
        await asyncio.gather(*(worker(session) for _ in range(args.concurrency)))
    if accepted != args.messages:
        raise SystemExit(f"accepted {accepted} of {args.messages}")
    return accepted


async def raw_account(args: argparse.Namespace) -> int:
    """Get the account's details ``calls`` times with bare aiohttp and decode each answer."""
    url = args.url + "/v3/account"
    headers = {"Authorization": _authorization()}
    _, decode = _codec(args)
    async with _session(args) as session:
        for n in range(args.calls + 1):  # the first one opens the connection, as above
            async with session.get(url, headers=headers) as response:
                body = decode(await response.read())
            if n == 0:
                if response.status != 200:
                    raise SystemExit(f"HTTP {response.status}")
                CLOCK.start()
    if not body["data"]:
        raise SystemExit("no account details")
    return args.calls


# ClickSend's official SDK (clicksend-client, synchronous, urllib3).


def _sdk_api(url: str) -> Any:  # noqa: ANN401 - the SDK's own classes
    import clicksend  # noqa: PLC0415 - optional; only the SDK workloads need it

    # The SDK's operation paths start with /v3, so its host is the server's root.
    config = clicksend.Configuration(host=url, username=USERNAME, password=API_KEY)
    return clicksend.SmsApi(clicksend.ApiClient(config))


def _sdk_send(api: Any, batch: list[dict[str, Any]]) -> int:  # noqa: ANN401
    import clicksend  # noqa: PLC0415

    request = clicksend.SendSmsRequest(
        messages=[clicksend.SendSmsRequestMessagesInner(**item) for item in batch]
    )
    answer = api.send_sms(send_sms_request=request)
    return sum(m.status == "SUCCESS" for m in answer.data.messages)


def sdk_sequential(args: argparse.Namespace) -> int:
    """Send the batches with the official SDK, one request at a time."""
    api = _sdk_api(args.url)
    accepted = sum(_sdk_send(api, batch) for batch in batches(args.messages, args.batch))
    if accepted != args.messages:
        raise SystemExit(f"accepted {accepted} of {args.messages}")
    return accepted


def sdk_threads(args: argparse.Namespace) -> int:
    """Send the batches with the official SDK from a pool of ``concurrency`` threads."""
    local = threading.local()

    def send(batch: list[dict[str, Any]]) -> int:
        # One API client (and so one urllib3 pool) per thread, as independent callers would have.
        if not hasattr(local, "api"):
            local.api = _sdk_api(args.url)
        return _sdk_send(local.api, batch)

    with ThreadPoolExecutor(args.concurrency) as pool:
        accepted = sum(pool.map(send, batches(args.messages, args.batch)))
    if accepted != args.messages:
        raise SystemExit(f"accepted {accepted} of {args.messages}")
    return accepted


ASYNC_WORKLOADS = {
    "ours-bulk": ours_bulk,
    "ours-stream": ours_stream,
    "ours-account": ours_account,
    "ours-pages": ours_pages,
    "ours-pages-sequential": ours_pages_sequential,
    "raw-bulk": raw_bulk,
    "raw-account": raw_account,
}
SYNC_WORKLOADS = {"sdk-sequential": sdk_sequential, "sdk-threads": sdk_threads}


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class Clock:
    """Where the measured window starts: after a workload's warm-up, else when it starts."""

    def __init__(self) -> None:
        self.cpu = self.wall = 0.0

    def start(self) -> None:
        """Start (or restart) the window now."""
        self.cpu, self.wall = _cpu(), time.perf_counter()


CLOCK = Clock()


def main() -> int:
    """Run one workload and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("name", choices=sorted([*ASYNC_WORKLOADS, *SYNC_WORKLOADS]))
    parser.add_argument("--url", required=True)
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--calls", type=int, default=500)
    parser.add_argument("--per-page", type=int, default=100)
    parser.add_argument("--work-ms", type=float, default=20.0)
    parser.add_argument("--json", choices=["stdlib", "orjson"], default=BACKEND)
    parser.add_argument("--cafile", help="trust this certificate (for an https:// URL)")
    args = parser.parse_args()
    if os.environ.get("BENCH_JSON") == "stdlib" and args.json != "stdlib":
        raise SystemExit("BENCH_JSON=stdlib hides orjson: --json orjson cannot be honoured")
    if args.name.startswith("ours") and args.json != BACKEND:
        raise SystemExit(f"ours uses {BACKEND}; set BENCH_JSON=stdlib to make it use stdlib")
    if args.name in SYNC_WORKLOADS:
        import clicksend  # noqa: F401, PLC0415 - optional; imported before the clock starts
    CLOCK.start()
    if args.name in SYNC_WORKLOADS:
        count = SYNC_WORKLOADS[args.name](args)
    else:
        count = asyncio.run(ASYNC_WORKLOADS[args.name](args))
    wall, cpu = time.perf_counter() - CLOCK.wall, _cpu() - CLOCK.cpu
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux
    figures = {"wall": wall, "cpu": cpu, "rss_mb": rss_mb, "count": count, "json": args.json}
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
