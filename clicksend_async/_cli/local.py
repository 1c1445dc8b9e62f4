"""The parsers of the commands that serve on this machine: ``demo``, ``sandbox`` and ``listen``.

Kept apart from ``clicksend_async.cli`` only for size; each command is the same ``_add_``/``_run_``
pair as there, and each ``_run_`` imports its command's module when it runs, so that ``--help``
stays quick.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from clicksend_async._cli.common import CommandParser, ExitStatus, add_json_option, run_async

if TYPE_CHECKING:
    from clicksend_async.sandbox import SandboxSettings

Commands = argparse._SubParsersAction  # noqa: SLF001 - argparse exposes no public name for it


def _add_demo(commands: Commands[CommandParser]) -> None:
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
    add_json_option(parser)
    parser.set_defaults(run=_run_demo)


def _run_demo(args: argparse.Namespace) -> ExitStatus:
    from clicksend_async._cli.commands import run_demo  # noqa: PLC0415 - lazy: --help stays fast

    return run_async(run_demo, args)


def _sandbox_settings(args: argparse.Namespace) -> SandboxSettings:
    from clicksend_async._cli.sandbox import settings_of  # noqa: PLC0415 - lazy: --help stays fast

    return settings_of(args)


# The sandbox's numeric flags: (flag, type, default, help).
_SANDBOX_NUMBERS: tuple[tuple[str, type[float | int], float | int | None, str], ...] = (
    ("--port", int, 8765, "port; 0 picks a free one"),
    ("--latency-ms", float, 0.0, "delay added to every answer"),
    ("--latency-jitter-ms", float, 0.0, "random extra delay, up to this"),
    ("--rate-limit", float, 0.0, "requests per second per account; 0: off"),
    ("--retry-after", float, 1.0, "seconds sent in Retry-After with 429s"),
    ("--throttle-window", float, 0.0, "seconds in which a repeated body to a number is THROTTLED"),
    ("--fail-rate", float, 0.0, "share of requests answered 500 (0..1)"),
    ("--drop-rate", float, 0.0, "share of connections closed unanswered (0..1)"),
    ("--receipt-delay", float, 1.0, "seconds until a message's receipt"),
    ("--balance", float, 1000.0, "starting balance of each account (AUD)"),
    ("--seed", int, None, "seed for the random faults"),
)


def _add_sandbox(commands: Commands[CommandParser]) -> None:
    parser = commands.add_parser(
        "sandbox",
        help="serve a local ClickSend v3 emulator until interrupted",
        description="Serve a local ClickSend v3 emulator (under /v3) until interrupted. It "
        "accepts any credentials, unless --strict: then only the --account ones.",
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: %(default)s)"
    )
    for flag, kind, default, text in _SANDBOX_NUMBERS:
        shown = "" if default is None else f" (default: {default})"
        parser.add_argument(flag, type=kind, default=default, help=text + shown)
    parser.add_argument(
        "--drop-after-accept",
        action="store_true",
        help="apply a dropped request before closing its connection",
    )
    parser.add_argument(
        "--account",
        action="append",
        metavar="USER:KEY",
        help="an account the sandbox knows, by username and API key (repeatable)",
    )
    parser.add_argument("--strict", action="store_true", help="accept only the --account accounts")
    parser.add_argument(
        "--state",
        metavar="FILE",
        default=None,
        help="JSON file of accounts (strict mode accepts them), contact lists and contacts to "
        "load at start",
    )
    parser.add_argument("--json", action="store_true", help='print {"url": ...} when listening')
    parser.set_defaults(run=_run_sandbox, settings=_sandbox_settings)


def _run_sandbox(args: argparse.Namespace) -> ExitStatus:
    from clicksend_async._cli.sandbox import run_sandbox  # noqa: PLC0415 - lazy: --help stays fast

    return run_sandbox(args)


def _add_listen(commands: Commands[CommandParser]) -> None:
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
