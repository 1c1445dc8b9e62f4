# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""GET /mms/history/export: Get a download link for a file of past MMS."""

from http import HTTPStatus
from typing import Any

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.export_history_response import ExportHistoryResponse
from ...types import UNSET, Operation, Response, Unset, encode_query

OPERATION_ID = "export_mms_history"
METHOD = "GET"
PATH = "/mms/history/export"
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
    filename: str | Unset = UNSET,
    q: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Request:
    """Describe the request without sending it."""
    _query: dict[str, Any] = {}
    _query["filename"] = filename
    _query["q"] = q
    _query["order_by"] = order_by
    _query["date_from"] = date_from
    _query["date_to"] = date_to
    _query["limit"] = limit
    params = encode_query(_query)

    path = PATH
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID, params=params)


def parse(response: RawResponse) -> ExportHistoryResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = ExportHistoryResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    raise errors.UnexpectedStatus(response.status, response.content)


async def asyncio_detailed(
    *,
    client: Client,
    filename: str | Unset = UNSET,
    q: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ExportHistoryResponse]:
    """Get a download link for a file of past MMS.

    GET /mms/history/export

    Args:
        filename (str | Unset):
        q (str | Unset):
        order_by (str | Unset):
        date_from (str | Unset):
        date_to (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[ExportHistoryResponse]
    """

    response = await client.send(
        build_request(
            filename=filename,
            q=q,
            order_by=order_by,
            date_from=date_from,
            date_to=date_to,
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
    filename: str | Unset = UNSET,
    q: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ExportHistoryResponse:
    """Get a download link for a file of past MMS.

    GET /mms/history/export

    Args:
        filename (str | Unset):
        q (str | Unset):
        order_by (str | Unset):
        date_from (str | Unset):
        date_to (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        ExportHistoryResponse
    """

    response = await client.send(
        build_request(
            filename=filename,
            q=q,
            order_by=order_by,
            date_from=date_from,
            date_to=date_to,
            limit=limit,
        )
    )
    return parse(response)
