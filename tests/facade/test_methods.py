"""Short typed methods: what they send, what they return, what they refuse before sending."""

from __future__ import annotations

import json
import time
from decimal import Decimal
from typing import Any

import pytest
from aiohttp import web
from clicksend_v3.api.mms import send_mms
from clicksend_v3.api.sms import calculate_sms_price, send_sms
from clicksend_v3.api.voice_messaging import send_voice_message
from clicksend_v3.errors import ResponseParseError
from support.scripted import FakeClickSend, envelope

from clicksend_async import Accepted, ClickSend, InvalidResponseError, ValidationError
from clicksend_async._call import JsonBody

TO = "+61411111111"


def recording(fake: FakeClickSend, path: str, data: object) -> list[tuple[str, Any]]:
    """Answer `path` with `data` and record each request's method and JSON body."""
    calls: list[tuple[str, Any]] = []

    def answer(request: Any, payload: object) -> Any:
        calls.append((request.method, payload))
        return envelope(data)

    fake.routes["/v3" + path] = answer
    return calls


async def test_sms_send_posts_one_message(fake: FakeClickSend, cs: ClickSend) -> None:
    """sms.send posts to, body, from, schedule and custom_string; returns Accepted with price."""
    schedule = int(time.time()) + 3600
    outcome = await cs.sms.send(TO, "hi", from_="Shop", schedule=schedule, custom_string="o-1")
    assert isinstance(outcome, Accepted)
    assert (outcome.message_id, outcome.price) == ("ID-0", "0.0792")
    (sent,) = fake.history
    assert (sent["from"], sent["schedule"], sent["custom_string"]) == ("Shop", schedule, "o-1")


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"to": "0411", "body": "x"}, "phone number"),
        ({"to": 61411111111, "body": "x"}, "phone number"),
        ({"to": TO, "body": ""}, "empty"),
        ({"to": TO, "body": "a" * 1225}, "8 parts"),
        ({"to": TO, "body": "é" + "ж" * 536}, "8 parts"),
        ({"to": TO, "body": "x", "from_": "TwelveLetter"}, "sender ID"),
        ({"to": TO, "body": "x", "from_": "My Shop"}, "sender ID"),
        ({"to": TO, "body": "x", "schedule": 1_000_000}, "past"),
        ({"to": TO, "body": "x", "schedule": "tomorrow"}, "int"),
        ({"to": TO, "body": "x", "custom_string": 5}, "custom_string"),
    ],
)
async def test_sms_send_validates_before_sending(fake: FakeClickSend, cs, kwargs, match) -> None:
    """Bad numbers, bodies, senders, schedules and types raise ValidationError; nothing is sent."""
    with pytest.raises(ValidationError, match=match):
        await cs.sms.send(**kwargs)
    assert fake.seen == []
    assert issubclass(ValidationError, ValueError)


async def test_longest_bodies_are_accepted(fake: FakeClickSend, cs: ClickSend) -> None:
    """1224 GSM characters and 536 UCS-2 characters (8 parts) are allowed."""
    await cs.sms.send(TO, "a" * 1224)
    await cs.sms.send("+61422222222", "ж" * 536)
    assert len(fake.history) == 2


async def test_send_many_refuses_more_than_1000(fake: FakeClickSend, cs: ClickSend) -> None:
    """send_many is one request, so more than 1000 messages raise ValidationError."""
    with pytest.raises(ValidationError, match="1000"):
        await cs.sms.send_many([{"to": TO, "body": "x"}] * 1001)
    assert fake.seen == []


async def test_price_and_cancel(fake: FakeClickSend, cs: ClickSend) -> None:
    """Price returns the total as a Decimal; cancel PUTs to the message's cancel path."""
    priced = recording(fake, "/sms/price", {"total_price": 0.1584})
    cancelled = recording(fake, "/sms/ABC/cancel", None)
    assert await cs.sms.price(TO, "hi") == Decimal("0.1584")
    await cs.sms.cancel("ABC")
    assert priced == [("POST", {"messages": [{"to": TO, "body": "hi"}]})]
    assert cancelled[0][0] == "PUT"


