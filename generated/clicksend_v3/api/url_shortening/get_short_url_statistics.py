# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""GET /short-url/statistics/{source}/{source_id}: Get click totals and breakdowns for a shortened link."""

from http import HTTPStatus
from urllib.parse import quote

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.get_short_url_statistics_source import (
    GetShortUrlStatisticsSource,
)
from ...models.get_statistics import GetStatistics
from ...types import Operation, Response

OPERATION_ID = "get_short_url_statistics"
METHOD = "GET"
PATH = "/short-url/statistics/{source}/{source_id}"
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
    source: GetShortUrlStatisticsSource,
    source_id: str,
) -> Request:
    """Describe the request without sending it."""

    path = PATH.format(
        source=quote(str(source), safe=""),
        source_id=quote(str(source_id), safe=""),
    )
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID)


def parse(response: RawResponse) -> GetStatistics:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = GetStatistics.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    raise errors.UnexpectedStatus(response.status, response.content)


async def asyncio_detailed(
    source: GetShortUrlStatisticsSource,
    source_id: str,
    *,
    client: Client,
) -> Response[GetStatistics]:
    """Get click totals and breakdowns for a shortened link.

    GET /short-url/statistics/{source}/{source_id}

    Args:
        source (GetShortUrlStatisticsSource):
        source_id (str):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[GetStatistics]
    """

    response = await client.send(
        build_request(
            source=source,
            source_id=source_id,
        )
    )
    return Response(
        status_code=HTTPStatus(response.status),
        content=response.content,
        headers=response.headers,
        parsed=parse(response),
    )


async def asyncio(
    source: GetShortUrlStatisticsSource,
    source_id: str,
    *,
    client: Client,
) -> GetStatistics:
    """Get click totals and breakdowns for a shortened link.

    GET /short-url/statistics/{source}/{source_id}

    Args:
        source (GetShortUrlStatisticsSource):
        source_id (str):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        GetStatistics
    """

    response = await client.send(
        build_request(
            source=source,
            source_id=source_id,
        )
    )
    return parse(response)
