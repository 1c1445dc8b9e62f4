"""Reading what users type on the command line, and saying in one line what is wrong with it.

Times (``--schedule``, ``--date-from``, a CSV's schedule column), ports and listen addresses,
country codes, file encodings and sandbox accounts. Each check raises ``UsageError`` naming the
flag and quoting the value as typed (never a credential). Python names in the library's own
messages are turned into the flags a user typed by ``common.name_flags``.
"""

from __future__ import annotations

import codecs
import errno
import os
import socket
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from clicksend_async._cli.common import UsageError

if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path

# A time without a zone is read in this zone; the help and every error say so.
NAIVE_ZONE = "UTC"
TIME_FORMS = (
    "Unix seconds, or ISO 8601 such as 2030-01-31T09:00 (a time without a zone is "
    f"{NAIVE_ZONE}) or 2030-01-31T09:00+10:00"
)
_HIGHEST_PORT = 65535
# Windows reports socket errors by their WSA numbers rather than errno's.
_IN_USE = frozenset({errno.EADDRINUSE, 10048})
_NOT_HERE = frozenset({errno.EADDRNOTAVAIL, 10049})
_DENIED = frozenset({errno.EACCES, 10013})


def unix_seconds(text: str) -> int:
    """Return Unix seconds from digits or an ISO 8601 date or time (without a zone: UTC).

    Raises:
        ValueError: the text is neither.

    """
    text = text.strip()
    if text.isascii() and text.isdigit():
        return int(text)
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp())


def time_option(flag: str, text: str) -> int:
    """Return the Unix seconds of a time flag's value.

    Raises:
        UsageError: the value is no time, quoted as typed.

    """
    try:
        return unix_seconds(text)
    except (ValueError, OverflowError):
        raise UsageError(f"{flag} {text!r} is not a time: give {TIME_FORMS}") from None


def shown_time(seconds: int) -> str:
    """Return Unix seconds as a readable UTC time."""
    return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def port_option(port: int) -> int:
    """Return ``--port`` unchanged.

    Raises:
        UsageError: it is outside 0 to 65535.

    """
    if not 0 <= port <= _HIGHEST_PORT:
        raise UsageError(
            f"--port {port} is not a port number: use 1 to {_HIGHEST_PORT}, or 0 for any free port"
        )
    return port


def cannot_listen(host: str, port: int, error: OSError) -> UsageError:
    """Return the one-line explanation of why nothing could listen on ``host``:``port``."""
    where = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    if isinstance(error, socket.gaierror):
        reason = f"--host {host!r} is neither an address nor a name this machine can resolve"
    elif error.errno in _IN_USE:
        reason = (
            f"port {port} is already in use; stop what uses it, or choose another --port "
            "(0 picks any free one)"
        )
    elif error.errno in _NOT_HERE:
        reason = (
            f"--host {host} is not an address of this machine; use 127.0.0.1 (this machine "
            "only) or 0.0.0.0 (every interface)"
        )
    elif error.errno in _DENIED:
        reason = "not permitted (ports below 1024 need privileges); choose a --port above 1023"
    else:
        reason = error.strerror or str(error)
    return UsageError(f"cannot listen on {where}: {reason}")


def check_can_listen(host: str, port: int) -> None:
    """Bind every address ``host`` stands for, and let go at once.

    A server that fails to bind mid-start leaves half-started parts behind; checking first
    lets the command stop with one line instead.

    Raises:
        UsageError: ``host`` is unknown or not this machine's, or the port is taken.

    """
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
        for family, kind, protocol, _, address in found:
            with socket.socket(family, kind, protocol) as probe:
                if os.name != "nt":  # as asyncio's server does: a port in TIME_WAIT is free
                    probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                if family == socket.AF_INET6:  # as asyncio's server does
                    probe.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
                probe.bind(address)
    except OSError as error:
        raise cannot_listen(host, port, error) from None


def country_code(text: str) -> str | None:
    """Return a two-letter ISO 3166 code in capitals, or None when ``text`` is not one."""
    code = text.strip().upper()
    if len(code) == 2 and code.isascii() and code.isalpha():  # noqa: PLR2004 - alpha-2
        return code
    return None


def country_option(text: str) -> str:
    """Return ``--country`` in capitals.

    Raises:
        UsageError: it is not two letters.

    """
    code = country_code(text)
    if code is None:
        raise UsageError(
            f"--country {text!r} is not a country code: give ISO 3166's two letters, such as "
            "AU, GB or US"
        )
    return code


def encoding_option(text: str) -> str:
    """Return the codec to read an input file with (UTF-8 also skips a byte-order mark).

    Raises:
        UsageError: Python has no text encoding of that name.

    """
    try:
        "".encode(text)  # also refuses codecs that are not text encodings, such as base64
    except LookupError:
        raise UsageError(
            f"--encoding {text!r} is not a text encoding Python knows; try utf-8, cp1252 or latin-1"
        ) from None
    name = codecs.lookup(text).name
    return "utf-8-sig" if name == "utf-8" else name


def undecodable(path: Path, encoding: str) -> UsageError:
    """Return the error for a file that is not text in ``encoding``, naming the line at fault."""
    decoder = codecs.getincrementaldecoder(encoding)()
    where, byte = str(path), ""
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            try:
                decoder.decode(raw)
            except UnicodeDecodeError as error:
                where = f"{path}, line {number}"
                byte = f"byte 0x{error.object[error.start : error.start + 1].hex()} "
                break
    named = "UTF-8" if encoding == "utf-8-sig" else encoding
    return UsageError(
        f"{where}: {byte}is not {named} text; save the file as UTF-8, or pass --encoding "
        "latin-1 (or the encoding it was saved in, such as cp1252)"
    )


def account_option(text: str) -> tuple[str, str]:
    """Return the username and key of ``--account USER:KEY``.

    Raises:
        UsageError: a part is missing (the value is not quoted: it holds a key).

    """
    username, colon, key = text.partition(":")
    if not colon or not username or not key:
        missing = "colon" if not colon else ("username" if not username else "key")
        raise UsageError(
            f"--account takes USER:KEY, a username and an API key; this one has no {missing}"
        )
    return username, key


def option_flags(names: Iterable[str]) -> dict[str, str]:
    """Return ``{python_name: --flag-name}`` for the names that hold an underscore."""
    return {name: "--" + name.replace("_", "-") for name in names if "_" in name}
