"""The ``clicksend-async`` command line.

Each subcommand is a ``_add_<name>`` function that registers its parser and a ``_run_<name>``
function that runs it; ``build_parser`` calls every ``_add_`` function listed in
``SUBCOMMANDS``. Add a command by writing those two functions and listing the first.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from clicksend_async.sandbox import SandboxSettings


def _sandbox_settings(args: argparse.Namespace) -> SandboxSettings:
    from clicksend_async.sandbox import SandboxSettings  # noqa: PLC0415 - keep --help fast

    return SandboxSettings(
        host=args.host,
        port=args.port,
        latency_ms=args.latency_ms,
        latency_jitter_ms=args.latency_jitter_ms,
        rate_limit=args.rate_limit,
        retry_after=args.retry_after,
        throttle_window=args.throttle_window,
        fail_rate=args.fail_rate,
        drop_rate=args.drop_rate,
        drop_after_accept=args.drop_after_accept,
        receipt_delay=args.receipt_delay,
        strict=args.strict,
        balance=args.balance,
        seed=args.seed,
    )


def _add_sandbox(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "sandbox",
        help="serve a local ClickSend v3 emulator until interrupted",
        description="Serve a local ClickSend v3 emulator (under /v3) until interrupted.",
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: %(default)s)"
    )
    parser.add_argument(
        "--port", type=int, default=8765, help="port; 0 picks a free one (default: %(default)s)"
    )
    parser.add_argument("--latency-ms", type=float, default=0.0, help="delay added to every answer")
    parser.add_argument(
        "--latency-jitter-ms", type=float, default=0.0, help="random extra delay, up to this"
    )
    parser.add_argument(
        "--rate-limit", type=float, default=0.0, help="requests per second per account; 0: off"
    )
    parser.add_argument(
        "--retry-after", type=float, default=1.0, help="seconds sent in Retry-After with 429s"
    )
    parser.add_argument(
        "--throttle-window",
        type=float,
        default=0.0,
        help="seconds in which a repeated body to a number is THROTTLED",
    )
    parser.add_argument(
        "--fail-rate", type=float, default=0.0, help="share of requests answered 500 (0..1)"
    )
    parser.add_argument(
        "--drop-rate", type=float, default=0.0, help="share of connections closed unanswered (0..1)"
    )
    parser.add_argument(
        "--drop-after-accept",
        action="store_true",
        help="apply a dropped request before closing its connection",
    )
    parser.add_argument(
        "--receipt-delay", type=float, default=1.0, help="seconds until a message's receipt"
    )
    parser.add_argument("--strict", action="store_true", help="accept only configured accounts")
    parser.add_argument(
        "--balance", type=float, default=1000.0, help="starting balance of each account (AUD)"
    )
    parser.add_argument("--seed", type=int, default=None, help="seed for the random faults")
    parser.set_defaults(run=_run_sandbox, settings=_sandbox_settings)


async def _serve(settings: SandboxSettings) -> None:
    from clicksend_async.sandbox import Sandbox  # noqa: PLC0415 - keep --help fast

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):  # not on Windows: Ctrl-C still raises
            loop.add_signal_handler(signum, stop.set)
    async with Sandbox(settings) as sandbox:
        sys.stdout.write(f"ClickSend sandbox listening on {sandbox.url}\n")
        sys.stdout.flush()
        await stop.wait()


def _run_sandbox(args: argparse.Namespace) -> int:
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(args.settings(args)))
    return 0


SUBCOMMANDS: list[Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None]] = [
    _add_sandbox
]


def build_parser() -> argparse.ArgumentParser:
    """Return the parser of the whole command line."""
    parser = argparse.ArgumentParser(
        prog="clicksend-async", description="ClickSend REST API v3 tools."
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for add in SUBCOMMANDS:
        add(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    settings = getattr(args, "settings", None)
    if settings is not None:
        try:
            settings(args)
        except ValueError as error:
            parser.error(str(error))
    status: int = args.run(args)
    return status
