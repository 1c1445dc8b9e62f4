# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""POST /email-campaigns/price: Estimate the cost of an email campaign before sending it."""

from http import HTTPStatus

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.calculate_email_campaign_price_request import (
    CalculateEmailCampaignPriceRequest,
)
from ...models.calculate_email_campaign_price_response import (
    CalculateEmailCampaignPriceResponse,
)
from ...types import Operation, Response

OPERATION_ID = "calculate_email_campaign_price"
METHOD = "POST"
PATH = "/email-campaigns/price"
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
    *,
    body: CalculateEmailCampaignPriceRequest,
) -> Request:
    """Describe the request without sending it."""

    path = PATH
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID, json=body.to_dict())


def parse(response: RawResponse) -> CalculateEmailCampaignPriceResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = CalculateEmailCampaignPriceResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    raise errors.UnexpectedStatus(response.status, response.content)


async def asyncio_detailed(
    *,
    client: Client,
    body: CalculateEmailCampaignPriceRequest,
) -> Response[CalculateEmailCampaignPriceResponse]:
    """Estimate the cost of an email campaign before sending it.

    POST /email-campaigns/price

    Args:
        body (CalculateEmailCampaignPriceRequest):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[CalculateEmailCampaignPriceResponse]
    """

    response = await client.send(
        build_request(
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
    *,
    client: Client,
    body: CalculateEmailCampaignPriceRequest,
) -> CalculateEmailCampaignPriceResponse:
    """Estimate the cost of an email campaign before sending it.

    POST /email-campaigns/price

    Args:
        body (CalculateEmailCampaignPriceRequest):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        CalculateEmailCampaignPriceResponse
    """

    response = await client.send(
        build_request(
            body=body,
        )
    )
    return parse(response)
