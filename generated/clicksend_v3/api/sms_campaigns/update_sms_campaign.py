# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""PUT /sms-campaigns/{sms_campaign_id}: Change a scheduled SMS campaign."""

from http import HTTPStatus
from urllib.parse import quote

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.calculate_sms_campaign_price_request import (
    CalculateSmsCampaignPriceRequest,
)
from ...models.sms_campaign_response import SmsCampaignResponse
from ...types import Operation, Response

OPERATION_ID = "update_sms_campaign"
METHOD = "PUT"
PATH = "/sms-campaigns/{sms_campaign_id}"
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
    sms_campaign_id: str,
    *,
    body: CalculateSmsCampaignPriceRequest,
) -> Request:
    """Describe the request without sending it."""

    path = PATH.format(
        sms_campaign_id=quote(str(sms_campaign_id), safe=""),
    )
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID, json=body.to_dict())


def parse(response: RawResponse) -> SmsCampaignResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = SmsCampaignResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    raise errors.UnexpectedStatus(response.status, response.content)


async def asyncio_detailed(
    sms_campaign_id: str,
    *,
    client: Client,
    body: CalculateSmsCampaignPriceRequest,
) -> Response[SmsCampaignResponse]:
    """Change a scheduled SMS campaign.

    PUT /sms-campaigns/{sms_campaign_id}

    Args:
        sms_campaign_id (str):
        body (CalculateSmsCampaignPriceRequest):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[SmsCampaignResponse]
    """

    response = await client.send(
        build_request(
            sms_campaign_id=sms_campaign_id,
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
    sms_campaign_id: str,
    *,
    client: Client,
    body: CalculateSmsCampaignPriceRequest,
) -> SmsCampaignResponse:
    """Change a scheduled SMS campaign.

    PUT /sms-campaigns/{sms_campaign_id}

    Args:
        sms_campaign_id (str):
        body (CalculateSmsCampaignPriceRequest):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        SmsCampaignResponse
    """

    response = await client.send(
        build_request(
            sms_campaign_id=sms_campaign_id,
            body=body,
        )
    )
    return parse(response)
