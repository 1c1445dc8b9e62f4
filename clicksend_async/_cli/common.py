"""What every command shares: exit statuses, credentials, the client, output, error reports.

``clicksend_async.cli`` imports this module when it is itself imported, so it stays light: it
loads nothing that ``import clicksend_async`` has not loaded already (the sandbox and rich are
imported only where they are used).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import enum
import json
import os
import re
import sys
from typing import TYPE_CHECKING, Any, NoReturn, TextIO
from urllib.parse import urlsplit

from clicksend_async import (
    AuthenticationError,
    ClickSend,
    ClickSendError,
    ConfigurationError,
    ValidationError,
)

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Callable, Coroutine, Mapping, Sequence


class ExitStatus(enum.IntEnum):
    """The exit statuses the command line documents in its help."""

    OK = 0  # every message accepted
    FAILED = 1  # some messages rejected or unknown, or the service failed
    USAGE = 2  # a usage or credential error (argparse exits 2 for its own errors too)
    INTERRUPTED = 130  # Ctrl-C or SIGTERM; 128 + SIGINT, as shells report it


PREFIX = "clicksend-async: "
# A column cut narrower than this shows too little to read; it is left out instead.
_NARROWEST = 8
# Python names in the client's configuration errors, as the command line spells them.
_CLIENT_FLAGS = {
    "base_url": "--base-url",
    ", or pass allow_insecure_http=True": "",
    "username=": "--username",
    "api_key=": "--api-key",
}

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


class ParseError(SystemExit):
    """The command line could not be parsed; argparse's report is already on stderr."""

    def __init__(self, message: str) -> None:
        super().__init__(ExitStatus.USAGE)
        self.message = message


class CommandParser(argparse.ArgumentParser):
    """An argument parser that reports as argparse does, then raises ``ParseError``.

    ``main`` catches it to give ``--json`` readers the same error as one JSON object.
    """

    def error(self, message: str) -> NoReturn:
        """Print the usage and the error on stderr; raise ``ParseError`` (exit status 2)."""
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: error: {message}\n")
        raise ParseError(message)


class UsageError(Exception):
    """A mistake in how the command was called: reported on stderr, exit status 2."""


class MissingCredentialsError(UsageError):
    """Neither flags nor environment gave a username and an API key.

    Its message is one line (for ``--json``); ``help`` is what a person reads on stderr.
    """

    help = CREDENTIALS_HELP.rstrip("\n")

    def __init__(self) -> None:
        super().__init__(
            "no ClickSend credentials were given, so nothing was sent: set CLICKSEND_USERNAME "
            "and CLICKSEND_API_KEY, pass --username and --api-key, or add --sandbox"
        )


def name_flags(text: str, flags: Mapping[str, str]) -> str:
    """Return a library message with Python names replaced by the flags a user types.

    A plain word (``to``) is replaced only where it opens the message, as the library's field
    errors do; a name with an underscore or a sign (``rate_limit``, ``username=``) wherever it
    stands on its own.
    """
    for name, flag in flags.items():
        if name.isidentifier() and "_" not in name:
            if text.startswith(f"{name} "):
                text = flag + text[len(name) :]
            continue
        left = r"(?<![\w-])" if re.match(r"\w", name[0]) else ""
        right = r"(?![\w-])" if re.match(r"\w", name[-1]) else ""
        text = re.sub(left + re.escape(name) + right, flag, text)
    return text


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
        try:
            client = ClickSend(username, api_key, **where)
        except ConfigurationError as error:
            raise UsageError(name_flags(str(error), _CLIENT_FLAGS)) from None
        async with client as cs:
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


def base_url_hint(base_url: str | None) -> str | None:
    """Return a hint when ``--base-url`` does not end in ``/v3``, where the API lives."""
    if not base_url or urlsplit(base_url).path.rstrip("/").endswith("/v3"):
        return None
    return (
        f"--base-url {base_url} does not end in /v3, where the API lives "
        "(ClickSend's is https://rest.clicksend.com/v3; a sandbox prints its own)"
    )


def exit_status_of(error: BaseException) -> ExitStatus:
    """Return the exit status for an error that ended a command."""
    if isinstance(
        error, UsageError | ConfigurationError | ValidationError | AuthenticationError | OSError
    ):
        return ExitStatus.USAGE
    return ExitStatus.FAILED


