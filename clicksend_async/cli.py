"""The ``clicksend-async`` command line: the parser, and one ``_add_``/``_run_`` pair per command.

Each subcommand is a ``_add_<name>`` function that registers its parser and a ``_run_<name>``
function that runs it; ``build_parser`` calls every ``_add_`` function listed in
``SUBCOMMANDS``. Add a command by writing those two functions and listing the first. The
commands that serve on this machine (demo, sandbox, listen) have theirs in ``_cli.local``.

The work is done in ``clicksend_async._cli`` (its ``__init__`` says which module owns what).
Each ``_run_`` function imports its command's module when it runs, not when this module is
imported, so that ``--help`` and the entry point stay quick: a command may pull in the sandbox,
aiohttp's server or rich. Only ``_cli.common``, which loads nothing new, is imported here.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from typing import TYPE_CHECKING

from clicksend_async._cli.common import (
    CommandParser,
    ExitStatus,
    ParseError,
    add_json_option,
    run_async,
    write_json,
)
from clicksend_async._cli.local import _add_demo, _add_listen, _add_sandbox
from clicksend_async._version import __version__

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

Commands = argparse._SubParsersAction  # noqa: SLF001 - argparse exposes no public name for it

_WIDTH = 92  # the width the hand-wrapped help texts below keep to

# Hand-wrapped at the line break; the numbers come from ExitStatus so the two cannot differ.
EXIT_STATUSES = (
    f"exit status: {ExitStatus.OK} every message accepted; {ExitStatus.FAILED} some messages "
    "rejected or unknown, or the\n"
    f"service failed; {ExitStatus.USAGE} a usage or credential error; "
    f"{ExitStatus.INTERRUPTED} interrupted (results so far are kept)."
)

TIME_HELP = "Unix seconds or ISO 8601, such as 2030-01-31T09:00 (UTC) or 2030-01-31T09:00+10:00"

CREDENTIALS = """\
credentials: --username and --api-key, else the environment variables CLICKSEND_USERNAME
and CLICKSEND_API_KEY. Without them nothing is sent; add --sandbox to use an embedded
sandbox."""


def _account_options() -> CommandParser:
    """Return the options shared by the commands that talk to an account."""
    parent = CommandParser(add_help=False)
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
    add_json_option(parent)
    return parent


def _add_send(commands: Commands[CommandParser]) -> None:
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
    parser.add_argument(
        "--to", required=True, help="recipient: +61411111111, or 0411111111 with --country AU"
    )
    parser.add_argument("--body", required=True, help="the text")
    parser.add_argument(
        "--from", dest="from_", metavar="FROM", help="sender number or alphanumeric sender ID"
    )
    parser.add_argument("--schedule", metavar="TIME", help=f"send later: {TIME_HELP}")
    parser.add_argument("--custom-string", help="your reference, returned in receipts")
    _country_option(parser, "--to")
    parser.set_defaults(run=_run_send)


def _country_option(parser: argparse.ArgumentParser, numbers: str) -> None:
    parser.add_argument(
        "--country",
        metavar="CC",
        help=f"ISO 3166 two-letter country (AU, GB, US...) of numbers in {numbers} written "
        "without +",
    )


def _run_send(args: argparse.Namespace) -> ExitStatus:
    from clicksend_async._cli.commands import run_send  # noqa: PLC0415 - lazy: --help stays fast

    return run_async(run_send, args)


def _add_bulk(commands: Commands[CommandParser]) -> None:
    parser = commands.add_parser(
        "bulk",
        parents=[_account_options()],
        help="send every row of a CSV file, resumably",
        description="""\
Send one SMS per row of FILE.csv (columns: to, body; optional: from, custom_string, schedule,
country). A number without + takes the row's country, else --country. The file is read a row
at a time, 1000 messages go in one request and --concurrency requests are in flight. Every
row's outcome (accepted, rejected or unknown; message_id, price, status, error) goes to the
results file as its batch completes.

Running the same command again resumes, through a journal kept beside the results file
(FILE.results.csv.journal; --journal to choose): rows already accepted are not sent again,
and rows whose request was cut off are first looked up in SMS history. Rows are known by their
content, not their place, so the file may be edited between runs: fix, add, delete or reorder
rows and only rows never accepted are sent (two identical rows are two messages). The results
file is written anew each run, one row per input row in input order. Rows the service proved
unsent are sent again within the run; a row cut off under --settle seconds ago and not in
history yet stays unknown until a later run. If the account runs out of credit (or is refused)
the run stops and says so; top up and run the same command to resume. Ctrl-C stops reading
input, waits for the requests in flight and keeps their results; a second Ctrl-C abandons them
(the journal has them in flight; the next run looks them up).

