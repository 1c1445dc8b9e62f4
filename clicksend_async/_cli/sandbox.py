"""``clicksend-async sandbox``: serve the embedded ClickSend emulator until interrupted."""

from __future__ import annotations

import asyncio
import contextlib
import json
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from clicksend_async._cli.common import ExitStatus
from clicksend_async.sandbox import Sandbox, SandboxSettings
from clicksend_async.sandbox._seed import parse_seed

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


def read_state(path: str | None) -> object:
    """Return the parsed ``--state`` document (None without the flag).

    Raises:
        ValueError: the file cannot be read, is not JSON or is not in the state format.

    """
    if path is None:
        return None
    try:
        document: object = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise ValueError(f"cannot read {path}: {error.strerror}") from None
    except ValueError as error:
        raise ValueError(f"{path} is not JSON: {error}") from None
    parse_seed(document)  # checked here, so that a bad file is a usage error before serving
    return document


async def serve(settings: SandboxSettings, *, as_json: bool = False, state: object = None) -> None:
    """Serve a sandbox, print where it and its control API listen; return on SIGINT/SIGTERM."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):  # not on Windows: Ctrl-C still raises
            loop.add_signal_handler(signum, stop.set)
    async with Sandbox(settings) as sandbox:
        if state is not None:
            sandbox.load_state(state)
        if as_json:
            shown = {"url": sandbox.url, "control_url": sandbox.control_url}
            sys.stdout.write(json.dumps(shown) + "\n")
        else:
            sys.stdout.write(f"ClickSend sandbox listening on {sandbox.url}\n")
            sys.stdout.write(f"Control API on {sandbox.control_url}\n")
        sys.stdout.flush()
        await stop.wait()


def run_sandbox(args: argparse.Namespace) -> ExitStatus:
    """Run ``sandbox`` until interrupted; an interrupt is how it is meant to end, so exit 0."""
    try:
        state = read_state(args.state)
    except ValueError as error:
        sys.stderr.write(f"clicksend-async sandbox: --state: {error}\n")
        return ExitStatus.USAGE
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(args.settings(args), as_json=args.json, state=state))
    return ExitStatus.OK
