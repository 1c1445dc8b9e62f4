# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""PUT /email-campaigns/{email_campaign_id}/cancel: Stop a scheduled email campaign from going out."""

from http import HTTPStatus
from urllib.parse import quote

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.cancel_email_campaign_request import CancelEmailCampaignRequest
from ...models.email_campaign_response import EmailCampaignResponse
from ...types import Operation, Response

OPERATION_ID = "cancel_email_campaign"
METHOD = "PUT"
PATH = "/email-campaigns/{email_campaign_id}/cancel"
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
    email_campaign_id: str,
    *,
    body: CancelEmailCampaignRequest,
) -> Request:
    """Describe the request without sending it."""

    path = PATH.format(
        email_campaign_id=quote(str(email_campaign_id), safe=""),
    )
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID, json=body.to_dict())


def parse(response: RawResponse) -> EmailCampaignResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = EmailCampaignResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    raise errors.UnexpectedStatus(response.status, response.content)


async def asyncio_detailed(
    email_campaign_id: str,
    *,
    client: Client,
    body: CancelEmailCampaignRequest,
) -> Response[EmailCampaignResponse]:
    """Stop a scheduled email campaign from going out.

    PUT /email-campaigns/{email_campaign_id}/cancel

    Args:
        email_campaign_id (str):
        body (CancelEmailCampaignRequest):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[EmailCampaignResponse]
    """

    response = await client.send(
        build_request(
            email_campaign_id=email_campaign_id,
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
    email_campaign_id: str,
    *,
    client: Client,
    body: CancelEmailCampaignRequest,
) -> EmailCampaignResponse:
    """Stop a scheduled email campaign from going out.

    PUT /email-campaigns/{email_campaign_id}/cancel

    Args:
        email_campaign_id (str):
        body (CancelEmailCampaignRequest):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        EmailCampaignResponse
    """

    response = await client.send(
        build_request(
            email_campaign_id=email_campaign_id,
            body=body,
        )
    )
    return parse(response)
