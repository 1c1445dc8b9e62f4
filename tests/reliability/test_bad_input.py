"""Bad input is refused with a typed error before any request leaves the client."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import pytest

from clicksend_async import ClickSend, ClickSendError, ConfigurationError, Rejected, ValidationError

if TYPE_CHECKING:
    from support.recorder import Recorder

Call = Callable[[ClickSend], Awaitable[object]]

GOOD_TO = "+61411111111"
PAST = int(time.time()) - 3600


async def _drain(stream: Any) -> None:
    async for _ in stream:
        pass


def _many(count: int) -> list[dict[str, str]]:
    return [{"to": GOOD_TO, "body": f"message {i}"} for i in range(count)]


# (call, error class, fragment of the message); the id names the mistake.
CASES: list[Any] = [
    # Numbers.
    pytest.param(
        lambda cs: cs.sms.send("phone", "hi"), ValidationError, "phone number", id="to-word"
    ),
    pytest.param(lambda cs: cs.sms.send("", "hi"), ValidationError, "phone number", id="to-empty"),
    pytest.param(
        lambda cs: cs.sms.send("+1", "hi"), ValidationError, "phone number", id="to-short"
    ),
    pytest.param(
        lambda cs: cs.sms.send("+6141111111111111", "hi"),
        ValidationError,
        "phone number",
        id="to-too-long",
    ),
    pytest.param(
        lambda cs: cs.sms.send("+61-abc-def", "hi"),
        ValidationError,
        "phone number",
        id="to-letters",
    ),
    pytest.param(
        lambda cs: cs.sms.send(61411111111, "hi"), ValidationError, "phone number", id="to-int"
    ),
    pytest.param(lambda cs: cs.sms.send(None, "hi"), ValidationError, "phone number", id="to-none"),
    # Bodies.
    pytest.param(lambda cs: cs.sms.send(GOOD_TO, ""), ValidationError, "empty", id="body-empty"),
    pytest.param(
        lambda cs: cs.sms.send(GOOD_TO, " \n\t "), ValidationError, "empty", id="body-blank"
    ),
    pytest.param(
        lambda cs: cs.sms.send(GOOD_TO, "a" * 1225),
        ValidationError,
        "at most 8 parts",
        id="body-gsm-9-parts",
    ),
    pytest.param(
        lambda cs: cs.sms.send(GOOD_TO, "\u0436" * 537),
        ValidationError,
        "at most 8 parts",
        id="body-ucs2-9-parts",
    ),
    pytest.param(
        lambda cs: cs.sms.send(GOOD_TO, b"hi"), ValidationError, "must be a string", id="body-bytes"
    ),
    # Senders.
    pytest.param(
        lambda cs: cs.sms.send(GOOD_TO, "hi", from_="ABCDEFGHIJKL"),
        ValidationError,
        "11 characters",
        id="sender-12-chars",
    ),
    pytest.param(
        lambda cs: cs.sms.send(GOOD_TO, "hi", from_="My Shop"),
        ValidationError,
        "no spaces",
        id="sender-space",
    ),
    pytest.param(
        lambda cs: cs.sms.send(GOOD_TO, "hi", from_="Shop!"),
        ValidationError,
        "alphanumeric",
        id="sender-punctuation",
    ),
    pytest.param(
        lambda cs: cs.sms.send(GOOD_TO, "hi", from_=61411111111),
        ValidationError,
        "must be a string",
        id="sender-int",
    ),
    # Schedules.
    pytest.param(
        lambda cs: cs.sms.send(GOOD_TO, "hi", schedule=PAST),
        ValidationError,
        "in the past",
        id="schedule-past",
    ),
    pytest.param(
        lambda cs: cs.sms.send(GOOD_TO, "hi", schedule=str(PAST + 7200)),
        ValidationError,
        "(int)",
        id="schedule-str",
    ),
    pytest.param(
        lambda cs: cs.sms.send(GOOD_TO, "hi", schedule=PAST + 7200.5),
        ValidationError,
        "(int)",
        id="schedule-float",
    ),
    pytest.param(
        lambda cs: cs.sms.send(GOOD_TO, "hi", schedule=True),
        ValidationError,
        "(int)",
        id="schedule-bool",
    ),
    pytest.param(
        lambda cs: cs.sms.send(GOOD_TO, "hi", custom_string=7),
        ValidationError,
        "custom_string",
        id="custom-string-int",
    ),
    # One request of many messages.
    pytest.param(
        lambda cs: cs.sms.send_many(_many(1001)), ValidationError, "at most 1000", id="many-1001"
    ),
    pytest.param(lambda cs: cs.sms.send_many([]), ValidationError, "no messages", id="many-none"),
    pytest.param(
        lambda cs: cs.sms.send_many(None), ValidationError, "iterable", id="many-not-iterable"
    ),
    pytest.param(
        lambda cs: cs.sms.send_many("+61411111111"),
        ValidationError,
        "iterable",
        id="many-a-string",
    ),
    pytest.param(
        lambda cs: cs.sms.send_many({"to": GOOD_TO, "body": "hi"}),
        ValidationError,
        "iterable",
        id="many-a-lone-dict",
    ),
    pytest.param(
        lambda cs: cs.sms.send_many(["+61411111111"]),
        ValidationError,
        "a dict",
        id="many-of-strings",
    ),
    pytest.param(
        lambda cs: cs.sms.send_many([*_many(3), {"to": GOOD_TO, "body": ""}]),
        ValidationError,
        "empty",
        id="many-one-bad",
    ),
    pytest.param(
        lambda cs: cs.sms.send_many([{"body": "hi"}]),
        ValidationError,
        "needs to",
        id="many-no-recipient",
    ),
    # Bulk: the arguments themselves (bad messages become INVALID outcomes instead).
    pytest.param(
        lambda cs: cs.sms.send_bulk(_many(3), concurrency=0),
        ValidationError,
        "concurrency",
        id="bulk-concurrency-0",
    ),
    pytest.param(
        lambda cs: cs.sms.send_bulk(_many(3), concurrency="4"),
        ValidationError,
        "concurrency",
        id="bulk-concurrency-str",
    ),
    pytest.param(
        lambda cs: cs.sms.send_bulk(None), ValidationError, "iterable", id="bulk-not-iterable"
    ),
    pytest.param(
        lambda cs: _drain(cs.sms.stream_bulk(None)),
        ValidationError,
        "iterable",
        id="stream-not-iterable",
    ),
    pytest.param(
        lambda cs: _drain(cs.sms.stream_bulk(_many(3), concurrency=-1)),
        ValidationError,
        "concurrency",
        id="stream-concurrency-negative",
    ),
    pytest.param(
        lambda cs: cs.mms.send_bulk(_many(3), media_file=None),
        ValidationError,
        "media_file",
        id="mms-bulk-no-media",
    ),
    pytest.param(
        lambda cs: cs.voice.send_bulk(_many(3), concurrency=1.5),
        ValidationError,
        "concurrency",
        id="voice-bulk-concurrency-float",
    ),
    # Other channels.
    pytest.param(
        lambda cs: cs.mms.send(GOOD_TO, "hi", media_file="", subject="s"),
        ValidationError,
        "media_file",
        id="mms-media-empty",
    ),
    pytest.param(
        lambda cs: cs.mms.send(GOOD_TO, "hi", media_file="https://e.x/a.jpg", subject=""),
        ValidationError,
        "empty",
        id="mms-subject-empty",
    ),
    pytest.param(
        lambda cs: cs.mms.send("12", "hi", media_file="https://e.x/a.jpg", subject="s"),
        ValidationError,
        "phone number",
        id="mms-bad-number",
    ),
    pytest.param(
        lambda cs: cs.voice.send(GOOD_TO, ""), ValidationError, "empty", id="voice-body-empty"
    ),
    pytest.param(
        lambda cs: cs.voice.send(GOOD_TO, "hi", voice=3), ValidationError, "voice", id="voice-int"
    ),
    pytest.param(
        lambda cs: cs.voice.send(GOOD_TO, "hi", machine_detection="yes"),
        ValidationError,
        "machine_detection",
        id="voice-machine-detection-str",
    ),
    pytest.param(
        lambda cs: cs.voice.send(GOOD_TO, "hi", schedule=PAST),
        ValidationError,
        "in the past",
        id="voice-schedule-past",
    ),
    pytest.param(
        lambda cs: cs.email.send([], "s", "b", from_email_address_id="1"),
        ValidationError,
        "email address",
        id="email-no-recipient",
    ),
    pytest.param(
        lambda cs: cs.email.send("not-an-address", "s", "b", from_email_address_id="1"),
        ValidationError,
        "email address",
        id="email-bad-recipient",
    ),
    pytest.param(
        lambda cs: cs.email.send("a@example.com", "", "b", from_email_address_id="1"),
        ValidationError,
        "empty",
        id="email-subject-empty",
    ),
    pytest.param(
        lambda cs: cs.email.send("a@example.com", "s", "b", from_email_address_id=None),
        ValidationError,
        "from_email_address_id",
        id="email-no-sender",
    ),
    pytest.param(
        lambda cs: cs.sms.price("nope", "hi"), ValidationError, "phone number", id="price-bad-to"
    ),
    pytest.param(lambda cs: cs.sms.cancel(""), ValidationError, "message_id", id="cancel-empty"),
    pytest.param(
        lambda cs: cs.contacts.create(1, first_name="A"),
        ValidationError,
        "phone_number",
        id="contact-no-address",
    ),
    pytest.param(
        lambda cs: cs.contacts.create(1, phone_number="abc"),
        ValidationError,
        "phone number",
        id="contact-bad-number",
    ),
    pytest.param(lambda cs: cs.lists.create(""), ValidationError, "empty", id="list-name-empty"),
]


@pytest.mark.parametrize(("call", "error", "fragment"), CASES)
async def test_bad_input_raises_before_any_request(
    recorder: Recorder, call: Call, error: type[ClickSendError], fragment: str
) -> None:
    """Each bad call raises its typed error naming the mistake; no request reaches the server."""
    async with ClickSend("user", "key", base_url=recorder.base_url) as cs:
        with pytest.raises(error) as caught:
            await call(cs)
    assert isinstance(caught.value, ClickSendError)
    assert fragment in str(caught.value)
    assert recorder.seen == []


async def test_bulk_of_only_bad_messages_sends_nothing(recorder: Recorder) -> None:
    """send_bulk reports each invalid message as rejected INVALID and makes no request."""
    bad = [
        {"to": "nope", "body": "hi"},
        {"to": GOOD_TO, "body": ""},
        {"to": GOOD_TO, "body": "hi", "from": "Far Too Long Sender"},
        {"to": GOOD_TO, "body": "hi", "schedule": PAST},
        "not a message",
    ]
    async with ClickSend("user", "key", base_url=recorder.base_url) as cs:
        report = await cs.sms.send_bulk(bad)
    assert [o.index for o in report.outcomes] == list(range(len(bad)))
    assert all(isinstance(o, Rejected) and o.status == "INVALID" for o in report.outcomes)
    assert recorder.seen == []


CONSTRUCTOR_CASES: list[Any] = [
    pytest.param({"base_url": "http://rest.clicksend.com/v3"}, "plain http", id="http-remote"),
    pytest.param({"base_url": "http://192.168.1.10/v3"}, "plain http", id="http-private-ip"),
    pytest.param(
        {"base_url": "http://localhost.example.com/v3"}, "plain http", id="http-lookalike"
    ),
    pytest.param({"base_url": "ftp://127.0.0.1/v3"}, "http(s) URL", id="ftp"),
    pytest.param({"base_url": "rest.clicksend.com/v3"}, "http(s) URL", id="no-scheme"),
    pytest.param({"base_url": None}, "base_url", id="base-url-none"),
    pytest.param(
        {"base_url": "https://user:key@rest.clicksend.com/v3"}, "credentials", id="url-userinfo"
    ),
    pytest.param({"username": ""}, "username", id="username-empty"),
    pytest.param({"api_key": ""}, "API key", id="key-empty"),
    pytest.param({"timeout": 0}, "timeout", id="timeout-zero"),
    pytest.param({"timeout": -1}, "timeout", id="timeout-negative"),
    pytest.param({"timeout": "30"}, "timeout", id="timeout-str"),
]


@pytest.mark.parametrize(("overrides", "fragment"), CONSTRUCTOR_CASES)
def test_bad_configuration_is_refused_at_construction(
    monkeypatch: pytest.MonkeyPatch, overrides: dict[str, Any], fragment: str
) -> None:
    """ClickSend(...) refuses unusable settings with ConfigurationError naming the problem."""
    monkeypatch.delenv("CLICKSEND_USERNAME", raising=False)
    monkeypatch.delenv("CLICKSEND_API_KEY", raising=False)
    arguments: dict[str, Any] = {"username": "user", "api_key": "key", **overrides}
    with pytest.raises(ConfigurationError) as caught:
        ClickSend(**arguments)
    assert fragment in str(caught.value)
    assert "key@" not in str(caught.value)


def test_plain_http_to_a_remote_host_needs_the_explicit_flag() -> None:
    """allow_insecure_http=True is the one way to reach a non-loopback host over plain http."""
    cs = ClickSend("user", "key", base_url="http://10.0.0.1/v3", allow_insecure_http=True)
    assert not cs.closed


async def test_bad_per_call_timeout_is_refused(recorder: Recorder) -> None:
    """with_options(timeout=...) refuses a timeout that would never fire."""
    async with ClickSend("user", "key", base_url=recorder.base_url) as cs:
        for bad in (0, -5, "10"):
            with pytest.raises(ConfigurationError, match="timeout"):
                cs.with_options(timeout=bad)  # type: ignore[arg-type]
    assert recorder.seen == []
