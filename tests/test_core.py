"""The generated core sends through the HTTP seam to a real loopback server."""

from __future__ import annotations

import base64
from io import BytesIO

import pytest
from aiohttp import web
from clicksend_v3 import errors
from clicksend_v3.api.numbers import view_numbers
from clicksend_v3.api.sms import send_sms, view_sms_history, view_sms_receipt
from clicksend_v3.api.uploads import upload_media_file
from clicksend_v3.models import SendSmsRequest, SendSmsRequestMessagesInner, UploadMultipart
from clicksend_v3.types import File
from support.recorder import Recorder, Seen, envelope, json_body

SENT = {
    "total_price": 0.0792,
    "total_count": 1,
    "queued_count": 1,
    "messages": [
        {
            "to": "+61411111111",
            "body": "hello",
            "message_id": "1ABC3200-C38C-6308-BE4B-C7C51D01DCF0",
            "message_parts": 1,
            "message_price": "0.0792",
            "list_id": None,
            "custom_string": "",
            "status": "SUCCESS",
        }
    ],
}


async def test_json_post_sends_the_body_and_parses_the_answer(recorder: Recorder, client) -> None:
    """send_sms posts the messages as JSON and decodes the typed answer."""
    recorder.answer["/v3/sms/send"] = lambda _r, _s: envelope(SENT)
    body = SendSmsRequest(
        messages=[SendSmsRequestMessagesInner(body="hello", to="+61411111111", source="tests")]
    )
    answer = await send_sms.asyncio(client=client, body=body)

    (seen,) = recorder.seen
    assert seen.method == "POST"
    assert seen.path == "/v3/sms/send"
    assert seen.headers["Content-Type"] == "application/json"
    assert json_body(seen) == {
        "messages": [{"body": "hello", "to": "+61411111111", "source": "tests"}]
    }
    assert answer.response_code == "SUCCESS"
    assert answer.data is not None
    message = answer.data.messages[0]
    assert message.message_price == "0.0792"
    assert message.message_id == "1ABC3200-C38C-6308-BE4B-C7C51D01DCF0"


async def test_basic_auth_and_user_agent_headers(recorder: Recorder, client) -> None:
    """Every request carries Basic auth for the credentials and the library's User-Agent."""
    recorder.answer["/v3/sms/history"] = lambda _r, _s: envelope({"data": []})
    await view_sms_history.asyncio(client=client)
    (seen,) = recorder.seen
    scheme, token = seen.headers["Authorization"].split(" ")
    assert scheme == "Basic"
    assert base64.b64decode(token) == b"user:secret-key"
    assert seen.headers["User-Agent"].startswith("clicksend-async/")


async def test_get_with_query_and_page_parameters(recorder: Recorder, client) -> None:
    """view_sms_history sends page, limit and filters as query parameters and nothing unset."""
    page = {
        "total": 40,
        "per_page": 15,
        "current_page": 2,
        "last_page": 3,
        "next_page_url": None,
        "prev_page_url": None,
        "from": 16,
        "to": 30,
        "data": [{"message_id": "X", "status_code": "201", "schedule": "1715660441"}],
    }
    recorder.answer["/v3/sms/history"] = lambda _r, _s: envelope(page)
    answer = await view_sms_history.asyncio(
        client=client, page=2, limit=15, q="to:+61411111111", date_from=1700000000
    )
    (seen,) = recorder.seen
    assert seen.method == "GET"
    assert seen.query == [
        ("page", "2"),
        ("limit", "15"),
        ("q", "to:+61411111111"),
        ("date_from", "1700000000"),
    ]
    assert answer.data is not None
    assert answer.data.current_page == 2
    assert answer.data.last_page == 3
    assert answer.data.data is not None
    # status_code and schedule arrive as strings in real answers and must still parse.
    assert answer.data.data[0].status_code == "201"


