# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""PUT /lists/{from_list_id}/contacts/{contact_id}/copy/{to_list_id}: Duplicate a contact into a different list."""

from http import HTTPStatus
from urllib.parse import quote

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.contact_response import ContactResponse
from ...models.object_body import ObjectBody
from ...types import Operation, Response

OPERATION_ID = "copy_contact_to_list"
METHOD = "PUT"
PATH = "/lists/{from_list_id}/contacts/{contact_id}/copy/{to_list_id}"
OPERATION = Operation(
    id=OPERATION_ID,
    module=__name__,
    method=METHOD,
    path=PATH,
    paged=False,
    idempotent=False,
    unread_queue=False,
)


def build_request(
    from_list_id: str,
    contact_id: str,
    to_list_id: str,
    *,
    body: ObjectBody,
) -> Request:
    """Describe the request without sending it."""

    path = PATH.format(
        from_list_id=quote(str(from_list_id), safe=""),
        contact_id=quote(str(contact_id), safe=""),
        to_list_id=quote(str(to_list_id), safe=""),
    )
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID, json=body.to_dict())


def parse(response: RawResponse) -> ContactResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = ContactResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    raise errors.UnexpectedStatus(response.status, response.content)


async def asyncio_detailed(
    from_list_id: str,
    contact_id: str,
    to_list_id: str,
    *,
    client: Client,
    body: ObjectBody,
) -> Response[ContactResponse]:
    """Duplicate a contact into a different list.

    PUT /lists/{from_list_id}/contacts/{contact_id}/copy/{to_list_id}

    Args:
        from_list_id (str):
        contact_id (str):
        to_list_id (str):
        body (ObjectBody):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[ContactResponse]
    """

    response = await client.send(
        build_request(
            from_list_id=from_list_id,
            contact_id=contact_id,
            to_list_id=to_list_id,
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
    from_list_id: str,
    contact_id: str,
    to_list_id: str,
    *,
    client: Client,
    body: ObjectBody,
) -> ContactResponse:
    """Duplicate a contact into a different list.

    PUT /lists/{from_list_id}/contacts/{contact_id}/copy/{to_list_id}

    Args:
        from_list_id (str):
        contact_id (str):
        to_list_id (str):
        body (ObjectBody):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        ContactResponse
    """

    response = await client.send(
        build_request(
            from_list_id=from_list_id,
            contact_id=contact_id,
            to_list_id=to_list_id,
            body=body,
        )
    )
    return parse(response)
