# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""PUT /recharge/purchase/{package_id}: Buy a credit top-up package."""

from http import HTTPStatus
from urllib.parse import quote

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.purchase_recharge_package_response import PurchaseRechargePackageResponse
from ...types import Operation, Response

OPERATION_ID = "purchase_recharge_package"
METHOD = "PUT"
PATH = "/recharge/purchase/{package_id}"
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
    package_id: str,
) -> Request:
    """Describe the request without sending it."""

    path = PATH.format(
        package_id=quote(str(package_id), safe=""),
    )
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID)


def parse(response: RawResponse) -> PurchaseRechargePackageResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = PurchaseRechargePackageResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    raise errors.UnexpectedStatus(response.status, response.content)


async def asyncio_detailed(
    package_id: str,
    *,
    client: Client,
) -> Response[PurchaseRechargePackageResponse]:
    """Buy a credit top-up package.

    PUT /recharge/purchase/{package_id}

    Args:
        package_id (str):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[PurchaseRechargePackageResponse]
    """

    response = await client.send(
        build_request(
            package_id=package_id,
        )
    )
    return Response(
        status_code=HTTPStatus(response.status),
        content=response.content,
        headers=response.headers,
        parsed=parse(response),
    )


async def asyncio(
    package_id: str,
    *,
    client: Client,
) -> PurchaseRechargePackageResponse:
    """Buy a credit top-up package.

    PUT /recharge/purchase/{package_id}

    Args:
        package_id (str):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        PurchaseRechargePackageResponse
    """

    response = await client.send(
        build_request(
            package_id=package_id,
        )
    )
    return parse(response)
