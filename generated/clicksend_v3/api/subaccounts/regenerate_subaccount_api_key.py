# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""PUT /subaccounts/{subaccount_id}/regen-api-key: Issue a fresh API key for a subaccount."""

from http import HTTPStatus
from urllib.parse import quote

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.generate_new_api_key_request import GenerateNewApiKeyRequest
from ...models.regenerate_subaccount_api_key_response import (
    RegenerateSubaccountApiKeyResponse,
)
from ...types import Operation, Response

OPERATION_ID = "regenerate_subaccount_api_key"
METHOD = "PUT"
PATH = "/subaccounts/{subaccount_id}/regen-api-key"
OPERATION = Operation(
    id=OPERATION_ID,
    module=__name__,
    method=METHOD,
    path=PATH,
    paged=False,
    idempotent=False,
    unread_queue=False,
)


def build_request(
    subaccount_id: str,
    *,
    body: GenerateNewApiKeyRequest,
) -> Request:
    """Describe the request without sending it."""

    path = PATH.format(
        subaccount_id=quote(str(subaccount_id), safe=""),
    )
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID, json=body.to_dict())


def parse(response: RawResponse) -> RegenerateSubaccountApiKeyResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = RegenerateSubaccountApiKeyResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    raise errors.UnexpectedStatus(response.status, response.content)


async def asyncio_detailed(
    subaccount_id: str,
    *,
    client: Client,
    body: GenerateNewApiKeyRequest,
) -> Response[RegenerateSubaccountApiKeyResponse]:
    """Issue a fresh API key for a subaccount.

    PUT /subaccounts/{subaccount_id}/regen-api-key

    Args:
        subaccount_id (str):
        body (GenerateNewApiKeyRequest):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[RegenerateSubaccountApiKeyResponse]
    """

    response = await client.send(
        build_request(
            subaccount_id=subaccount_id,
            body=body,
        )
    )
    return Response(
        status_code=HTTPStatus(response.status),
        content=response.content,
        headers=response.headers,
        parsed=parse(response),
    )


async def asyncio(
    subaccount_id: str,
    *,
    client: Client,
    body: GenerateNewApiKeyRequest,
) -> RegenerateSubaccountApiKeyResponse:
    """Issue a fresh API key for a subaccount.

    PUT /subaccounts/{subaccount_id}/regen-api-key

    Args:
        subaccount_id (str):
        body (GenerateNewApiKeyRequest):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        RegenerateSubaccountApiKeyResponse
    """

    response = await client.send(
        build_request(
            subaccount_id=subaccount_id,
            body=body,
        )
    )
    return parse(response)
