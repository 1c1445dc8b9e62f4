"""``send``, the listings (``history``, ``receipts``, ``inbound``) and ``demo``."""

from __future__ import annotations

import asyncio
import sys
from collections import Counter
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from clicksend_async import Accepted, ClickSend, ValidationError
from clicksend_async._cli._checks import country_option, shown_time, time_option
from clicksend_async._cli._run import Tally, send_rows, show_summary
from clicksend_async._cli.common import (
    PREFIX,
    ExitStatus,
    UsageError,
    name_flags,
    open_client,
    print_table,
    write_json,
)
from clicksend_async._cli.progress import Progress
from clicksend_async.messages import normalise_phone

if TYPE_CHECKING:
    import argparse
    from collections.abc import AsyncIterator, Iterator

# ClickSend's published test numbers: messages to them are accepted but never delivered.
TEST_NUMBERS = (
    "+61411111111",
    "+61422222222",
    "+61433333333",
    "+61444444444",
    "+14055555555",
    "+447777777777",
)
# Every this-many-th demo message gets a malformed number, to show a refusal.
_DEMO_BAD_EVERY = 400
_SHOWN = 5
# The demo's tables leave out what a narrow terminal has no room for.
_DEMO_HISTORY = ("to", "status", "message_price", "custom_string", "body")
_DEMO_RECEIPTS = ("status_code", "status_text", "message_id", "custom_string")


async def run_send(args: argparse.Namespace) -> ExitStatus:
    """Run ``send``: one SMS; exit 0 when accepted, 1 when rejected.

    Raises:
        UsageError: a bad --to, --body, --from, --country or --schedule; nothing was sent.
        ClickSendError: the request failed.

    """
    schedule = None if args.schedule is None else time_option("--schedule", args.schedule)
    to = args.to
    if args.country is None and to.strip().startswith("0"):
        raise UsageError(
            f"--to {to!r} has no country code: write it with + (such as +61411111111), or give "
            "its country with --country (such as AU)"
        )
    try:
        if args.country is not None:
            to = normalise_phone(to, country_option(args.country))
        async with open_client(args) as cs:
            outcome = await cs.sms.send(
                to,
                args.body,
                from_=args.from_,
                schedule=schedule,
                custom_string=args.custom_string,
            )
    except ValidationError as error:
        raise UsageError(_send_flags(str(error), args, schedule)) from None
    if isinstance(outcome, Accepted):
        result = {
            "outcome": "accepted",
            "to": to,
            "message_id": outcome.message_id,
            "price": outcome.price,
        }
        text = f"accepted: message {outcome.message_id} to {to}, price {outcome.price}"
        if schedule is not None:
            text += f", scheduled for {shown_time(schedule)}"
    else:
        result = {
            "outcome": "rejected",
            "to": to,
            "status": outcome.status,
            "error": outcome.reason,
        }
        text = f"rejected: {outcome.status}: {outcome.reason}"
    if args.json:
        write_json(result)
    else:
        sys.stdout.write(text + "\n")
    return ExitStatus.OK if isinstance(outcome, Accepted) else ExitStatus.FAILED


def _send_flags(text: str, args: argparse.Namespace, schedule: int | None) -> str:
    """Return a library message about ``send``'s fields in terms of its flags, as typed."""
    if schedule is not None and text.startswith(f"schedule {schedule} "):
        text = (
            f"--schedule {args.schedule!r} ({shown_time(schedule)})"
            + text[len(f"schedule {schedule}") :]
        )
    return name_flags(text, _SEND_FLAGS)


# The library's names for send's fields, and the flags that set them.
_SEND_FLAGS = {
    "to": "--to",
    "body": "--body",
    "from": "--from",
    "schedule": "--schedule",
    "custom_string": "--custom-string",
    "default_country": "--country",
}

# Columns of each listing's table; --json prints every field.
LISTING_COLUMNS: dict[str, tuple[str, ...]] = {
    "history": ("date", "to", "status", "message_price", "message_id", "custom_string", "body"),
    "receipts": ("timestamp", "status_code", "status_text", "message_id", "custom_string"),
    "inbound": ("timestamp", "from", "to", "message_id", "original_message_id", "body"),
}
# On a narrow terminal these columns are cut, in this order; the rest (number, status, time)
# stay whole.
LISTING_SHRINK: dict[str, tuple[str, ...]] = {
    "history": ("body", "custom_string", "message_id"),
    "receipts": ("custom_string", "message_id", "status_text"),
    "inbound": ("body", "original_message_id", "message_id"),
}
_TIME_FIELDS = frozenset({"date", "timestamp"})
_WIDEST = 40


def _cell(field: str, value: object) -> str:
    if value is None:
        return ""
    if field in _TIME_FIELDS and str(value).isdigit():
        return datetime.fromtimestamp(int(str(value)), UTC).strftime("%Y-%m-%d %H:%M:%S")
    text = str(value).replace("\n", " ")
    return text if len(text) <= _WIDEST else text[: _WIDEST - 1] + "…"


def _history_params(args: argparse.Namespace) -> dict[str, Any]:
    params: dict[str, Any] = {}
    for flag, field in (("--date-from", "date_from"), ("--date-to", "date_to")):
        if getattr(args, field) is not None:
            params[field] = time_option(flag, getattr(args, field))
    if args.query:
        params["q"] = args.query
    return params


def _items(cs: ClickSend, name: str, params: dict[str, Any]) -> AsyncIterator[dict[str, Any]]:
    if name == "history":
        return cs.sms.history(**params)
    if name == "receipts":
        return cs.sms.receipts()
    return cs.sms.inbound()


