"""The input of ``bulk``: checking the CSV's header, reading it a row at a time, rows as messages.

Rows are numbered from 1 in the order ``csv`` reads them: a quoted line break inside a body is
part of its row and blank lines are no rows, so the numbers in the results file (and the rows a
rerun skips) always mean the same rows. The file is never held in memory.

The rows themselves are checked by the library as they are sent (number, body, sender), so a bad
row is reported as rejected in the results rather than stopping the run. Read here are only what
the CSV gives as text (a schedule) and a number written without ``+`` with a country (the row's
``country`` cell, else ``--country``); a row whose country or number is no good becomes a
``Refused`` row, reported as rejected in the same way.
"""

from __future__ import annotations

import contextlib
import csv
import secrets
from typing import TYPE_CHECKING, Any, TextIO

import attrs

from clicksend_async import ValidationError
from clicksend_async._cli._checks import country_code, undecodable, unix_seconds
from clicksend_async._cli.common import UsageError, name_flags
from clicksend_async.messages import normalise_phone

if TYPE_CHECKING:
    from collections.abc import Container, Generator, Iterator, Mapping
    from pathlib import Path

REQUIRED_COLUMNS = ("to", "body")
OPTIONAL_COLUMNS = ("from", "custom_string", "schedule", "country")
# utf-8-sig drops the byte-order mark spreadsheet programs put at the start of a CSV.
DEFAULT_ENCODING = "utf-8-sig"


@attrs.frozen
class Refused:
    """A row refused before sending (its country is no country, or its number no number)."""

    to: str
    custom_string: str
    reason: str


def parse_schedule(text: str) -> int | str:
    """Return a schedule as Unix seconds, from digits or an ISO 8601 time; else unchanged.

    A time without a zone is taken as UTC. Text that is neither is passed on unchanged, so
    that the message is refused with the library's own explanation.
    """
    try:
        return unix_seconds(text)
    except (ValueError, OverflowError):
        return text


def message_of(
    row: Mapping[str, str | None], custom_string: str, country: str | None = None
) -> dict[str, Any] | Refused:
    """Build the message of one input row (empty optional cells are left out).

    A row's ``country`` cell, else ``country`` (``--country``), lets its number be written
    without ``+``: it is then made international here, or the row is refused.
    """
    to = (row.get("to") or "").strip()
    cell = (row.get("country") or "").strip()
    if cell:
        country = country_code(cell)
        if country is None:
            reason = f"country {cell!r} is not a country code such as AU, GB or US"
            return Refused(to, custom_string, reason)
    if country is not None and not to.startswith("+"):
        try:
            to = normalise_phone(to, country)
        except ValidationError as error:
            reason = name_flags(str(error), {"default_country": "--country or a country column"})
            return Refused(to, custom_string, reason)
    message: dict[str, Any] = {
        "to": to,
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


@contextlib.contextmanager
def _reading(path: Path, encoding: str) -> Iterator[TextIO]:
    """Open the input; a byte that is not ``encoding`` text is reported with its line."""
    try:
        with path.open(newline="", encoding=encoding) as handle:
            yield handle
    except UnicodeDecodeError:
        raise undecodable(path, encoding) from None


def check_input(path: Path, encoding: str = DEFAULT_ENCODING) -> None:
    """Check that the input file exists and has the required columns.

    Raises:
        UsageError: it cannot be read, is not text in ``encoding``, or lacks a ``to`` or
            ``body`` column.

    """
    try:
        with _reading(path, encoding) as handle:
            header = next(csv.reader(handle), None)
    except OSError as error:
        raise UsageError(f"cannot read {path}: {error.strerror or error}") from None
    missing = [name for name in REQUIRED_COLUMNS if name not in (header or [])]
    if missing:
        raise UsageError(
            f"{path} has no {' or '.join(missing)} column; its first line must name the columns "
            f"to, body and optionally {', '.join(OPTIONAL_COLUMNS)}"
        )


def count_rows(path: Path, encoding: str = DEFAULT_ENCODING) -> int:
    """Return the number of data rows as the bulk command numbers them.

    A quoted line break inside a body is part of its row; blank lines are no rows.

    Raises:
        UsageError: the file is not text in ``encoding`` (the line at fault is named).

    """
    with _reading(path, encoding) as handle:
        return max(sum(1 for row in csv.reader(handle) if row) - 1, 0)


def read_messages(
    path: Path,
    skip: Container[int],
    resend: Mapping[int, str],
    tag: str,
    *,
    encoding: str = DEFAULT_ENCODING,
    country: str | None = None,
) -> Generator[tuple[int, dict[str, Any] | Refused], None, None]:
    """Yield (row number, message or refusal) for every row not in ``skip``, reading lazily.

    A row's ``custom_string`` is, in order: the one it was sent with before (``resend``), its
    own cell, or ``<tag>-<row>``; the last is how a row whose request failed ambiguously is
    found in SMS history on the next run.

    Raises:
        UsageError: the file is not text in ``encoding`` (the line at fault is named).

    """
    with _reading(path, encoding) as handle:
        for number, row in enumerate(csv.DictReader(handle), start=1):
            if number in skip:
                continue
            custom = resend.get(number) or (row.get("custom_string") or "").strip()
            yield number, message_of(row, custom or f"{tag}-{number}", country)


def new_tag() -> str:
    """Return a random prefix for this run's generated custom_strings."""
    return "csv" + secrets.token_hex(5)
