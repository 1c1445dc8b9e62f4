"""PUT /lists/{from_list_id}/contacts/{contact_id}/transfer/{to_list_id}: Move a contact from one list to another."""

from http import HTTPStatus
from urllib.parse import quote

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.transfer_contact_to_list_body import TransferContactToListBody
from ...models.transfer_contact_to_list_response import TransferContactToListResponse
from ...types import Response

OPERATION_ID = "transfer_contact_to_list"
METHOD = "PUT"
PATH = "/lists/{from_list_id}/contacts/{contact_id}/transfer/{to_list_id}"


def build_request(
    from_list_id: str,
    contact_id: str,
    to_list_id: str,
    *,
    body: TransferContactToListBody,
) -> Request:
    """Describe the request without sending it."""

    path = PATH.format(
        from_list_id=quote(str(from_list_id), safe=""),
        contact_id=quote(str(contact_id), safe=""),
        to_list_id=quote(str(to_list_id), safe=""),
    )
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID, json=body.to_dict())


def parse(response: RawResponse) -> TransferContactToListResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = TransferContactToListResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    expected = (200,)
    raise errors.UnexpectedStatus(response.status, response.content, expected=expected)


async def asyncio_detailed(
    from_list_id: str,
    contact_id: str,
    to_list_id: str,
    *,
    client: Client,
    body: TransferContactToListBody,
) -> Response[TransferContactToListResponse]:
    """Move a contact from one list to another.

    PUT /lists/{from_list_id}/contacts/{contact_id}/transfer/{to_list_id}

    Args:
        from_list_id (str):
        contact_id (str):
        to_list_id (str):
        body (TransferContactToListBody):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[TransferContactToListResponse]
    """

    request = build_request(
        from_list_id=from_list_id,
        contact_id=contact_id,
        to_list_id=to_list_id,
        body=body,
    )
    response = await client.send(request)
    return Response(
        status_code=HTTPStatus(response.status),
        content=response.content,
        headers=response.headers,
        parsed=client.decode(parse, request, response),
    )


async def asyncio(
    from_list_id: str,
    contact_id: str,
    to_list_id: str,
    *,
    client: Client,
    body: TransferContactToListBody,
) -> TransferContactToListResponse:
    """Move a contact from one list to another.

    PUT /lists/{from_list_id}/contacts/{contact_id}/transfer/{to_list_id}

    Args:
        from_list_id (str):
        contact_id (str):
        to_list_id (str):
        body (TransferContactToListBody):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        TransferContactToListResponse
    """

    request = build_request(
        from_list_id=from_list_id,
        contact_id=contact_id,
        to_list_id=to_list_id,
        body=body,
    )
    return client.decode(parse, request, await client.send(request))
