"""What every command shares: exit statuses, credentials, the client, output, error reports.

``clicksend_async.cli`` imports this module when it is itself imported, so it stays light: it
loads nothing that ``import clicksend_async`` has not loaded already (the sandbox and rich are
imported only where they are used).
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import json
import os
import sys
from typing import TYPE_CHECKING, Any, TextIO

from clicksend_async import (
    AuthenticationError,
    ClickSend,
    ClickSendError,
    ConfigurationError,
    ValidationError,
)

if TYPE_CHECKING:
    import argparse
    from collections.abc import AsyncIterator, Callable, Coroutine, Sequence


class ExitStatus(enum.IntEnum):
    """The exit statuses the command line documents in its help."""

    OK = 0  # every message accepted
    FAILED = 1  # some messages rejected or unknown, or the service failed
    USAGE = 2  # a usage or credential error (argparse exits 2 for its own errors too)
    INTERRUPTED = 130  # Ctrl-C or SIGTERM; 128 + SIGINT, as shells report it


# The embedded sandbox accepts any username; this one reads well in its history.
SANDBOX_USERNAME = "sandbox"

CREDENTIALS_HELP = """\
clicksend-async: no ClickSend credentials were given, so nothing was sent.
Set them in the environment:
    export CLICKSEND_USERNAME='your-username'
    export CLICKSEND_API_KEY='your-api-key'
or pass them as flags:
    --username your-username --api-key your-api-key
or try the command offline against an embedded sandbox by adding --sandbox.
"""


class UsageError(Exception):
    """A mistake in how the command was called: reported on stderr, exit status 2."""


class MissingCredentialsError(UsageError):
    """Neither flags nor environment gave a username and an API key."""

    def __init__(self) -> None:
        super().__init__(CREDENTIALS_HELP.rstrip("\n"))


def credentials(args: argparse.Namespace) -> tuple[str, str]:
    """Return the username and API key from the flags, else from the environment.

    Raises:
        MissingCredentialsError: either of them is missing.

    """
    username = args.username or os.environ.get("CLICKSEND_USERNAME")
    api_key = args.api_key or os.environ.get("CLICKSEND_API_KEY")
    if not username or not api_key:
        raise MissingCredentialsError
    return username, api_key


@contextlib.asynccontextmanager
async def open_client(
    args: argparse.Namespace, *, receipt_delay: float = 1.0
) -> AsyncIterator[ClickSend]:
    """Yield a client for the account the flags name, or for an embedded sandbox.

    Raises:
        MissingCredentialsError: no credentials and no ``--sandbox``.
        UsageError: ``--sandbox`` together with ``--base-url``.
        ConfigurationError: the base URL is not usable.

    """
    if not args.sandbox:
        username, api_key = credentials(args)
        # Without --base-url the client's own default, ClickSend's service, applies.
        where = {"base_url": args.base_url} if args.base_url else {}
        async with ClickSend(username, api_key, **where) as cs:
            yield cs
        return
    if args.base_url:
        raise UsageError("--sandbox starts its own server; leave out --base-url")
    from clicksend_async.sandbox import (  # noqa: PLC0415 - only --sandbox loads the sandbox
        TEST_ACCOUNT_KEY,
        Sandbox,
        SandboxSettings,
    )

    async with (
        Sandbox(SandboxSettings(receipt_delay=receipt_delay)) as sandbox,
        ClickSend(SANDBOX_USERNAME, TEST_ACCOUNT_KEY, base_url=sandbox.url) as cs,
    ):
        yield cs


def exit_status_of(error: BaseException) -> ExitStatus:
    """Return the exit status for an error that ended a command."""
    if isinstance(error, UsageError | ConfigurationError | ValidationError | AuthenticationError):
        return ExitStatus.USAGE
    return ExitStatus.FAILED


def report_error(error: BaseException, *, as_json: bool = False) -> ExitStatus:
    """Say on stderr (and with ``as_json`` on stdout) why the command stopped; return its status."""
    status = exit_status_of(error)
    if as_json:
        write_json({"error": str(error), "type": type(error).__name__, "exit_status": status})
    if isinstance(error, MissingCredentialsError):
        sys.stderr.write(f"{error}\n")
    elif isinstance(error, AuthenticationError):
        sys.stderr.write(
            f"clicksend-async: the service refused the credentials: {error}\n"
            "Check CLICKSEND_USERNAME and CLICKSEND_API_KEY (or --username and --api-key).\n"
        )
    elif isinstance(error, ClickSendError | UsageError):
        sys.stderr.write(f"clicksend-async: {error}\n")
    else:  # pragma: no cover - only the errors above are caught
        raise error
    return status


def run_async(
    run: Callable[[argparse.Namespace], Coroutine[Any, Any, ExitStatus]], args: argparse.Namespace
) -> ExitStatus:
    """Run a command's coroutine; turn the errors that end it into a message and a status."""
    try:
        return asyncio.run(run(args))
    except (UsageError, ClickSendError) as error:
        return report_error(error, as_json=getattr(args, "json", False))
    except BrokenPipeError:
        # The reader went away (`| head`): say nothing more, and keep Python's exit quiet too.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return ExitStatus.FAILED
    except (OSError, UnicodeError) as error:  # a file that cannot be read or written
        sys.stderr.write(f"clicksend-async: {error}\n")
        return ExitStatus.USAGE
    except (KeyboardInterrupt, asyncio.CancelledError):
        sys.stderr.write("clicksend-async: interrupted\n")
        return ExitStatus.INTERRUPTED


def write_json(value: object, stream: TextIO | None = None) -> None:
    """Write one JSON value on one line."""
    out = stream or sys.stdout
    out.write(json.dumps(value, default=str, ensure_ascii=False) + "\n")
    out.flush()


def is_terminal(stream: TextIO) -> bool:
    """Whether ``stream`` is an interactive terminal (where live displays belong)."""
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def print_table(
    title: str, headers: Sequence[str], rows: Sequence[Sequence[Any]], stream: TextIO | None = None
) -> None:
    """Print a table: drawn by rich on a terminal, plain aligned columns elsewhere."""
    out = stream or sys.stdout
    cells = [[("" if cell is None else str(cell)) for cell in row] for row in rows]
    if is_terminal(out):
        with contextlib.suppress(ImportError):
            from rich.console import Console  # noqa: PLC0415 - rich is optional and slow
            from rich.table import Table  # noqa: PLC0415

            table = Table(title=title, title_justify="left")
            for header in headers:
                table.add_column(
                    header, no_wrap=True, overflow="ellipsis", min_width=min(len(header), 12)
                )
            for row in cells:
                table.add_row(*row)
            Console(file=out).print(table)
            return
    widths = [len(header) for header in headers]
    for row in cells:
        widths = [max(width, len(cell)) for width, cell in zip(widths, row, strict=False)]
    out.write(f"{title}\n")
    out.write("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip() + "\n")
    for row in cells:
        out.write("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=False)).rstrip() + "\n")
    out.flush()
