# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""The seam between endpoint functions and the network.

Every endpoint function builds a :class:`Request` and hands it to ``client.send``, an async
function that owns the connection, auth, retries and logging. Nothing in this package performs
I/O itself, so whoever provides ``send`` decides how requests travel.
"""

import json
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from attrs import define, field

from .types import RequestFiles

__all__ = ["Client", "RawResponse", "Request", "Send"]


@define(frozen=True, slots=True)
class Request:
    """One HTTP request, described but not yet sent.

    ``path`` is relative to the API's base URL (which ends in ``/v3``) with path parameters
    already quoted. At most one of ``json`` and ``files`` is set.
    """

    method: str
    path: str
    operation_id: str
    params: list[tuple[str, str]] = field(factory=list)
    json: Any = None
    files: RequestFiles | None = None


_NOT_DECODED: Any = object()


@define(frozen=True, slots=True)
class RawResponse:
    """What came back: the status, the headers and the body.

    ``decoded`` is the body already decoded as JSON, when the sender had to decode it anyway
    (to check the service's envelope); :meth:`json` then does not decode it a second time.
    """

    status: int
    headers: Mapping[str, str]
    content: bytes
    decoded: Any = field(default=_NOT_DECODED, repr=False)

    def json(self) -> Any:
        """Return the body decoded as JSON.

        Raises:
            ValueError: the body is not JSON.
        """
        if self.decoded is _NOT_DECODED:
            return json.loads(self.content)
        return self.decoded


Send = Callable[[Request], Awaitable[RawResponse]]


@define(slots=True)
class Client:
    """What endpoint functions need: the async function that sends a request."""

    send: Send
