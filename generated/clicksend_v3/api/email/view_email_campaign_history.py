# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""GET /email-campaigns/{email_campaign_id}/history: List per-recipient sending history for an email campaign."""

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.view_email_campaign_history_response import (
    ViewEmailCampaignHistoryResponse,
)
from ...types import UNSET, Operation, Response, Unset, encode_query

OPERATION_ID = "view_email_campaign_history"
METHOD = "GET"
PATH = "/email-campaigns/{email_campaign_id}/history"
OPERATION = Operation(
    id=OPERATION_ID,
    module=__name__,
    method=METHOD,
    path=PATH,
    paged=True,
    idempotent=True,
    unread_queue=False,
)


def build_request(
    email_campaign_id: str,
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Request:
    """Describe the request without sending it."""
    _query: dict[str, Any] = {}
    _query["page"] = page
    _query["limit"] = limit
    params = encode_query(_query)

    path = PATH.format(
        email_campaign_id=quote(str(email_campaign_id), safe=""),
    )
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID, params=params)


def parse(response: RawResponse) -> ViewEmailCampaignHistoryResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = ViewEmailCampaignHistoryResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    raise errors.UnexpectedStatus(response.status, response.content)


async def asyncio_detailed(
    email_campaign_id: str,
    *,
    client: Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ViewEmailCampaignHistoryResponse]:
    """List per-recipient sending history for an email campaign.

    GET /email-campaigns/{email_campaign_id}/history

    Args:
        email_campaign_id (str):
        page (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[ViewEmailCampaignHistoryResponse]
    """

    response = await client.send(
        build_request(
            email_campaign_id=email_campaign_id,
            page=page,
            limit=limit,
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
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ViewEmailCampaignHistoryResponse:
    """List per-recipient sending history for an email campaign.

    GET /email-campaigns/{email_campaign_id}/history

    Args:
        email_campaign_id (str):
        page (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        ViewEmailCampaignHistoryResponse
    """

    response = await client.send(
        build_request(
            email_campaign_id=email_campaign_id,
            page=page,
            limit=limit,
        )
    )
    return parse(response)
