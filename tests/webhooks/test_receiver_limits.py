"""The receiver under hostile input: bounded memory, 400 for any bad payload, never a 500."""

import asyncio
import http.client
import json
import sys
import threading
from urllib.parse import urlencode

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clicksend_async.webhooks import (
    MAX_FIELDS,
    MAX_ID_LENGTH,
    MAX_VALUE_LENGTH,
    RECEIVER_KEY,
    PayloadError,
    parse_inbound,
    parse_receipt,
    receiver,
)

TOKEN = "s3cret-token-0123456789"
NESTED = ('{"a":' * 34_000 + "1" + "}" * 34_000).encode()


async def post(app, body, content_type="application/x-www-form-urlencoded"):
    """Serve ``app`` on 127.0.0.1, post ``body`` to its receipts path, return the status."""
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    try:
        async with (
            aiohttp.ClientSession() as session,
            session.post(
                server.make_url(f"/receipts/{TOKEN}"),
                data=body,
                headers={"Content-Type": content_type},
            ) as response,
        ):
            return response.status
    finally:
        await server.close()


async def test_deeply_nested_json_is_400():
    """200 KB of nested JSON objects is an unreadable payload (400), not a RecursionError (500)."""
    assert len(NESTED) > 200_000
    assert await post(receiver(token=TOKEN), NESTED, "application/json") == 400


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"message_id": "M" * 900_000}, "too large"),
        ({"message_id": "M" * (MAX_ID_LENGTH + 1)}, "message_id"),
        ({"message_id": "M-1", "status_text": "x" * (MAX_VALUE_LENGTH + 1)}, "status_text"),
        ({"message_id": "M-1", **{f"f{n}": "1" for n in range(MAX_FIELDS + 1)}}, "fields"),
    ],
    ids=["900k-id", "long-id", "long-value", "many-fields"],
)
async def test_absurd_field_sizes_are_refused_and_not_remembered(fields, reason):
    """Ids and values far beyond ClickSend's are refused (400, or 413 for a huge body), unkept."""
    app = receiver(token=TOKEN)
    status = await post(app, urlencode(fields).encode())
    assert status == (413 if reason == "too large" else 400)
    state = app[RECEIVER_KEY]
    assert (state.rejected, state.received, len(state._seen)) == (1, 0, 0)


async def test_remembered_events_take_a_fixed_size_whatever_their_ids():
    """Each remembered event is a 16-byte digest: ids of the longest allowed size cost no more."""
    app = receiver(token=TOKEN, remember=1000)
    state = app[RECEIVER_KEY]
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    try:
        async with aiohttp.ClientSession() as session:
            for n in range(50):
                message_id = f"{n:04d}".ljust(MAX_ID_LENGTH, "x")
                async with session.post(
                    server.make_url(f"/receipts/{TOKEN}"), data={"message_id": message_id}
                ) as response:
                    assert response.status == 200
    finally:
        await server.close()
    stored = list(state._seen._digests)
    assert len(stored) == 50
    assert {type(key) for key in stored} == {bytes}
    assert sum(sys.getsizeof(key) for key in stored) == 50 * sys.getsizeof(b"x" * 16)


@pytest.mark.parametrize(
    ("payload", "content_type"),
    [
        (NESTED, "application/json"),
        ("&".join(f"f{n}=1" for n in range(MAX_FIELDS + 1)) + "&message_id=M", None),
        (json.dumps({"message_id": "M", "extra": {"a": [1]}}), None),
        (json.dumps({"message_id": "M", "timestamp": 1e999}), None),
        (json.dumps({"message_id": "M", "timestamp": "1e400"}), None),
        (json.dumps({"message_id": ["M"]}), None),
    ],
    ids=["nested", "many-fields", "nested-value", "huge-float", "huge-float-string", "list-id"],
)
def test_parsers_raise_payload_error_for_every_bad_payload(payload, content_type):
    """The parsers turn each kind of bad payload into PayloadError, never another exception."""
    for parse in (parse_receipt, parse_inbound):
        with pytest.raises(PayloadError):
            parse(payload, content_type)


