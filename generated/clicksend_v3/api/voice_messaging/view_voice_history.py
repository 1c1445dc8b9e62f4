# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""GET /voice/history: List previously sent voice calls."""

from http import HTTPStatus
from typing import Any

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.view_voice_history_response import ViewVoiceHistoryResponse
from ...types import UNSET, Operation, Response, Unset, encode_query

OPERATION_ID = "view_voice_history"
METHOD = "GET"
PATH = "/voice/history"
OPERATION = Operation(
    id=OPERATION_ID,
    module=__name__,
    method=METHOD,
    path=PATH,
    paged=True,
    idempotent=True,
    unread_queue=False,
)


def build_request(
    *,
    date_to: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    operator: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
) -> Request:
    """Describe the request without sending it."""
    _query: dict[str, Any] = {}
    _query["date_to"] = date_to
    _query["limit"] = limit
    _query["operator"] = operator
    _query["order_by"] = order_by
    _query["page"] = page
    params = encode_query(_query)

    path = PATH
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID, params=params)


def parse(response: RawResponse) -> ViewVoiceHistoryResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = ViewVoiceHistoryResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    raise errors.UnexpectedStatus(response.status, response.content)


async def asyncio_detailed(
    *,
    client: Client,
    date_to: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    operator: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
) -> Response[ViewVoiceHistoryResponse]:
    """List previously sent voice calls.

    GET /voice/history

    Args:
        date_to (str | Unset):
        limit (int | Unset):
        operator (str | Unset):
        order_by (str | Unset):
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[ViewVoiceHistoryResponse]
    """

    response = await client.send(
        build_request(
            date_to=date_to,
            limit=limit,
            operator=operator,
            order_by=order_by,
            page=page,
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
    date_to: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    operator: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
) -> ViewVoiceHistoryResponse:
    """List previously sent voice calls.

    GET /voice/history

    Args:
        date_to (str | Unset):
        limit (int | Unset):
        operator (str | Unset):
        order_by (str | Unset):
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        ViewVoiceHistoryResponse
    """

    response = await client.send(
        build_request(
            date_to=date_to,
            limit=limit,
            operator=operator,
            order_by=order_by,
            page=page,
        )
    )
    return parse(response)
