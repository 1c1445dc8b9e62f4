# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""GET /sms-campaigns/{campaign_id}/link-tracking: List campaign links and which recipients opened them."""

from http import HTTPStatus
from urllib.parse import quote

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.envelope import Envelope
from ...types import Operation, Response

OPERATION_ID = "view_sms_campaign_link_tracking"
METHOD = "GET"
PATH = "/sms-campaigns/{campaign_id}/link-tracking"
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
    campaign_id: str,
) -> Request:
    """Describe the request without sending it."""

    path = PATH.format(
        campaign_id=quote(str(campaign_id), safe=""),
    )
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID)


def parse(response: RawResponse) -> Envelope:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = Envelope.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    raise errors.UnexpectedStatus(response.status, response.content)


async def asyncio_detailed(
    campaign_id: str,
    *,
    client: Client,
) -> Response[Envelope]:
    """List campaign links and which recipients opened them.

    GET /sms-campaigns/{campaign_id}/link-tracking

    Args:
        campaign_id (str):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[Envelope]
    """

    response = await client.send(
        build_request(
            campaign_id=campaign_id,
        )
    )
    return Response(
        status_code=HTTPStatus(response.status),
        content=response.content,
        headers=response.headers,
        parsed=parse(response),
    )


async def asyncio(
    campaign_id: str,
    *,
    client: Client,
) -> Envelope:
    """List campaign links and which recipients opened them.

    GET /sms-campaigns/{campaign_id}/link-tracking

    Args:
        campaign_id (str):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Envelope
    """

    response = await client.send(
        build_request(
            campaign_id=campaign_id,
        )
    )
    return parse(response)
