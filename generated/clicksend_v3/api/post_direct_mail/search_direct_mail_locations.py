# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""GET /post/direct-mail/locations/search/{country}: Look up direct mail delivery areas in a country."""

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.envelope import Envelope
from ...types import UNSET, Operation, Response, Unset, encode_query

OPERATION_ID = "search_direct_mail_locations"
METHOD = "GET"
PATH = "/post/direct-mail/locations/search/{country}"
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
    country: str,
    *,
    query: str | Unset = UNSET,
    q: str | Unset = UNSET,
) -> Request:
    """Describe the request without sending it."""
    _query: dict[str, Any] = {}
    _query["query"] = query
    _query["q"] = q
    params = encode_query(_query)

    path = PATH.format(
        country=quote(str(country), safe=""),
    )
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID, params=params)


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
    country: str,
    *,
    client: Client,
    query: str | Unset = UNSET,
    q: str | Unset = UNSET,
) -> Response[Envelope]:
    """Look up direct mail delivery areas in a country.

    GET /post/direct-mail/locations/search/{country}

    Args:
        country (str):
        query (str | Unset):
        q (str | Unset):

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
            country=country,
            query=query,
            q=q,
        )
    )
    return Response(
        status_code=HTTPStatus(response.status),
        content=response.content,
        headers=response.headers,
        parsed=parse(response),
    )


async def asyncio(
    country: str,
    *,
    client: Client,
    query: str | Unset = UNSET,
    q: str | Unset = UNSET,
) -> Envelope:
    """Look up direct mail delivery areas in a country.

    GET /post/direct-mail/locations/search/{country}

    Args:
        country (str):
        query (str | Unset):
        q (str | Unset):

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
            country=country,
            query=query,
            q=q,
        )
    )
    return parse(response)
