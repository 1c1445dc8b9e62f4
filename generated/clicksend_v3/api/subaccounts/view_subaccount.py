# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""GET /subaccounts/{subaccount_id}: Fetch details of one subaccount."""

from http import HTTPStatus
from urllib.parse import quote

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.subaccount_response import SubaccountResponse
from ...types import Operation, Response

OPERATION_ID = "view_subaccount"
METHOD = "GET"
PATH = "/subaccounts/{subaccount_id}"
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
    subaccount_id: str,
) -> Request:
    """Describe the request without sending it."""

    path = PATH.format(
        subaccount_id=quote(str(subaccount_id), safe=""),
    )
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID)


def parse(response: RawResponse) -> SubaccountResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = SubaccountResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    raise errors.UnexpectedStatus(response.status, response.content)


async def asyncio_detailed(
    subaccount_id: str,
    *,
    client: Client,
) -> Response[SubaccountResponse]:
    """Fetch details of one subaccount.

    GET /subaccounts/{subaccount_id}

    Args:
        subaccount_id (str):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[SubaccountResponse]
    """

    response = await client.send(
        build_request(
            subaccount_id=subaccount_id,
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
) -> SubaccountResponse:
    """Fetch details of one subaccount.

    GET /subaccounts/{subaccount_id}

    Args:
        subaccount_id (str):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        SubaccountResponse
    """

    response = await client.send(
        build_request(
            subaccount_id=subaccount_id,
        )
    )
    return parse(response)
