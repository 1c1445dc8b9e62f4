"""GET /senders/default-senders/{default_sender_id}: Fetch one default sender setting."""

from http import HTTPStatus
from urllib.parse import quote

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.get_default_sender_response import GetDefaultSenderResponse
from ...types import Response

OPERATION_ID = "get_default_sender"
METHOD = "GET"
PATH = "/senders/default-senders/{default_sender_id}"


def build_request(
    default_sender_id: str,
) -> Request:
    """Describe the request without sending it."""

    path = PATH.format(
        default_sender_id=quote(str(default_sender_id), safe=""),
    )
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID)


def parse(response: RawResponse) -> GetDefaultSenderResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = GetDefaultSenderResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    expected = (200,)
    raise errors.UnexpectedStatus(response.status, response.content, expected=expected)


async def asyncio_detailed(
    default_sender_id: str,
    *,
    client: Client,
) -> Response[GetDefaultSenderResponse]:
    """Fetch one default sender setting.

    GET /senders/default-senders/{default_sender_id}

    Args:
        default_sender_id (str):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[GetDefaultSenderResponse]
    """

    request = build_request(
        default_sender_id=default_sender_id,
    )
    response = await client.send(request)
    return Response(
        status_code=HTTPStatus(response.status),
        content=response.content,
        headers=response.headers,
        parsed=client.decode(parse, request, response),
    )


async def asyncio(
    default_sender_id: str,
    *,
    client: Client,
) -> GetDefaultSenderResponse:
    """Fetch one default sender setting.

    GET /senders/default-senders/{default_sender_id}

    Args:
        default_sender_id (str):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        GetDefaultSenderResponse
    """

    request = build_request(
        default_sender_id=default_sender_id,
    )
    return client.decode(parse, request, await client.send(request))
