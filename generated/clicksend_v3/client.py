# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""The seam between endpoint functions and the network.

Every endpoint function builds a :class:`Request` and hands it to ``client.send``, an async
function that owns the connection, auth, retries and logging. Nothing in this package performs
I/O itself, so whoever provides ``send`` decides how requests travel.
"""

import json
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any, NamedTuple, Protocol, TypeVar

from attrs import define

from .types import RequestFiles

__all__ = ["Client", "Decode", "RawResponse", "Request", "Send"]


class Request(NamedTuple):
    """One HTTP request, described but not yet sent.

    ``path`` is relative to the API's base URL (which ends in ``/v3``) with path parameters
    already quoted. At most one of ``json`` and ``files`` is set.

    A named tuple, so it cannot change between the attempts that send it; one is made per
    call, and a tuple is built at a third of the cost of a frozen attrs class.
    """

    method: str
    path: str
    operation_id: str
    params: Sequence[tuple[str, str]] = ()
    json: Any = None
    files: RequestFiles | None = None


_NOT_DECODED: Any = object()


class RawResponse(NamedTuple):
    """What came back: the status, the headers and the body.

    ``decoded`` is the body already decoded as JSON, when the sender had to decode it anyway
    (to check the service's envelope); :meth:`json` then does not decode it a second time.
    A named tuple for the reason :class:`Request` is one.
    """

    status: int
    headers: Mapping[str, str]
    content: bytes
    decoded: Any = _NOT_DECODED

    def __repr__(self) -> str:
        # Not the decoded body: the content shows the same thing once.
        return (
            f"RawResponse(status={self.status!r}, headers={self.headers!r}, "
            f"content={self.content!r})"
        )

    def json(self) -> Any:
        """Return the body decoded as JSON.

        Raises:
            ValueError: the body is not JSON.
        """
        if self.decoded is _NOT_DECODED:
            return json.loads(self.content)
        return self.decoded


Send = Callable[[Request], Awaitable[RawResponse]]


_T = TypeVar("_T")


class Decode(Protocol):
    """Stands between an answer and the operation's ``parse``: maps its errors, reads odd answers.

    Called as ``decode(parse, request, response)``; it returns what ``parse`` returns.
    """

    def __call__(
        self, parse: Callable[[RawResponse], _T], request: Request, response: RawResponse, /
    ) -> _T: ...


@define(slots=True)
class Client:
    """What endpoint functions need: the async function that sends a request.

    ``decode_hook``, when set, is handed every answer together with the operation's ``parse``, so
    the layer that sends can also own how answers are read and which errors come out.
    """

    send: Send
    decode_hook: Decode | None = None

    def decode(
        self, parse: Callable[[RawResponse], _T], request: Request, response: RawResponse
    ) -> _T:
        """Decode ``response`` with ``parse``, through ``decode_hook`` when one is set."""
        if self.decode_hook is None:
            return parse(response)
        return self.decode_hook(parse, request, response)
