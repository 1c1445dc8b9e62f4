# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""GET /senders/default-senders/{default_sender_id}: Fetch one default sender setting."""

from http import HTTPStatus
from urllib.parse import quote

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.default_sender_response import DefaultSenderResponse
from ...types import Operation, Response

OPERATION_ID = "get_default_sender"
METHOD = "GET"
PATH = "/senders/default-senders/{default_sender_id}"
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
    default_sender_id: str,
) -> Request:
    """Describe the request without sending it."""

    path = PATH.format(
        default_sender_id=quote(str(default_sender_id), safe=""),
    )
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID)


def parse(response: RawResponse) -> DefaultSenderResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = DefaultSenderResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    raise errors.UnexpectedStatus(response.status, response.content)


async def asyncio_detailed(
    default_sender_id: str,
    *,
    client: Client,
) -> Response[DefaultSenderResponse]:
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
        Response[DefaultSenderResponse]
    """

    response = await client.send(
        build_request(
            default_sender_id=default_sender_id,
        )
    )
    return Response(
        status_code=HTTPStatus(response.status),
        content=response.content,
        headers=response.headers,
        parsed=parse(response),
    )


async def asyncio(
    default_sender_id: str,
    *,
    client: Client,
) -> DefaultSenderResponse:
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
        DefaultSenderResponse
    """

    response = await client.send(
        build_request(
            default_sender_id=default_sender_id,
        )
    )
    return parse(response)
