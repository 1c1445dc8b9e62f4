# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""GET /lists/{list_id}: Fetch details of one contact list."""

from http import HTTPStatus
from urllib.parse import quote

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.view_list_response import ViewListResponse
from ...types import Operation, Response

OPERATION_ID = "view_list"
METHOD = "GET"
PATH = "/lists/{list_id}"
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
    list_id: str,
) -> Request:
    """Describe the request without sending it."""

    path = PATH.format(
        list_id=quote(str(list_id), safe=""),
    )
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID)


def parse(response: RawResponse) -> ViewListResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = ViewListResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    raise errors.UnexpectedStatus(response.status, response.content)


async def asyncio_detailed(
    list_id: str,
    *,
    client: Client,
) -> Response[ViewListResponse]:
    """Fetch details of one contact list.

    GET /lists/{list_id}

    Args:
        list_id (str):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[ViewListResponse]
    """

    response = await client.send(
        build_request(
            list_id=list_id,
        )
    )
    return Response(
        status_code=HTTPStatus(response.status),
        content=response.content,
        headers=response.headers,
        parsed=parse(response),
    )


async def asyncio(
    list_id: str,
    *,
    client: Client,
) -> ViewListResponse:
    """Fetch details of one contact list.

    GET /lists/{list_id}

    Args:
        list_id (str):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        ViewListResponse
    """

    response = await client.send(
        build_request(
            list_id=list_id,
        )
    )
    return parse(response)
