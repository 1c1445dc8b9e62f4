"""The ``clicksend-async`` command line: the parser, and one ``_add_``/``_run_`` pair per command.

Each subcommand is a ``_add_<name>`` function that registers its parser and a ``_run_<name>``
function that runs it; ``build_parser`` calls every ``_add_`` function listed in
``SUBCOMMANDS``. Add a command by writing those two functions and listing the first.

The work is done in ``clicksend_async._cli`` (its ``__init__`` says which module owns what).
Each ``_run_`` function imports its command's module when it runs, not when this module is
imported, so that ``--help`` and the entry point stay quick: a command may pull in the sandbox,
aiohttp's server or rich. Only ``_cli.common``, which loads nothing new, is imported here.
"""

from __future__ import annotations

import argparse
import textwrap
from typing import TYPE_CHECKING

from clicksend_async._cli.common import ExitStatus, run_async

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from clicksend_async.sandbox import SandboxSettings

Commands = argparse._SubParsersAction  # noqa: SLF001 - argparse exposes no public name for it

_WIDTH = 92  # the width the hand-wrapped help texts below keep to

# Hand-wrapped at the line break; the numbers come from ExitStatus so the two cannot differ.
EXIT_STATUSES = (
    f"exit status: {ExitStatus.OK} every message accepted; {ExitStatus.FAILED} some messages "
    "rejected or unknown, or the\n"
    f"service failed; {ExitStatus.USAGE} a usage or credential error; "
    f"{ExitStatus.INTERRUPTED} interrupted (results so far are kept)."
)

CREDENTIALS = """\
credentials: --username and --api-key, else the environment variables CLICKSEND_USERNAME
and CLICKSEND_API_KEY. Without them nothing is sent; add --sandbox to use an embedded
sandbox."""


def _account_options() -> argparse.ArgumentParser:
    """Return the options shared by the commands that talk to an account."""
    parent = argparse.ArgumentParser(add_help=False)
    group = parent.add_argument_group("account")
    group.add_argument("--username", help="API username (default: $CLICKSEND_USERNAME)")
    group.add_argument(
        "--api-key", help="API key (default: $CLICKSEND_API_KEY, which keeps the key out of ps)"
    )
    group.add_argument(
        "--base-url",
        help="the API's URL, ending in /v3, for any compatible server (default: ClickSend's)",
    )
    group.add_argument(
        "--sandbox",
        action="store_true",
        help="start an embedded sandbox for this command and use it, with test credentials",
    )
    _json_option(parent)
    return parent


def _json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="machine-readable output (see above)")