async def test_bool_query_values_are_sent_as_digits(recorder: Recorder, client) -> None:
    """A boolean query parameter, which aiohttp refuses as a bool, is sent as 1 or 0."""
    recorder.answer["/v3/numbers"] = lambda _r, _s: envelope({"data": []})
    await view_numbers.asyncio(client=client, exclude_10dlc_campaign=True)
    await view_numbers.asyncio(client=client, exclude_10dlc_campaign=False)
    assert [dict(s.query)["exclude_10dlc_campaign"] for s in recorder.seen] == ["1", "0"]


async def test_path_parameter_is_quoted_and_keeps_the_v3_prefix(recorder: Recorder, client) -> None:
    """A path parameter lands in the path, quoted, under the base URL's /v3."""
    received: list[str] = []

    def answer(request: web.Request, _seen: Seen) -> web.Response:
        received.append(request.raw_path)
        return envelope({"message_id": "A B/C", "status_code": 201})

    recorder.answer["/v3/sms/receipts/A B/C"] = answer
    receipt = await view_sms_receipt.asyncio("A B/C", client=client)
    assert received == ["/v3/sms/receipts/A%20B%2FC"]
    assert receipt.data is not None
    assert receipt.data.status_code == 201


async def test_multipart_upload_sends_the_file(recorder: Recorder, client) -> None:
    """upload_media_file with a File sends multipart form data with the file's name and type."""
    recorder.answer["/v3/uploads"] = lambda _r, _s: envelope({"_url": "https://example.invalid/f"})
    payload = File(
        payload=BytesIO(b"%PDF-1.4 test"), file_name="a.pdf", mime_type="application/pdf"
    )
    answer = await upload_media_file.asyncio(
        client=client, body=UploadMultipart(file=payload), convert="fax"
    )
    (seen,) = recorder.seen
    assert seen.query == [("convert", "fax")]
    assert seen.headers["Content-Type"].startswith("multipart/form-data; boundary=")
    assert seen.form == {"file": ("a.pdf", b"%PDF-1.4 test", "application/pdf")}
    assert answer.data is not None
    assert answer.data.field_url == "https://example.invalid/f"


async def test_error_envelope_is_parsed_on_4xx(recorder: Recorder, client) -> None:
    """A 400 answer raises UnexpectedStatus carrying the envelope's code, message and data."""
    recorder.answer["/v3/sms/send"] = lambda _r, _s: envelope(
        {"messages": "Messages field is required."}, 400, "BAD_REQUEST"
    )
    with pytest.raises(errors.UnexpectedStatus) as caught:
        await send_sms.asyncio(client=client, body=SendSmsRequest(messages=[]))
    assert caught.value.status_code == 400
    assert caught.value.response_code == "BAD_REQUEST"
    assert caught.value.response_msg == "ok"
    assert caught.value.data == {"messages": "Messages field is required."}
    assert "BAD_REQUEST" in str(caught.value)


async def test_non_json_error_body_does_not_crash(recorder: Recorder, client) -> None:
    """An HTML 502 page raises UnexpectedStatus with no envelope fields, not a decode error."""
    recorder.answer["/v3/sms/history"] = lambda _r, _s: web.Response(
        status=502, text="<html><body>Bad Gateway</body></html>", content_type="text/html"
    )
    with pytest.raises(errors.UnexpectedStatus) as caught:
        await view_sms_history.asyncio(client=client)
    assert caught.value.status_code == 502
    assert caught.value.response_code is None
    assert caught.value.data is None


async def test_non_json_success_body_is_a_parse_error(recorder: Recorder, client) -> None:
    """A 200 answer whose body is not JSON raises ResponseParseError, never a JSONDecodeError."""
    recorder.answer["/v3/sms/history"] = lambda _r, _s: web.Response(text='{"http_code": 2')
    with pytest.raises(errors.ResponseParseError) as caught:
        await view_sms_history.asyncio(client=client)
    assert caught.value.status_code == 200
