# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""GET /reseller/accounts/{client_user_id}: Fetch details of one reseller client account."""

from http import HTTPStatus
from urllib.parse import quote

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.client_account_response import ClientAccountResponse
from ...types import Operation, Response

OPERATION_ID = "view_client_account"
METHOD = "GET"
PATH = "/reseller/accounts/{client_user_id}"
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
    client_user_id: str,
) -> Request:
    """Describe the request without sending it."""

    path = PATH.format(
        client_user_id=quote(str(client_user_id), safe=""),
    )
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID)


def parse(response: RawResponse) -> ClientAccountResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = ClientAccountResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    raise errors.UnexpectedStatus(response.status, response.content)


async def asyncio_detailed(
    client_user_id: str,
    *,
    client: Client,
) -> Response[ClientAccountResponse]:
    """Fetch details of one reseller client account.

    GET /reseller/accounts/{client_user_id}

    Args:
        client_user_id (str):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[ClientAccountResponse]
    """

    response = await client.send(
        build_request(
            client_user_id=client_user_id,
        )
    )
    return Response(
        status_code=HTTPStatus(response.status),
        content=response.content,
        headers=response.headers,
        parsed=parse(response),
    )


async def asyncio(
    client_user_id: str,
    *,
    client: Client,
) -> ClientAccountResponse:
    """Fetch details of one reseller client account.

    GET /reseller/accounts/{client_user_id}

    Args:
        client_user_id (str):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        ClientAccountResponse
    """

    response = await client.send(
        build_request(
            client_user_id=client_user_id,
        )
    )
    return parse(response)
