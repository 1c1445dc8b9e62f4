# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""PUT /voice/receipts-read: Flag voice delivery receipts as read."""

from http import HTTPStatus
from typing import Any

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.envelope import Envelope
from ...types import UNSET, Operation, Response, Unset, encode_query

OPERATION_ID = "mark_voice_receipts_as_read"
METHOD = "PUT"
PATH = "/voice/receipts-read"
OPERATION = Operation(
    id=OPERATION_ID,
    module=__name__,
    method=METHOD,
    path=PATH,
    paged=False,
    idempotent=True,
    unread_queue=False,
)


def build_request(
    *,
    date_before: int | Unset = UNSET,
) -> Request:
    """Describe the request without sending it."""
    _query: dict[str, Any] = {}
    _query["date_before"] = date_before
    params = encode_query(_query)

    path = PATH
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID, params=params)


def parse(response: RawResponse) -> Envelope:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = Envelope.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    raise errors.UnexpectedStatus(response.status, response.content)


async def asyncio_detailed(
    *,
    client: Client,
    date_before: int | Unset = UNSET,
) -> Response[Envelope]:
    """Flag voice delivery receipts as read.

    PUT /voice/receipts-read

    Args:
        date_before (int | Unset):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[Envelope]
    """

    response = await client.send(
        build_request(
            date_before=date_before,
        )
    )
    return Response(
        status_code=HTTPStatus(response.status),
        content=response.content,
        headers=response.headers,
        parsed=parse(response),
    )


async def asyncio(
    *,
    client: Client,
    date_before: int | Unset = UNSET,
) -> Envelope:
    """Flag voice delivery receipts as read.

    PUT /voice/receipts-read

    Args:
        date_before (int | Unset):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Envelope
    """

    response = await client.send(
        build_request(
            date_before=date_before,
        )
    )
    return parse(response)
