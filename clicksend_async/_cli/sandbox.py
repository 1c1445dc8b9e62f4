"""``clicksend-async sandbox``: serve the embedded ClickSend emulator until interrupted."""

from __future__ import annotations

import asyncio
import contextlib
import json
import signal
import sys
from typing import TYPE_CHECKING

from clicksend_async._cli.common import ExitStatus
from clicksend_async.sandbox import Sandbox, SandboxSettings

if TYPE_CHECKING:
    import argparse


def settings_of(args: argparse.Namespace) -> SandboxSettings:
    """Return the sandbox's settings from the command's flags.

    Raises:
        ValueError: a flag's value is impossible (the parser reports it as a usage error).

    """
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


async def serve(settings: SandboxSettings, *, as_json: bool = False) -> None:
    """Serve a sandbox, print where it listens, and return on SIGINT or SIGTERM."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):  # not on Windows: Ctrl-C still raises
            loop.add_signal_handler(signum, stop.set)
    async with Sandbox(settings) as sandbox:
        if as_json:
            sys.stdout.write(json.dumps({"url": sandbox.url}) + "\n")
        else:
            sys.stdout.write(f"ClickSend sandbox listening on {sandbox.url}\n")
        sys.stdout.flush()
        await stop.wait()


def run_sandbox(args: argparse.Namespace) -> ExitStatus:
    """Run ``sandbox`` until interrupted; an interrupt is how it is meant to end, so exit 0."""
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(args.settings(args), as_json=args.json))
    return ExitStatus.OK