async def test_mms_and_voice_send(fake: FakeClickSend, cs: ClickSend) -> None:
    """mms.send carries media_file and subject; voice.send carries voice and lang."""
    mms = await cs.mms.send(TO, "look", media_file="https://x/cat.jpg", subject="Cat")
    voice = await cs.voice.send("+61422222222", "hello", lang="en-gb")
    assert isinstance(mms, Accepted)
    assert isinstance(voice, Accepted)
    assert (fake.history[0]["subject"], fake.history[1]["lang"]) == ("Cat", "en-gb")


async def test_email_account_lists_and_contacts(fake: FakeClickSend, cs: ClickSend) -> None:
    """The typed helpers call their operations through the seam and return parsed answers."""
    emails = recording(fake, "/email/send", {})
    recording(fake, "/account", {"username": "user", "balance": "12.50"})
    lists = recording(fake, "/lists", {"list_id": 7, "list_name": "Team"})
    one_list = recording(fake, "/lists/7", {"list_id": 7, "list_name": "Team"})
    contacts = recording(fake, "/lists/7/contacts", {"contact_id": 9, "phone_number": TO})
    contact = recording(fake, "/lists/7/contacts/9", {"contact_id": 9})
    await cs.email.send("a@example.com", "Hi", "Body", from_email_address_id="3")
    account = await cs.account.get()
    await cs.lists.create("Team")
    await cs.lists.get(7)
    await cs.lists.update(7, "Crew")
    await cs.lists.delete(7)
    await cs.contacts.create(7, phone_number=TO, first_name="Ann")
    await cs.contacts.get(7, 9)
    await cs.contacts.update(7, 9, last_name="Lee")
    await cs.contacts.delete(7, 9)
    assert emails[0][1]["to"] == [{"email": "a@example.com"}]
    assert account.data is not None
    assert lists == [("POST", {"list_name": "Team"})]
    assert [m for m, _ in one_list] == ["GET", "PUT", "DELETE"]
    assert contacts[0][1] == {"phone_number": TO, "first_name": "Ann"}
    assert [m for m, _ in contact] == ["GET", "PUT", "DELETE"]
    with pytest.raises(ValidationError):
        await cs.contacts.create(7, first_name="No number")
    assert json.dumps(contact[1][1]) == '{"last_name": "Lee"}'


@pytest.mark.parametrize("operation", [send_sms, send_mms, send_voice_message, calculate_sms_price])
def test_generated_send_modules_take_a_ready_json_body(operation: Any) -> None:
    """The bulk path's JsonBody goes out as it is, with the module's own method, path and id."""
    payload = {"messages": [{"to": TO, "body": "hi"}]}
    request = operation.build_request(body=JsonBody(payload))
    assert request.json is payload
    assert (request.method, request.path, request.operation_id) == (
        operation.METHOD,
        operation.PATH,
        operation.OPERATION_ID,
    )


async def test_cancel_parses_the_answer(fake: FakeClickSend, cs: ClickSend) -> None:
    """sms.cancel parses with the generated parser: a wrong shape is InvalidResponseError."""
    fake.routes["/v3/sms/ABC/cancel"] = lambda _r, _p: web.json_response(["not", "an", "envelope"])
    with pytest.raises(InvalidResponseError) as caught:
        await cs.sms.cancel("ABC")
    assert isinstance(caught.value.__cause__, ResponseParseError)
    assert caught.value.operation_id == "cancel_sms"


@pytest.mark.parametrize("data", [{}, {"total_price": "n/a"}, [1], None])
async def test_price_without_a_readable_total_is_an_invalid_response(
    fake: FakeClickSend, cs: ClickSend, data: object
) -> None:
    """An answer to sms.price with no decimal total_price raises InvalidResponseError."""
    recording(fake, "/sms/price", data)
    with pytest.raises(InvalidResponseError, match="total_price") as caught:
        await cs.sms.price(TO, "hi")
    assert (caught.value.method, caught.value.path) == ("POST", "/sms/price")
