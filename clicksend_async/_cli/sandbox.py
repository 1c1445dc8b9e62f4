"""``clicksend-async sandbox``: serve the embedded ClickSend emulator until interrupted."""

from __future__ import annotations

import asyncio
import contextlib
import json
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from clicksend_async._cli._checks import (
    account_option,
    cannot_listen,
    check_can_listen,
    option_flags,
    port_option,
)
from clicksend_async._cli.common import (
    PREFIX,
    ExitStatus,
    UsageError,
    name_flags,
    report_error,
)
from clicksend_async.sandbox import Account, Sandbox, SandboxSettings
from clicksend_async.sandbox._seed import parse_seed

if TYPE_CHECKING:
    import argparse


def settings_of(args: argparse.Namespace) -> SandboxSettings:
    """Return the sandbox's settings from the command's flags.

    Raises:
        UsageError: a flag's value is impossible; the message names the flag.

    """
    accounts = tuple(
        Account(username=username, api_key=key)
        for username, key in (account_option(text) for text in args.account or ())
    )
    try:
        return SandboxSettings(
            host=args.host,
            port=port_option(args.port),
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
            accounts=accounts,  # type: ignore[arg-type] # converter=tuple: mypy cannot solve its type
            balance=args.balance,
            seed=args.seed,
        )
    except ValueError as error:
        raise UsageError(name_flags(str(error), option_flags(vars(args)))) from None


def read_state(path: str | None) -> object:
    """Return the parsed ``--state`` document (None without the flag).

    Raises:
        UsageError: the file cannot be read, is not JSON or is not in the state format.

    """
    if path is None:
        return None
    try:
        document: object = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise UsageError(f"--state: cannot read {path}: {error.strerror}") from None
    except ValueError as error:
        raise UsageError(f"--state: {path} is not JSON: {error}") from None
    try:
        parse_seed(document)  # checked here, so that a bad file is a usage error before serving
    except ValueError as error:
        raise UsageError(f"--state: {path}: {error}") from None
    return document


async def serve(settings: SandboxSettings, *, as_json: bool = False, state: object = None) -> None:
    """Serve a sandbox, print where it and its control API listen; return on SIGINT/SIGTERM.

    Raises:
        UsageError: nothing can listen on the host and port (the address is not this
            machine's, or the port is taken).

    """
    check_can_listen(settings.host, settings.port)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):  # not on Windows: Ctrl-C still raises
            loop.add_signal_handler(signum, stop.set)
    async with contextlib.AsyncExitStack() as stack:
        try:
            sandbox = await stack.enter_async_context(Sandbox(settings))
        except OSError as error:  # taken in the moment since the check
            raise cannot_listen(settings.host, settings.port, error) from None
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
    """Run ``sandbox`` until interrupted (an interrupt is how it is meant to end, so exit 0).

    A flag that cannot work (an impossible value, a port in use, an address this machine
    does not have) is reported in one line with exit status 2.
    """
    try:
        settings = settings_of(args)
        state = read_state(args.state)
        if settings.strict and not settings.accounts and state is None:
            sys.stderr.write(
                f"{PREFIX}note: --strict without --account USER:KEY refuses every request\n"
            )
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(serve(settings, as_json=args.json, state=state))
    except UsageError as error:
        return report_error(error, as_json=args.json)
    return ExitStatus.OK