def _add_send(commands: Commands[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "send",
        parents=[_account_options()],
        help="send one SMS",
        description=textwrap.fill(
            "Send one SMS. --json prints one object: outcome, to, and message_id and price "
            "(accepted) or status and error (rejected); a failed request prints error, type "
            "and exit_status.",
            _WIDTH,
        ),
        epilog=f"{CREDENTIALS}\n{EXIT_STATUSES}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--to", required=True, help="recipient, such as +61411111111")
    parser.add_argument("--body", required=True, help="the text")
    parser.add_argument(
        "--from", dest="from_", metavar="FROM", help="sender number or alphanumeric sender ID"
    )
    parser.add_argument(
        "--schedule", help="send later: Unix seconds or an ISO 8601 time (UTC unless it says)"
    )
    parser.add_argument("--custom-string", help="your reference, returned in receipts")
    parser.set_defaults(run=_run_send)


def _run_send(args: argparse.Namespace) -> ExitStatus:
    from clicksend_async._cli.commands import run_send  # noqa: PLC0415 - lazy: --help stays fast

    return run_async(run_send, args)


def _add_bulk(commands: Commands[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "bulk",
        parents=[_account_options()],
        help="send every row of a CSV file, resumably",
        description="""\
Send one SMS per row of FILE.csv (columns: to, body; optional: from, custom_string, schedule).
The file is read a row at a time, 1000 messages go in one request and --concurrency requests
are in flight. Every row's outcome (accepted, rejected or unknown; message_id, price, status,
error) goes to the results file as its batch completes.

Running the same command again resumes: rows already accepted are not sent again. Rows whose
request failed ambiguously (unknown) are first looked up in SMS history by custom_string and
recipient (rows without a custom_string get <run tag>-<row>; give each row its own if you set
them). Found ones are recorded as accepted; the rest are sent again, unless their outcome was
recorded under --settle seconds ago (their request may still be on its way; they are held
until a later run). Ctrl-C stops reading input, waits for the requests in flight and keeps
their results; a second Ctrl-C abandons them (they are recorded as unknown and looked up on
the next run).

Progress goes to stderr: a live bar on a terminal, else a line every --progress-interval
seconds. --json prints one summary object on stdout at the end.""",
        epilog=f"{CREDENTIALS}\n{EXIT_STATUSES}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", metavar="FILE.csv", help="the messages, one per row")
    parser.add_argument(
        "--results",
        metavar="PATH",
        help="the results CSV, also read to resume (default: beside FILE.csv, named "
        "FILE.results.csv)",
    )
    parser.add_argument(
        "--concurrency", type=int, default=4, help="requests in flight (default: %(default)s)"
    )
    parser.add_argument(
        "--progress-interval",
        type=float,
        default=5.0,
        metavar="SECONDS",
        help="seconds between progress lines when not on a terminal; 0: none "
        "(default: %(default)s)",
    )
    parser.add_argument(
        "--settle",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help="how old an unknown outcome must be before a row missing from history is sent "
        "again (default: %(default)s)",
    )
    parser.set_defaults(run=_run_bulk)


def _run_bulk(args: argparse.Namespace) -> ExitStatus:
    from clicksend_async._cli.bulk import run_bulk  # noqa: PLC0415 - lazy: --help stays fast

    return run_async(run_bulk, args)


def _add_listing(
    commands: Commands[argparse.ArgumentParser],
    name: str,
    what: str,
    run: Callable[[argparse.Namespace], ExitStatus],
) -> argparse.ArgumentParser:
    parser = commands.add_parser(
        name,
        parents=[_account_options()],
        help=f"list {what}",
        description=textwrap.fill(
            f"List {what}, fetching pages as needed. Without --json: a table of the main "
            "fields. With --json: every field, one JSON object per line (JSON lines).",
            _WIDTH,
        ),
        epilog=f"{CREDENTIALS}\n{EXIT_STATUSES}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--limit",
        type=int,
        default=100,
        help="show at most this many; 0: all (default: %(default)s)",
    )
    parser.set_defaults(run=run)
    return parser


def _run_listing(args: argparse.Namespace) -> ExitStatus:
    from clicksend_async._cli.commands import run_listing  # noqa: PLC0415 - lazy: --help stays fast

    return run_async(run_listing, args)


def _add_history(commands: Commands[argparse.ArgumentParser]) -> None:
    parser = _add_listing(commands, "history", "the SMS sent from the account", _run_history)
    parser.add_argument("--date-from", type=int, metavar="UNIX", help="sent at or after this")
    parser.add_argument("--date-to", type=int, metavar="UNIX", help="sent at or before this")
    parser.add_argument("--query", metavar="FIELD:VALUE", help="filter, such as to:+614111")


def _run_history(args: argparse.Namespace) -> ExitStatus:
    return _run_listing(args)


def _add_receipts(commands: Commands[argparse.ArgumentParser]) -> None:
    _add_listing(commands, "receipts", "the unread SMS delivery receipts", _run_receipts)


def _run_receipts(args: argparse.Namespace) -> ExitStatus:
    return _run_listing(args)


def _add_inbound(commands: Commands[argparse.ArgumentParser]) -> None:
    _add_listing(commands, "inbound", "the unread inbound SMS (replies)", _run_inbound)


def _run_inbound(args: argparse.Namespace) -> ExitStatus:
    return _run_listing(args)


def _add_demo(commands: Commands[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "demo",
        help="show the library's main job against an embedded sandbox",
        description="Start a sandbox in this process and send 10,000 SMS to it through the bulk "
        "sender with progress, then show a summary, page through the SMS history and show the "
        "delivery receipts that arrived. It never uses a real account, even when credentials "
        "are set. --json prints one summary object instead.",
    )
    parser.add_argument(
        "--messages", type=int, default=10_000, help="how many to send (default: %(default)s)"
    )
    parser.add_argument(
        "--concurrency", type=int, default=4, help="requests in flight (default: %(default)s)"
    )
    parser.add_argument(
        "--progress-interval",
        type=float,
        default=1.0,
        metavar="SECONDS",
        help="seconds between progress lines when not on a terminal (default: %(default)s)",
    )
    _json_option(parser)
    parser.set_defaults(run=_run_demo)


def _run_demo(args: argparse.Namespace) -> ExitStatus:
    from clicksend_async._cli.commands import run_demo  # noqa: PLC0415 - lazy: --help stays fast

    return run_async(run_demo, args)


def _sandbox_settings(args: argparse.Namespace) -> SandboxSettings:
    from clicksend_async._cli.sandbox import settings_of  # noqa: PLC0415 - lazy: --help stays fast

    return settings_of(args)


def _add_sandbox(commands: Commands[argparse.ArgumentParser]) -> None:
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
    parser.add_argument(
        "--state",
        metavar="FILE",
        default=None,
        help="JSON file of accounts, contact lists and contacts to load at start",
    )
    parser.add_argument("--json", action="store_true", help='print {"url": ...} when listening')
    parser.set_defaults(run=_run_sandbox, settings=_sandbox_settings)


def _run_sandbox(args: argparse.Namespace) -> ExitStatus:
    from clicksend_async._cli.sandbox import run_sandbox  # noqa: PLC0415 - lazy: --help stays fast

    return run_sandbox(args)


def _add_listen(commands: Commands[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "listen",
        help="receive ClickSend's pushed receipts and replies and print them",
        description=(
            "Serve a receiver for ClickSend's URL automation rules and print each delivery "
            "receipt and inbound SMS as it arrives. Point the rules' action_address at the "
            "printed URLs."
        ),
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: %(default)s)"
    )
    parser.add_argument(
        "--port", type=int, default=8080, help="port; 0 picks a free one (default: %(default)s)"
    )
    parser.add_argument(
        "--token", default=None, help="secret path token; a new one is made and printed if omitted"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object per line")
    parser.set_defaults(run=_run_listen)


def _run_listen(args: argparse.Namespace) -> ExitStatus:
    from clicksend_async._cli.listen import run_listen  # noqa: PLC0415 - lazy: --help stays fast

    return run_listen(args)


SUBCOMMANDS: list[Callable[[Commands[argparse.ArgumentParser]], None]] = [
    _add_send,
    _add_bulk,
    _add_history,
    _add_receipts,
    _add_inbound,
    _add_demo,
    _add_sandbox,
    _add_listen,
]


def build_parser() -> argparse.ArgumentParser:
    """Return the parser of the whole command line."""
    parser = argparse.ArgumentParser(
        prog="clicksend-async",
        description="ClickSend REST API v3 from the command line. Try: clicksend-async demo",
        epilog=f"{CREDENTIALS}\n{EXIT_STATUSES}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
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
