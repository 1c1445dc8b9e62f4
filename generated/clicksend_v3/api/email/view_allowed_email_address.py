# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""GET /email/addresses/{email_address_id}: Fetch one registered sender email address."""

from http import HTTPStatus
from urllib.parse import quote

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.allowed_email_address_response import AllowedEmailAddressResponse
from ...types import Operation, Response

OPERATION_ID = "view_allowed_email_address"
METHOD = "GET"
PATH = "/email/addresses/{email_address_id}"
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
    email_address_id: str,
) -> Request:
    """Describe the request without sending it."""

    path = PATH.format(
        email_address_id=quote(str(email_address_id), safe=""),
    )
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID)


def parse(response: RawResponse) -> AllowedEmailAddressResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = AllowedEmailAddressResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    raise errors.UnexpectedStatus(response.status, response.content)


async def asyncio_detailed(
    email_address_id: str,
    *,
    client: Client,
) -> Response[AllowedEmailAddressResponse]:
    """Fetch one registered sender email address.

    GET /email/addresses/{email_address_id}

    Args:
        email_address_id (str):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[AllowedEmailAddressResponse]
    """

    response = await client.send(
        build_request(
            email_address_id=email_address_id,
        )
    )
    return Response(
        status_code=HTTPStatus(response.status),
        content=response.content,
        headers=response.headers,
        parsed=parse(response),
    )


async def asyncio(
    email_address_id: str,
    *,
    client: Client,
) -> AllowedEmailAddressResponse:
    """Fetch one registered sender email address.

    GET /email/addresses/{email_address_id}

    Args:
        email_address_id (str):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        AllowedEmailAddressResponse
    """

    response = await client.send(
        build_request(
            email_address_id=email_address_id,
        )
    )
    return parse(response)
