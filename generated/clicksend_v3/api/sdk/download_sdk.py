# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""GET /sdk-download/{type_}: Download a client SDK of the given type."""

from http import HTTPStatus
from urllib.parse import quote

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.envelope import Envelope
from ...types import Operation, Response

OPERATION_ID = "download_sdk"
METHOD = "GET"
PATH = "/sdk-download/{type_}"
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
    type_: str,
) -> Request:
    """Describe the request without sending it."""

    path = PATH.format(
        type_=quote(str(type_), safe=""),
    )
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID)


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
    type_: str,
    *,
    client: Client,
) -> Response[Envelope]:
    """Download a client SDK of the given type.

    GET /sdk-download/{type_}

    Args:
        type_ (str):

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
            type_=type_,
        )
    )
    return Response(
        status_code=HTTPStatus(response.status),
        content=response.content,
        headers=response.headers,
        parsed=parse(response),
    )


async def asyncio(
    type_: str,
    *,
    client: Client,
) -> Envelope:
    """Download a client SDK of the given type.

    GET /sdk-download/{type_}

    Args:
        type_ (str):

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
            type_=type_,
        )
    )
    return parse(response)
