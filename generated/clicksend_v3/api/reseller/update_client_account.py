"""PUT /reseller/accounts/{client_user_id}: Change details of a reseller client account."""

from http import HTTPStatus
from urllib.parse import quote

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.update_client_account_response import UpdateClientAccountResponse
from ...models.update_payment_info_request import UpdatePaymentInfoRequest
from ...types import Response

OPERATION_ID = "update_client_account"
METHOD = "PUT"
PATH = "/reseller/accounts/{client_user_id}"


def build_request(
    client_user_id: str,
    *,
    body: UpdatePaymentInfoRequest,
) -> Request:
    """Describe the request without sending it."""

    path = PATH.format(
        client_user_id=quote(str(client_user_id), safe=""),
    )
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID, json=body.to_dict())


def parse(response: RawResponse) -> UpdateClientAccountResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = UpdateClientAccountResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    expected = (200,)
    raise errors.UnexpectedStatus(response.status, response.content, expected=expected)


async def asyncio_detailed(
    client_user_id: str,
    *,
    client: Client,
    body: UpdatePaymentInfoRequest,
) -> Response[UpdateClientAccountResponse]:
    """Change details of a reseller client account.

    PUT /reseller/accounts/{client_user_id}

    Args:
        client_user_id (str):
        body (UpdatePaymentInfoRequest):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[UpdateClientAccountResponse]
    """

    request = build_request(
        client_user_id=client_user_id,
        body=body,
    )
    response = await client.send(request)
    return Response(
        status_code=HTTPStatus(response.status),
        content=response.content,
        headers=response.headers,
        parsed=client.decode(parse, request, response),
    )


async def asyncio(
    client_user_id: str,
    *,
    client: Client,
    body: UpdatePaymentInfoRequest,
) -> UpdateClientAccountResponse:
    """Change details of a reseller client account.

    PUT /reseller/accounts/{client_user_id}

    Args:
        client_user_id (str):
        body (UpdatePaymentInfoRequest):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        UpdateClientAccountResponse
    """

    request = build_request(
        client_user_id=client_user_id,
        body=body,
    )
    return client.decode(parse, request, await client.send(request))