Progress goes to stderr: a live bar on a terminal, else a line every --progress-interval
seconds. --json prints one summary object on stdout at the end.""",
        epilog=f"{CREDENTIALS}\n{EXIT_STATUSES}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", metavar="FILE.csv", help="the messages, one per row")
    parser.add_argument(
        "--results",
        metavar="PATH",
        help="the results CSV, written anew each run (default: beside FILE.csv, named "
        "FILE.results.csv)",
    )
    parser.add_argument(
        "--journal",
        metavar="PATH",
        help="the run's journal, which resuming reads (default: the results path plus "
        ".journal); one command at a time per journal",
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
        help="how long ago a cut-off request must have left before rows missing from history "
        "are sent again (default: %(default)s)",
    )
    parser.add_argument(
        "--encoding",
        default="utf-8",
        help="the file's text encoding, such as cp1252 or latin-1 (default: %(default)s)",
    )
    _country_option(parser, "the to column")
    parser.add_argument(
        "--queue",
        metavar="redis://HOST:PORT/DB",
        help="send through the workers of this queue (see the worker command); the run's "
        "journal is kept in the same Redis, named after the results file unless --journal "
        "names it",
    )
    parser.set_defaults(run=_run_bulk)


def _run_bulk(args: argparse.Namespace) -> ExitStatus:
    if args.queue:
        from clicksend_async._cli.queued import run_bulk_queued  # noqa: PLC0415 - needs taskiq

        return run_async(run_bulk_queued, args)
    from clicksend_async._cli.bulk import run_bulk  # noqa: PLC0415 - lazy: --help stays fast

    return run_async(run_bulk, args)


def _add_worker(commands: Commands[CommandParser]) -> None:
    parser = commands.add_parser(
        "worker",
        parents=[_account_options()],
        help="send the batches of bulk runs queued with bulk --queue",
        description=textwrap.fill(
            "Receive the batches of bulk runs from a queue in Redis and send them with the "
            "account's credentials until interrupted. Start as many as you like, on any "
            "machine: each batch is claimed in the run's journal before it is sent, so a "
            "worker killed mid-batch loses nothing and nothing is sent twice. Needs the "
            "taskiq extra: pip install 'clicksend-async[cli,redis,taskiq]'.",
            _WIDTH,
        ),
        epilog=f"{CREDENTIALS}\n{EXIT_STATUSES}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--queue", required=True, metavar="redis://HOST:PORT/DB")
    parser.add_argument(
        "--rate-limit",
        type=float,
        default=None,
        metavar="N",
        help="requests per second for the account, shared by every worker through the "
        "queue's Redis (default: none)",
    )
    parser.add_argument(
        "--concurrency", type=int, default=4, help="batches in flight (default: %(default)s)"
    )
    parser.add_argument(
        "--settle",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help="how long ago a dead worker's request must have left before rows missing from "
        "history are sent again (default: %(default)s)",
    )
    parser.set_defaults(run=_run_worker)


def _run_worker(args: argparse.Namespace) -> ExitStatus:
    from clicksend_async._cli.queued import run_worker  # noqa: PLC0415 - needs taskiq

    return run_async(run_worker, args)


def _add_listing(
    commands: Commands[CommandParser],
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


def _add_history(commands: Commands[CommandParser]) -> None:
    parser = _add_listing(commands, "history", "the SMS sent from the account", _run_history)
    parser.add_argument("--date-from", metavar="TIME", help=f"sent at or after this: {TIME_HELP}")
    parser.add_argument("--date-to", metavar="TIME", help="sent at or before this")
    parser.add_argument("--query", metavar="FIELD:VALUE", help="filter, such as to:+614111")


def _run_history(args: argparse.Namespace) -> ExitStatus:
    return _run_listing(args)


def _add_receipts(commands: Commands[CommandParser]) -> None:
    _add_listing(commands, "receipts", "the unread SMS delivery receipts", _run_receipts)


def _run_receipts(args: argparse.Namespace) -> ExitStatus:
    return _run_listing(args)


def _add_inbound(commands: Commands[CommandParser]) -> None:
    _add_listing(commands, "inbound", "the unread inbound SMS (replies)", _run_inbound)


def _run_inbound(args: argparse.Namespace) -> ExitStatus:
    return _run_listing(args)


SUBCOMMANDS: list[Callable[[Commands[CommandParser]], None]] = [
    _add_send,
    _add_bulk,
    _add_history,
    _add_receipts,
    _add_inbound,
    _add_demo,
    _add_sandbox,
    _add_listen,
    _add_worker,
]


def build_parser() -> argparse.ArgumentParser:
    """Return the parser of the whole command line."""
    parser = CommandParser(
        prog="clicksend-async",
        description="ClickSend REST API v3 from the command line. Try: clicksend-async demo",
        epilog=f"{CREDENTIALS}\n{EXIT_STATUSES}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"clicksend-async {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for add in SUBCOMMANDS:
        add(commands)
    for command in commands.choices.values():
        # Its own parser reports a flag it does not know, with its own usage.
        command.set_defaults(command_parser=command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = build_parser()
    try:
        args, unknown = parser.parse_known_args(argv)
        if unknown:
            args.command_parser.error(f"unrecognized arguments: {' '.join(unknown)}")
    except ParseError as error:
        if "--json" in (sys.argv[1:] if argv is None else argv):
            write_json({"error": error.message, "type": "UsageError", "exit_status": error.code})
        raise
    status: int = args.run(args)
    return status
