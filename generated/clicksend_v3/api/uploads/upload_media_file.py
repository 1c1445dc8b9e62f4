# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""POST /uploads: Upload a file and convert it for use in messages."""

from http import HTTPStatus
from typing import Any

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.upload_base_64 import UploadBase64
from ...models.upload_media_file_convert import (
    UploadMediaFileConvert,
)
from ...models.upload_media_file_response import UploadMediaFileResponse
from ...models.upload_multipart import UploadMultipart
from ...types import Operation, Response, encode_query

OPERATION_ID = "upload_media_file"
METHOD = "POST"
PATH = "/uploads"
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
    *,
    body: UploadBase64 | UploadMultipart,
    convert: UploadMediaFileConvert,
) -> Request:
    """Describe the request without sending it."""
    _query: dict[str, Any] = {}
    json_convert: str = convert
    _query["convert"] = json_convert
    params = encode_query(_query)

    path = PATH
    if isinstance(body, UploadBase64):
        return Request(
            method=METHOD, path=path, operation_id=OPERATION_ID, params=params, json=body.to_dict()
        )
    return Request(
        method=METHOD,
        path=path,
        operation_id=OPERATION_ID,
        params=params,
        files=body.to_multipart(),
    )


def parse(response: RawResponse) -> UploadMediaFileResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = UploadMediaFileResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    raise errors.UnexpectedStatus(response.status, response.content)


async def asyncio_detailed(
    *,
    client: Client,
    body: UploadBase64 | UploadMultipart,
    convert: UploadMediaFileConvert,
) -> Response[UploadMediaFileResponse]:
    """Upload a file and convert it for use in messages.

    POST /uploads

    Args:
        convert (UploadMediaFileConvert):
        body (UploadBase64):
        body (UploadMultipart):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[UploadMediaFileResponse]
    """

    response = await client.send(
        build_request(
            body=body,
            convert=convert,
        )
    )
    return Response(
        status_code=HTTPStatus(response.status),
        content=response.content,
        headers=response.headers,
        parsed=parse(response),
    )


async def asyncio(
    *,
    client: Client,
    body: UploadBase64 | UploadMultipart,
    convert: UploadMediaFileConvert,
) -> UploadMediaFileResponse:
    """Upload a file and convert it for use in messages.

    POST /uploads

    Args:
        convert (UploadMediaFileConvert):
        body (UploadBase64):
        body (UploadMultipart):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        UploadMediaFileResponse
    """

    response = await client.send(
        build_request(
            body=body,
            convert=convert,
        )
    )
    return parse(response)
