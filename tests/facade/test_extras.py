"""Per-call extra headers and query parameters, and the answer's headers on replies and errors."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from clicksend_v3.api.sms import view_sms_history, view_sms_templates
from support.recorder import Recorder, envelope

from clicksend_async import ClickSend, ConfigurationError, NotFoundError, RateLimitError
from clicksend_async._http import basic_authorization

if TYPE_CHECKING:
    from aiohttp import web

RATE_HEADERS = {"X-RateLimit-Limit": "5", "X-RateLimit-Remaining": "0", "X-Request-Id": "r-42"}


def _templates(_request: web.Request, _seen: object) -> web.Response:
    response = envelope({"data": []})
    response.headers.update(RATE_HEADERS)
    return response


async def test_extra_headers_and_query_reach_the_service(recorder: Recorder) -> None:
    """with_options adds headers and query parameters to the request, keeping its own."""
    recorder.answer["/v3/sms/history"] = _templates
    async with ClickSend("user", "key", base_url=recorder.base_url) as cs:
        view = cs.with_options(
            extra_headers={"X-Trace": "t-1", "Authorization": "Basic forged"},
            extra_query={"dry_run": "1"},
        )
        await view_sms_history.asyncio(client=view.api, q="to:+614")
    (seen,) = recorder.seen
    assert seen.headers["X-Trace"] == "t-1"
    assert seen.headers["Authorization"] == basic_authorization("user", "key")
    assert ("q", "to:+614") in seen.query
    assert ("dry_run", "1") in seen.query


async def test_views_stack_extras_and_a_name_given_again_wins(recorder: Recorder) -> None:
    """A view of a view keeps the first extras, the second taking over names it repeats."""
    recorder.answer["/v3/sms/templates"] = _templates
    async with ClickSend("user", "key", base_url=recorder.base_url) as cs:
        first = cs.with_options(extra_headers={"X-A": "1", "X-B": "1"}, extra_query={"a": "1"})
        second = first.with_options(extra_headers={"x-b": "2"}, extra_query={"b": "2"})
        await view_sms_templates.asyncio(client=second.api)
        await view_sms_templates.asyncio(client=cs.api)
    with_extras, plain = recorder.seen
    headers = {name.lower(): value for name, value in with_extras.headers.items()}
    assert (headers["x-a"], headers["x-b"]) == ("1", "2")
    assert with_extras.query == [("a", "1"), ("b", "2")]
    assert "X-A" not in plain.headers
    assert plain.query == []


async def test_the_seams_reply_carries_the_answers_headers(recorder: Recorder) -> None:
    """Reply.headers holds the answer's headers, the rate-limit ones among them."""
    recorder.answer["/v3/sms/templates"] = _templates
    async with ClickSend("user", "key", base_url=recorder.base_url) as cs:
        reply = await cs._transport.send(view_sms_templates.build_request(), cs._options)
    assert reply.headers["X-RateLimit-Remaining"] == "0"


async def test_errors_carry_the_answers_headers_and_request_id(recorder: Recorder) -> None:
    """A refused call's error has the answer's headers, its request id and the operation."""

    def refuse(_request: web.Request, _seen: object) -> web.Response:
        response = envelope(None, 429, "TOO_MANY_REQUESTS")
        response.headers.update({**RATE_HEADERS, "Retry-After": "120"})
        return response

    recorder.answer["/v3/sms/templates"] = refuse
    async with ClickSend("user", "key", base_url=recorder.base_url) as cs:
        with pytest.raises(RateLimitError) as caught:
            await view_sms_templates.asyncio(client=cs.api)
        with pytest.raises(NotFoundError) as missing:
            await cs.sms.cancel("nope")
    error = caught.value
    assert error.headers["X-RateLimit-Limit"] == "5"
    assert (error.request_id, error.operation_id, error.retry_after) == (
        "r-42",
        "view_sms_templates",
        120.0,
    )
    assert (missing.value.operation_id, missing.value.status) == ("cancel_sms", 404)


@pytest.mark.parametrize("extras", [{"X-A": 1}, {2: "b"}])
def test_extras_must_map_strings_to_strings(extras: dict[object, object]) -> None:
    """Extra headers or query parameters that are not strings are a ConfigurationError."""
    cs = ClickSend("u", "k")
    with pytest.raises(ConfigurationError):
        cs.with_options(extra_headers=extras)  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError):
        cs.with_options(extra_query=extras)  # type: ignore[arg-type]
