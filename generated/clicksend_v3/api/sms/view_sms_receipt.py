"""GET /sms/receipts/{message_id}: Fetch the delivery receipt for one SMS message."""

from http import HTTPStatus
from urllib.parse import quote

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.view_sms_receipt_response import ViewSmsReceiptResponse
from ...types import Response

OPERATION_ID = "view_sms_receipt"
METHOD = "GET"
PATH = "/sms/receipts/{message_id}"


def build_request(
    message_id: str,
) -> Request:
    """Describe the request without sending it."""

    path = PATH.format(
        message_id=quote(str(message_id), safe=""),
    )
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID)


def parse(response: RawResponse) -> ViewSmsReceiptResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = ViewSmsReceiptResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    expected = (200,)
    raise errors.UnexpectedStatus(response.status, response.content, expected=expected)


async def asyncio_detailed(
    message_id: str,
    *,
    client: Client,
) -> Response[ViewSmsReceiptResponse]:
    """Fetch the delivery receipt for one SMS message.

    GET /sms/receipts/{message_id}

    Args:
        message_id (str):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[ViewSmsReceiptResponse]
    """

    request = build_request(
        message_id=message_id,
    )
    response = await client.send(request)
    return Response(
        status_code=HTTPStatus(response.status),
        content=response.content,
        headers=response.headers,
        parsed=client.decode(parse, request, response),
    )


async def asyncio(
    message_id: str,
    *,
    client: Client,
) -> ViewSmsReceiptResponse:
    """Fetch the delivery receipt for one SMS message.

    GET /sms/receipts/{message_id}

    Args:
        message_id (str):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        ViewSmsReceiptResponse
    """

    request = build_request(
        message_id=message_id,
    )
    return client.decode(parse, request, await client.send(request))