def _message_of(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        text = f"{error.filename}: {error.strerror}" if error.filename else error.strerror
    else:
        text = str(error) or type(error).__name__
    return " ".join(text.split())  # one line, whatever the error's text holds


def report_error(
    error: BaseException, *, as_json: bool = False, hint: str | None = None
) -> ExitStatus:
    """Say why the command stopped, on stderr (and with ``as_json`` on stdout); return its status.

    Every report is one line, but for missing credentials, whose help says how to set them.
    With ``as_json`` stdout gets one JSON object on one line: ``error`` (no prefix), ``type``
    and ``exit_status``.
    """
    status = exit_status_of(error)
    message = _message_of(error)
    if hint:
        message = f"{message}; {hint}"
    if as_json:
        write_json({"error": message, "type": type(error).__name__, "exit_status": status})
    if isinstance(error, MissingCredentialsError):
        sys.stderr.write(f"{error.help}\n")
    elif isinstance(error, AuthenticationError):
        sys.stderr.write(
            f"{PREFIX}the service refused the credentials ({message}); check CLICKSEND_USERNAME "
            "and CLICKSEND_API_KEY, or --username and --api-key\n"
        )
    else:
        sys.stderr.write(f"{PREFIX}{message}\n")
    sys.stderr.flush()
    return status


def run_async(
    run: Callable[[argparse.Namespace], Coroutine[Any, Any, ExitStatus]], args: argparse.Namespace
) -> ExitStatus:
    """Run a command's coroutine; turn the errors that end it into a message and a status."""
    as_json = getattr(args, "json", False)
    try:
        return asyncio.run(run(args))
    except ClickSendError as error:
        return report_error(
            error, as_json=as_json, hint=base_url_hint(getattr(args, "base_url", None))
        )
    except UsageError as error:
        return report_error(error, as_json=as_json)
    except BrokenPipeError:
        # The reader went away (`| head`): say nothing more, and keep Python's exit quiet too.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return ExitStatus.FAILED
    except OSError as error:  # a file that cannot be read or written
        return report_error(error, as_json=as_json)
    except (KeyboardInterrupt, asyncio.CancelledError):
        sys.stderr.write(f"{PREFIX}interrupted\n")
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


def column_widths(natural: Sequence[int], shrink: Sequence[int], width: int) -> list[int | None]:
    """Return the width of each column in a table ``width`` wide; None for a column left out.

    ``natural`` is each column's widest cell (its header included). The columns not in
    ``shrink`` keep that width. Those in ``shrink`` give way in that order, each down to a
    few characters before the next is touched; if even that is too wide, they are left out,
    the last of ``shrink`` first, and the rest share the room again.
    """
    shown = list(range(len(natural)))
    droppable = list(reversed(shrink))
    while True:
        room = width - 3 * len(shown) - 1  # a border and a space either side of each column
        widths = {index: natural[index] for index in shown}
        excess = sum(widths.values()) - room
        for index in shrink:
            if excess <= 0:
                break
            if index in widths:
                cut = min(excess, max(widths[index] - _NARROWEST, 0))
                widths[index] -= cut
                excess -= cut
        if excess <= 0 or not droppable:
            return [widths.get(index) for index in range(len(natural))]
        shown.remove(droppable.pop(0))


def print_table(
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    stream: TextIO | None = None,
    *,
    shrink: Sequence[str] = (),
) -> None:
    """Print a table: drawn by rich on a terminal, plain aligned columns elsewhere.

    On a terminal too narrow for every cell, the columns named in ``shrink`` are cut, in that
    order, with an ellipsis; the others (numbers, statuses, times) stay whole. Without
    ``shrink`` every column may be cut, the last first.
    """
    out = stream or sys.stdout
    cells = [[("" if cell is None else str(cell)) for cell in row] for row in rows]
    if is_terminal(out):
        with contextlib.suppress(ImportError):
            _print_rich_table(title, headers, cells, out, shrink)
            return
    widths = [len(header) for header in headers]
    for row in cells:
        widths = [max(width, len(cell)) for width, cell in zip(widths, row, strict=False)]
    out.write(f"{title}\n")
    out.write("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip() + "\n")
    for row in cells:
        out.write("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=False)).rstrip() + "\n")
    out.flush()


def _print_rich_table(
    title: str, headers: Sequence[str], cells: list[list[str]], out: TextIO, shrink: Sequence[str]
) -> None:
    from rich.cells import cell_len  # noqa: PLC0415 - rich is optional and slow
    from rich.console import Console  # noqa: PLC0415
    from rich.table import Table  # noqa: PLC0415

    console = Console(file=out)
    natural = [
        max([cell_len(header), *(cell_len(row[index]) for row in cells if index < len(row))])
        for index, header in enumerate(headers)
    ]
    order = [headers.index(name) for name in shrink if name in headers]
    if not shrink:
        order = list(reversed(range(len(headers))))
    widths = column_widths(natural, order, console.width)
    table = Table(title=title, title_justify="left")
    for header, width in zip(headers, widths, strict=True):
        if width is not None:
            table.add_column(header, width=width, no_wrap=True, overflow="ellipsis")
    for row in cells:
        table.add_row(
            *(cell for cell, width in zip(row, widths, strict=False) if width is not None)
        )
    console.print(table)


def add_json_option(parser: argparse.ArgumentParser) -> None:
    """Give a command the ``--json`` flag (its meaning is in the top-level help)."""
    parser.add_argument("--json", action="store_true", help="machine-readable output (see above)")
