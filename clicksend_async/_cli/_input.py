"""The input of ``bulk``: checking the CSV's header, reading it a row at a time, rows as messages.

Rows are numbered from 1 in the order ``csv`` reads them: a quoted line break inside a body is
part of its row and blank lines are no rows, so the numbers in the results file (and the rows a
rerun skips) always mean the same rows. The file is never held in memory.

The rows themselves are checked by the library as they are sent (number, body, sender), so a bad
row is reported as rejected in the results rather than stopping the run; only a schedule is read
here, because the CSV gives it as text.
"""

from __future__ import annotations

import csv
import secrets
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from clicksend_async._cli.common import UsageError

if TYPE_CHECKING:
    from collections.abc import Container, Generator, Mapping
    from pathlib import Path

REQUIRED_COLUMNS = ("to", "body")
# utf-8-sig drops the byte-order mark spreadsheet programs put at the start of a CSV.
_ENCODING = "utf-8-sig"


def parse_schedule(text: str) -> int | str:
    """Return a schedule as Unix seconds, from digits or an ISO 8601 time; else unchanged.

    A time without a zone is taken as UTC. Text that is neither is passed on unchanged, so
    that the message is refused with the library's own explanation.
    """
    text = text.strip()
    if text.isdigit():
        return int(text)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return text
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp())


def message_of(row: Mapping[str, str | None], custom_string: str) -> dict[str, Any]:
    """Build the message of one input row (empty optional cells are left out)."""
    message: dict[str, Any] = {
        "to": (row.get("to") or "").strip(),
        "body": row.get("body") or "",
        "custom_string": custom_string,
    }
    sender = (row.get("from") or "").strip()
    if sender:
        message["from"] = sender
    schedule = (row.get("schedule") or "").strip()
    if schedule:
        message["schedule"] = parse_schedule(schedule)
    return message


def check_input(path: Path) -> None:
    """Check that the input file exists and has the required columns.

    Raises:
        UsageError: it cannot be read, or lacks a ``to`` or ``body`` column.

    """
    try:
        with path.open(newline="", encoding=_ENCODING) as handle:
            header = next(csv.reader(handle), None)
    except OSError as error:
        raise UsageError(f"cannot read {path}: {error.strerror or error}") from None
    missing = [name for name in REQUIRED_COLUMNS if name not in (header or [])]
    if missing:
        raise UsageError(
            f"{path} has no {' or '.join(missing)} column; its first line must name the columns "
            "to, body and optionally from, custom_string, schedule"
        )


def count_rows(path: Path) -> int:
    """Return the number of data rows as the bulk command numbers them.

    A quoted line break inside a body is part of its row; blank lines are no rows.
    """
    with path.open(newline="", encoding=_ENCODING) as handle:
        return max(sum(1 for row in csv.reader(handle) if row) - 1, 0)


def read_messages(
    path: Path, skip: Container[int], resend: Mapping[int, str], tag: str
) -> Generator[tuple[int, dict[str, Any]], None, None]:
    """Yield (row number, message) for every row not in ``skip``, reading lazily.

    A row's ``custom_string`` is, in order: the one it was sent with before (``resend``), its
    own cell, or ``<tag>-<row>``; the last is how a row whose request failed ambiguously is
    found in SMS history on the next run.
    """
    with path.open(newline="", encoding=_ENCODING) as handle:
        for number, row in enumerate(csv.DictReader(handle), start=1):
            if number in skip:
                continue
            custom = resend.get(number) or (row.get("custom_string") or "").strip()
            yield number, message_of(row, custom or f"{tag}-{number}")


def new_tag() -> str:
    """Return a random prefix for this run's generated custom_strings."""
    return "csv" + secrets.token_hex(5)
