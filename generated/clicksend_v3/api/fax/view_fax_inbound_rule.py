# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""GET /automations/fax/inbound/{inbound_rule_id}: Fetch one automation rule for incoming faxes."""

from http import HTTPStatus
from urllib.parse import quote

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.fax_inbound_rule_response import FaxInboundRuleResponse
from ...types import Operation, Response

OPERATION_ID = "view_fax_inbound_rule"
METHOD = "GET"
PATH = "/automations/fax/inbound/{inbound_rule_id}"
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
    inbound_rule_id: str,
) -> Request:
    """Describe the request without sending it."""

    path = PATH.format(
        inbound_rule_id=quote(str(inbound_rule_id), safe=""),
    )
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID)


def parse(response: RawResponse) -> FaxInboundRuleResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = FaxInboundRuleResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    raise errors.UnexpectedStatus(response.status, response.content)


async def asyncio_detailed(
    inbound_rule_id: str,
    *,
    client: Client,
) -> Response[FaxInboundRuleResponse]:
    """Fetch one automation rule for incoming faxes.

    GET /automations/fax/inbound/{inbound_rule_id}

    Args:
        inbound_rule_id (str):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[FaxInboundRuleResponse]
    """

    response = await client.send(
        build_request(
            inbound_rule_id=inbound_rule_id,
        )
    )
    return Response(
        status_code=HTTPStatus(response.status),
        content=response.content,
        headers=response.headers,
        parsed=parse(response),
    )


async def asyncio(
    inbound_rule_id: str,
    *,
    client: Client,
) -> FaxInboundRuleResponse:
    """Fetch one automation rule for incoming faxes.

    GET /automations/fax/inbound/{inbound_rule_id}

    Args:
        inbound_rule_id (str):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        FaxInboundRuleResponse
    """

    response = await client.send(
        build_request(
            inbound_rule_id=inbound_rule_id,
        )
    )
    return parse(response)