class LoopbackReceiver:
    """A receiver served from a thread on 127.0.0.1, for blocking requests from hypothesis tests."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.port = 0
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    async def _noop(self, _event):
        return None

    def _serve(self) -> None:
        asyncio.set_event_loop(self.loop)
        app = receiver(token=TOKEN, on_receipt=self._noop, on_inbound=self._noop)
        runner = web.AppRunner(app, access_log=None)
        self.loop.run_until_complete(runner.setup())
        site = web.TCPSite(runner, "127.0.0.1", 0)
        self.loop.run_until_complete(site.start())
        self.port = runner.addresses[0][1]
        self._ready.set()
        self.loop.run_forever()
        self.loop.run_until_complete(runner.cleanup())
        self.loop.close()

    def __enter__(self):
        self._thread.start()
        assert self._ready.wait(10)
        return self

    def __exit__(self, *_exc):
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(10)

    def request(self, method, path, body=None, content_type=None):
        """Send one request and return the answer's status."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            headers = {"Content-Type": content_type} if content_type else {}
            connection.request(method, path, body=body, headers=headers)
            return connection.getresponse().status
        finally:
            connection.close()


@pytest.fixture(scope="module")
def served():
    """One loopback receiver for all the fuzz examples of this module."""
    with LoopbackReceiver() as server:
        yield server


KNOWN_NAMES = st.sampled_from(
    [
        "message_id",
        "MessageId",
        "status_code",
        "timestamp",
        "timestamp_send",
        "from",
        "body",
        "user_id",
        "subaccount_id",
        "originalmessageid",
        "custom_string",
        "message",
        "type",
    ]
)
FIELD_NAMES = KNOWN_NAMES | st.text(max_size=10)
SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=50)
JSON_VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=10,
)
# Payloads that look like ClickSend's: a message id, then known fields with values of any kind.
LIKELY = st.fixed_dictionaries(
    {"message_id": st.text(min_size=1, max_size=10)},
    optional=dict.fromkeys(["timestamp", "user_id", "status_code", "body"], JSON_VALUES),
)
DEEP = st.integers(1, 40_000).map(lambda depth: '{"a":' * depth + "1" + "}" * depth)
JSON_BODIES = (
    st.dictionaries(FIELD_NAMES, JSON_VALUES, max_size=8).map(json.dumps)
    | LIKELY.map(json.dumps)
    | JSON_VALUES.map(json.dumps)
    | DEEP
)
FORM_BODIES = st.lists(st.tuples(FIELD_NAMES, st.text(max_size=30)), max_size=8).map(urlencode)
CONTENT_TYPES = st.sampled_from(
    [None, "application/json", "application/x-www-form-urlencoded", "text/plain", "multipart/x"]
)
PATHS = st.sampled_from([f"/receipts/{TOKEN}", f"/inbound/{TOKEN}"])
FUZZ = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@FUZZ
@given(path=PATHS, body=st.binary(max_size=300), content_type=CONTENT_TYPES)
def test_random_bytes_never_give_500(served, path, body, content_type):
    """Any bytes posted, with any content type, are answered 200 or 400."""
    assert served.request("POST", path, body, content_type) in {200, 400}


@FUZZ
@given(path=PATHS, body=JSON_BODIES | FORM_BODIES, content_type=CONTENT_TYPES)
def test_random_json_and_form_bodies_never_give_500(served, path, body, content_type):
    """Any JSON document or form body, posted with any content type, is answered 200 or 400."""
    assert served.request("POST", path, body.encode(), content_type) in {200, 400}


@FUZZ
@given(path=PATHS, query=FORM_BODIES)
def test_random_query_strings_never_give_500(served, path, query):
    """Any query string on a GET push is answered 200 or 400."""
    assert served.request("GET", f"{path}?{query}") in {200, 400}
