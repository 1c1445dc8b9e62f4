# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""GET /short-url/tracking/{long_url_id}: See which recipients opened a shortened link."""

from http import HTTPStatus
from urllib.parse import quote

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.get_tracking import GetTracking
from ...types import Operation, Response

OPERATION_ID = "get_short_url_tracking"
METHOD = "GET"
PATH = "/short-url/tracking/{long_url_id}"
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
    long_url_id: str,
) -> Request:
    """Describe the request without sending it."""

    path = PATH.format(
        long_url_id=quote(str(long_url_id), safe=""),
    )
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID)


def parse(response: RawResponse) -> GetTracking:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = GetTracking.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    raise errors.UnexpectedStatus(response.status, response.content)


async def asyncio_detailed(
    long_url_id: str,
    *,
    client: Client,
) -> Response[GetTracking]:
    """See which recipients opened a shortened link.

    GET /short-url/tracking/{long_url_id}

    Args:
        long_url_id (str):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[GetTracking]
    """

    response = await client.send(
        build_request(
            long_url_id=long_url_id,
        )
    )
    return Response(
        status_code=HTTPStatus(response.status),
        content=response.content,
        headers=response.headers,
        parsed=parse(response),
    )


async def asyncio(
    long_url_id: str,
    *,
    client: Client,
) -> GetTracking:
    """See which recipients opened a shortened link.

    GET /short-url/tracking/{long_url_id}

    Args:
        long_url_id (str):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        GetTracking
    """

    response = await client.send(
        build_request(
            long_url_id=long_url_id,
        )
    )
    return parse(response)
