"""The one way the facade calls an operation: the generated module's request, through the seam.

Every short method, every batch of a bulk run and every page of a listing is described by its
generated operation module (``build_request``, ``parse``, ``OPERATION_ID``, ``METHOD``,
``PATH``) and sent by :meth:`Transport.call` (or :meth:`Transport.send` where the decoded body is
wanted). Nothing here builds a request by hand, so an
operation's method and path are written once, in the generated code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from attrs import frozen

from clicksend_async._answers import read_answer

if TYPE_CHECKING:
    from collections.abc import Callable

    from clicksend_v3.client import RawResponse, Request

    from clicksend_async._http import CallOptions, Transport
    from clicksend_async._json import JsonText

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class OperationModule(Protocol[T_co]):
    """A generated operation module, such as ``clicksend_v3.api.sms.cancel_sms``.

    ``T_co`` is what its ``parse`` returns, so :func:`call` is typed by the module it is given.
    """

    # Read-only properties, so that a module's plain constants and functions satisfy them.
    @property
    def OPERATION_ID(self) -> str: ...  # noqa: N802 - the generated modules' constant
    @property
    def METHOD(self) -> str: ...  # noqa: N802 - the generated modules' constant
    @property
    def PATH(self) -> str: ...  # noqa: N802 - the generated modules' constant
    @property
    def build_request(self) -> Callable[..., Request]:
        """Describe the operation's request from its parameters and body."""

    def parse(self, response: RawResponse, /) -> T_co:
        """Decode a successful answer into the operation's response model."""


@frozen
class Seam:
    """What a call needs: the transport that sends it and the client's per-call options."""

    transport: Transport
    options: CallOptions


@frozen
class JsonBody:
    """A body already in its JSON form, handed to ``build_request`` in place of a model.

    A generated ``build_request`` encodes its ``body`` with ``body.to_dict()``. Where the
    facade holds checked dicts already (a bulk batch of 1000 messages, a price quote), building
    models only to turn them back into dicts would cost more than the request.
    """

    payload: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        """Return the payload as it is sent."""
        return self.payload


@frozen
class WrittenBody:
    """A body already written as JSON text, handed to ``build_request`` in place of a model.

    As :class:`JsonBody`, for a bulk batch whose request text is joined from its columns
    (see ``_bulk._plain``): the request's ``json`` is then that text, which the seam sends as is.
    """

    text: JsonText

    def to_dict(self) -> JsonText:
        """Return the text as it is sent."""
        return self.text


async def call(
    seam: Seam,
    operation: OperationModule[T],
    /,
    *args: Any,  # noqa: ANN401 - the operation's own parameters, typed by its build_request
    **kwargs: Any,  # noqa: ANN401
) -> T:
    """Send what ``operation.build_request`` describes; return what ``operation.parse`` reads.

    Raises:
        ClickSendError: as :meth:`Transport.call` does (status, connection, unknown outcome,
            and InvalidResponseError when the answer is not what the operation describes).

    """
    request = operation.build_request(*args, **kwargs)
    # Transport.call's work, without its frame: this is every short method's path.
    reply = await seam.transport.send(request, seam.options)
    return read_answer(operation.parse, request, reply.raw)


async def call_for_body(
    seam: Seam,
    operation: OperationModule[object],
    /,
    *args: Any,  # noqa: ANN401 - the operation's own parameters, typed by its build_request
    **kwargs: Any,  # noqa: ANN401
) -> Any:  # noqa: ANN401 - the decoded JSON, whatever the service sent
    """Like :func:`call`, but return the decoded JSON body instead of the parsed model.

    For the paths where speed matters more than a typed answer: the bulk path reads 1000
    message entries from each answer, which building models for would cost more than the
    request.

    Raises:
        ClickSendError: as :meth:`Transport.send` does (status, connection, unknown outcome).

    """
    reply = await seam.transport.send(operation.build_request(*args, **kwargs), seam.options)
    return reply.body
