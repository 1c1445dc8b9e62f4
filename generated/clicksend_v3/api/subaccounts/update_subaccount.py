"""PUT /subaccounts/{subaccount_id}: Change a subaccount's details or permissions."""

from http import HTTPStatus
from urllib.parse import quote

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.update_subaccount_request import UpdateSubaccountRequest
from ...models.update_subaccount_response import UpdateSubaccountResponse
from ...types import Response

OPERATION_ID = "update_subaccount"
METHOD = "PUT"
PATH = "/subaccounts/{subaccount_id}"


def build_request(
    subaccount_id: str,
    *,
    body: UpdateSubaccountRequest,
) -> Request:
    """Describe the request without sending it."""

    path = PATH.format(
        subaccount_id=quote(str(subaccount_id), safe=""),
    )
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID, json=body.to_dict())


def parse(response: RawResponse) -> UpdateSubaccountResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = UpdateSubaccountResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    expected = (200,)
    raise errors.UnexpectedStatus(response.status, response.content, expected=expected)


async def asyncio_detailed(
    subaccount_id: str,
    *,
    client: Client,
    body: UpdateSubaccountRequest,
) -> Response[UpdateSubaccountResponse]:
    """Change a subaccount's details or permissions.

    PUT /subaccounts/{subaccount_id}

    Args:
        subaccount_id (str):
        body (UpdateSubaccountRequest):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[UpdateSubaccountResponse]
    """

    request = build_request(
        subaccount_id=subaccount_id,
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
    subaccount_id: str,
    *,
    client: Client,
    body: UpdateSubaccountRequest,
) -> UpdateSubaccountResponse:
    """Change a subaccount's details or permissions.

    PUT /subaccounts/{subaccount_id}

    Args:
        subaccount_id (str):
        body (UpdateSubaccountRequest):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        UpdateSubaccountResponse
    """

    request = build_request(
        subaccount_id=subaccount_id,
        body=body,
    )
    return client.decode(parse, request, await client.send(request))