async def run_listing(args: argparse.Namespace) -> ExitStatus:
    """Run ``history``, ``receipts`` or ``inbound``: JSON lines with --json, else a table.

    Raises:
        UsageError: no credentials, or a time flag that is no time.
        ClickSendError: the listing could not be read.

    """
    name: str = args.command
    if args.limit < 0:
        raise UsageError("--limit must be 0 (all) or more")
    columns = LISTING_COLUMNS[name]
    params = _history_params(args) if name == "history" else {}
    rows: list[list[str]] = []
    shown = 0
    async with open_client(args) as cs:
        items = _items(cs, name, params)
        try:
            async for item in items:
                if args.json:
                    write_json(item)
                else:
                    rows.append([_cell(field, item.get(field)) for field in columns])
                shown += 1
                if args.limit and shown >= args.limit:
                    break
        finally:
            aclose = getattr(items, "aclose", None)
            if aclose is not None:
                await aclose()
    if not args.json:
        if rows:
            print_table(f"{name}: {shown} shown", columns, rows, shrink=LISTING_SHRINK[name])
        else:
            sys.stdout.write(f"{name}: nothing to show\n")
    if not shown and args.sandbox:
        sys.stderr.write(
            f"{PREFIX}note: --sandbox starts a new, empty sandbox for this one command, so it has "
            f"no {_WHAT[name]} yet; run `clicksend-async sandbox` and point --base-url at it to "
            "keep its state between commands\n"
        )
    return ExitStatus.OK


_WHAT = {"history": "history", "receipts": "receipts", "inbound": "inbound messages"}


def _demo_rows(count: int) -> Iterator[tuple[int, dict[str, Any]]]:
    for number in range(1, count + 1):
        to = TEST_NUMBERS[number % len(TEST_NUMBERS)]
        if number % _DEMO_BAD_EVERY == 0:
            to = "0000"
        body = f"Demo message {number}: your code is {number * 7919 % 1000000:06d}"
        yield number, {"to": to, "body": body, "custom_string": f"demo-{number}"}


def _say(args: argparse.Namespace, text: str) -> None:
    if not args.json:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()


async def run_demo(args: argparse.Namespace) -> ExitStatus:
    """Run ``demo``: the library's main job against an embedded sandbox; exit 0.

    Raises:
        UsageError: a message count below 1.

    """
    if args.messages < 1:
        raise UsageError("--messages must be at least 1")
    from clicksend_async.sandbox import (  # noqa: PLC0415 - send and the listings need no sandbox
        TEST_ACCOUNT_KEY,
        Sandbox,
        SandboxSettings,
    )

    receipt_delay = 0.2
    # A balance that no --messages count can use up: the demo is about sending, not credit.
    settings = SandboxSettings(
        receipt_delay=receipt_delay, retry_after=0.2, seed=1, balance=1_000_000_000.0
    )
    async with (
        Sandbox(settings) as sandbox,
        ClickSend("demo", TEST_ACCOUNT_KEY, base_url=sandbox.url) as cs,
    ):
        _say(args, f"Embedded ClickSend sandbox at {sandbox.url}: nothing leaves this machine.")
        _say(
            args,
            f"Sending {args.messages} SMS through the bulk sender, {args.concurrency} requests "
            "at a time.\nThe sandbox answers the first request 429 (it is resent after the wait "
            f"it asks for),\nand every {_DEMO_BAD_EVERY}th message has a malformed number (it is "
            "refused before sending).",
        )
        sandbox.faults.next("send_sms", 1, 429)
        tally = Tally()
        async with Progress(tally, args.messages, interval=args.progress_interval) as progress:
            await send_rows(
                cs,
                _demo_rows(args.messages),
                tally=tally,
                progress=progress,
                results=None,
                concurrency=args.concurrency,
                stop=asyncio.Event(),
            )
        if not args.json:
            show_summary(tally, title="Bulk send", extra={}, as_json=False)
        summary = tally.summary()
        history = await _page_through_history(cs, args)
        await asyncio.sleep(receipt_delay + 0.1)  # the last receipts fall due
        receipts = await _show_receipts(cs, args)
    if args.json:
        write_json({**summary, "history": history, "receipts": receipts})
    return ExitStatus.OK


async def _page_through_history(cs: ClickSend, args: argparse.Namespace) -> dict[str, int]:
    pages = messages = 0
    first: list[dict[str, Any]] = []
    async for page in cs.pages("view_sms_history", limit=100):
        pages += 1
        messages += len(page.items)
        if not first:
            first = page.items[:_SHOWN]
    if not args.json:
        columns = _DEMO_HISTORY
        print_table(
            f"SMS history: paged through {pages} pages of up to 100, {messages} messages; "
            f"the first {len(first)}:",
            columns,
            [[_cell(field, item.get(field)) for field in columns] for item in first],
            shrink=LISTING_SHRINK["history"],
        )
    return {"pages": pages, "messages": messages}


async def _show_receipts(cs: ClickSend, args: argparse.Namespace) -> dict[str, int]:
    statuses: Counter[str] = Counter()
    first: list[dict[str, Any]] = []
    async for item in cs.sms.receipts():
        statuses[str(item.get("status_text") or item.get("status_code"))] += 1
        if len(first) < _SHOWN:
            first.append(item)
    if not args.json:
        columns = _DEMO_RECEIPTS
        counted = "; ".join(f"{count}: {status}" for status, count in statuses.most_common())
        print_table(
            f"Delivery receipts that arrived: {counted or 'none'}; the first {len(first)}:",
            columns,
            [[_cell(field, item.get(field)) for field in columns] for item in first],
            shrink=LISTING_SHRINK["receipts"],
        )
    return dict(statuses)
