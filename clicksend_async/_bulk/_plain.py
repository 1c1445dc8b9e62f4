"""The common batch, plain ``{to, body}`` messages the library names, kept and sent as columns.

Most bulk input is dicts of a recipient and a body, and the library gives each message its
custom_string ``<run id>-<index>``. Such a batch is checked whole (:func:`plain_columns`), holds
its recipients and bodies as two tuples and its custom_strings as a rule (:class:`OwnCustoms`),
and is written as the request's JSON text by joining those columns
(:func:`PlainMessages.request_body`). No dict and no custom_string object is made per message
unless something reads one (a resend, an answer that must be matched one by one), which then
gets the same message the general path would have built.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import repeat
from json.encoder import encode_basestring as _quoted
from operator import itemgetter
from typing import Any, overload

from clicksend_async._phones import all_e164
from clicksend_async._segments import UCS2_PART
from clicksend_async._validation import MAX_SMS_PARTS

# A body of at most this many characters fits in the allowed parts whatever it holds: the
# smallest budget is UCS-2's (67 UTF-16 units a part) and a part holds at least 33 characters, as
# no character takes more than two units and a pair is never split across parts.
# Bulk runs skip counting the parts of such bodies, the costliest step of checking a message.
ALWAYS_FITS = MAX_SMS_PARTS * (UCS2_PART // 2)

_TO = itemgetter("to")
_BODY = itemgetter("body")


def plain_columns(chunk: list[Any]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """Return the recipients and bodies of a chunk of messages that all pass the checks.

    The fast check of a whole chunk of plain dicts of ``to`` and ``body`` alone, each body short
    enough to fit in the allowed parts whatever it holds, as checking each message would take
    them: a phone number and a body that is not blank, nothing else to look at. It makes no
    Python step per message. None: some message is of another kind, or fails, and each must be
    judged.

    The columns are tuples: a tuple holding only strings leaves the garbage collector's lists
    the first time the collector looks at it, where a list of a batch in flight would be walked
    again by every collection of its generation.
    """
    size = len(chunk)
    if not size or list(map(type, chunk)).count(dict) != size:
        return None
    try:
        tos = tuple(map(_TO, chunk))
        bodies = tuple(map(_BODY, chunk))
        # Each dict holds to and body, so two keys each in all means no other key anywhere.
        if sum(map(len, chunk)) != 2 * size or any(map(str.isspace, bodies)):
            return None
    except (KeyError, TypeError):  # a key missing, or a body that is not a string
        return None
    if not all(bodies) or max(map(len, bodies)) > ALWAYS_FITS or not all_e164(tos):
        return None
    return tos, bodies


def own_custom(run_id: str, index: int) -> str:
    """Return the custom_string the library gives a message that came without one."""
    return f"{run_id}-{index}"


# Every index's digits below the thousands, written as they end an index of four or more
# digits (padded) and as a whole index below 1000: the custom_strings of a batch whose indices
# share their thousands are one prefix and one of these each, so none is made per message.
_PADDED = [f"{n:03d}" for n in range(1000)]
_BELOW_1000 = [str(n) for n in range(1000)]


class OwnCustoms(Sequence[str]):
    """The custom_strings the library gives ``size`` messages from input index ``start`` on.

    Item ``p`` is ``own_custom(run_id, start + p)``, made when read.
    """

    __slots__ = ("run_id", "size", "start")

    def __init__(self, run_id: str, start: int, size: int) -> None:
        self.run_id = run_id
        self.start = start
        self.size = size

    def __len__(self) -> int:
        return self.size

    @overload
    def __getitem__(self, position: int) -> str: ...

    @overload
    def __getitem__(self, position: slice) -> list[str]: ...

    def __getitem__(self, position: int | slice) -> str | list[str]:
        indices = range(self.start, self.start + self.size)[position]
        if isinstance(indices, range):
            return [own_custom(self.run_id, index) for index in indices]
        return own_custom(self.run_id, indices)

    def __iter__(self) -> Iterator[str]:
        return map(own_custom, repeat(self.run_id), range(self.start, self.start + self.size))

    def shared(self) -> tuple[str, list[str]] | None:
        """Return the prefix every custom_string shares and each one's ending after it.

        None when the indices do not all share their thousands (so not one prefix).
        """
        thousands, first = divmod(self.start, 1000)
        if first + self.size > len(_PADDED):
            return None
        if thousands:
            return f"{self.run_id}-{thousands}", _PADDED[first : first + self.size]
        return f"{self.run_id}-", _BELOW_1000[first : first + self.size]

    def joined(self) -> str:
        """Return the custom_strings joined one to a line, without making each one."""
        shared = self.shared()
        if shared is None:
            return "\n".join(self)
        prefix, endings = shared
        return prefix + ("\n" + prefix).join(endings) if endings else ""


# What a JSON string must escape other than tab, newline and carriage return: a quote, a
# backslash and the other control characters. A body holding one (rare) goes through the
# general encoder instead. Each is looked for on its own: a scan for one character is fast.
_FOR_THE_ENCODER = ('"', "\\", *(chr(c) for c in range(0x20) if chr(c) not in "\t\n\r"))
_ESCAPES = (("\t", "\\t"), ("\n", "\\n"), ("\r", "\\r"))


class PlainMessages(Sequence[dict[str, Any]]):
    """A batch of plain messages as columns: recipients, bodies and the library's custom_strings.

    Item ``p`` is ``{"to": tos[p], "body": bodies[p], "custom_string": customs[p]}``, made when
    read, as the general path would have made it.
    """

    __slots__ = ("bodies", "customs", "tos")

    def __init__(self, tos: Sequence[str], bodies: Sequence[str], customs: OwnCustoms) -> None:
        self.tos = tos
        self.bodies = bodies
        self.customs = customs

    def __len__(self) -> int:
        return len(self.tos)

    @overload
    def __getitem__(self, position: int) -> dict[str, Any]: ...

    @overload
    def __getitem__(self, position: slice) -> list[dict[str, Any]]: ...

    def __getitem__(self, position: int | slice) -> dict[str, Any] | list[dict[str, Any]]:
        if isinstance(position, slice):
            return list(self)[position]
        return _message(self.tos[position], self.bodies[position], self.customs[position])

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return map(_message, self.tos, self.bodies, self.customs)

    def request_body(self) -> bytes | None:
        """Return the JSON of a send request of these messages, joined from the columns.

        Each message is written ``{"custom_string":…,"to":…,"body":…}``. The recipients passed
        :func:`plain_columns` (``+`` and digits) and the custom_strings are the library's, so
        neither needs escaping; the bodies are written as they are, tabs and line breaks
        escaped. None, for the general encoder to write: the custom_strings do not share one
        prefix, or a body holds a quote, a backslash, another control character or text that is
        not valid UTF-8.
        """
        shared = self.customs.shared()
        if shared is None or not self.tos or _quoted(shared[0]) != f'"{shared[0]}"':
            return None  # no shared prefix, or one that JSON must escape (never the library's)
        bodies = "".join(self.bodies)
        if any(map(bodies.__contains__, _FOR_THE_ENCODER)):
            return None
        prefix, endings = shared
        size = len(self.tos)
        parts = ['"},{"custom_string":"' + prefix, "", '","to":"', "", '","body":"', ""] * size
        parts[0] = '{"messages":[{"custom_string":"' + prefix
        parts[1::6] = endings
        parts[3::6] = self.tos
        parts[5::6] = self.bodies
        parts.append('"}]}')
        text = "".join(parts)
        for control, escaped in _ESCAPES:
            if control in bodies:
                text = text.replace(control, escaped)
        try:
            return text.encode()
        except UnicodeEncodeError:  # a lone surrogate in a body
            return None


def _message(to: str, body: str, custom: str) -> dict[str, Any]:
    return {"to": to, "body": body, "custom_string": custom}
