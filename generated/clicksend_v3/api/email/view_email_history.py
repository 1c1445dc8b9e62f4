# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""GET /email/history: List previously sent transactional emails."""

from http import HTTPStatus
from typing import Any

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.email_messages_response import EmailMessagesResponse
from ...types import UNSET, Operation, Response, Unset, encode_query

OPERATION_ID = "view_email_history"
METHOD = "GET"
PATH = "/email/history"
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
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Request:
    """Describe the request without sending it."""
    _query: dict[str, Any] = {}
    _query["page"] = page
    _query["limit"] = limit
    params = encode_query(_query)

    path = PATH
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID, params=params)


def parse(response: RawResponse) -> EmailMessagesResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = EmailMessagesResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    raise errors.UnexpectedStatus(response.status, response.content)


async def asyncio_detailed(
    *,
    client: Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[EmailMessagesResponse]:
    """List previously sent transactional emails.

    GET /email/history

    Args:
        page (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[EmailMessagesResponse]
    """

    response = await client.send(
        build_request(
            page=page,
            limit=limit,
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
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> EmailMessagesResponse:
    """List previously sent transactional emails.

    GET /email/history

    Args:
        page (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        EmailMessagesResponse
    """

    response = await client.send(
        build_request(
            page=page,
            limit=limit,
        )
    )
    return parse(response)
