# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""GET /account/usage/{year}/{month}/subaccount: Get monthly usage broken down by subaccount."""

from http import HTTPStatus
from urllib.parse import quote

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.view_account_usage_response import ViewAccountUsageResponse
from ...types import Operation, Response

OPERATION_ID = "view_account_usage"
METHOD = "GET"
PATH = "/account/usage/{year}/{month}/subaccount"
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
    year: str,
    month: str,
) -> Request:
    """Describe the request without sending it."""

    path = PATH.format(
        year=quote(str(year), safe=""),
        month=quote(str(month), safe=""),
    )
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID)


def parse(response: RawResponse) -> ViewAccountUsageResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = ViewAccountUsageResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    raise errors.UnexpectedStatus(response.status, response.content)


async def asyncio_detailed(
    year: str,
    month: str,
    *,
    client: Client,
) -> Response[ViewAccountUsageResponse]:
    """Get monthly usage broken down by subaccount.

    GET /account/usage/{year}/{month}/subaccount

    Args:
        year (str):
        month (str):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[ViewAccountUsageResponse]
    """

    response = await client.send(
        build_request(
            year=year,
            month=month,
        )
    )
    return Response(
        status_code=HTTPStatus(response.status),
        content=response.content,
        headers=response.headers,
        parsed=parse(response),
    )


async def asyncio(
    year: str,
    month: str,
    *,
    client: Client,
) -> ViewAccountUsageResponse:
    """Get monthly usage broken down by subaccount.

    GET /account/usage/{year}/{month}/subaccount

    Args:
        year (str):
        month (str):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        ViewAccountUsageResponse
    """

    response = await client.send(
        build_request(
            year=year,
            month=month,
        )
    )
    return parse(response)
