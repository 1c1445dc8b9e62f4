"""The bulk path's whole-batch check takes and refuses exactly what checking each message does."""

from __future__ import annotations

import gc
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from clicksend_async import ClickSend, Rejected
from clicksend_async._bulk._batches import Batch, _cut, _entry, _name
from clicksend_async._bulk._outcomes import INVALID
from clicksend_async._bulk._plain import ALWAYS_FITS as _ALWAYS_FITS
from clicksend_async._bulk._plain import OwnCustoms, PlainMessages, own_custom
from clicksend_async._bulk._plain import plain_columns as _plain
from clicksend_async._errors import ValidationError
from clicksend_async._phones import all_e164, phone_problem
from clicksend_async.sandbox import Sandbox

RUN = "csrun"

# Numbers near every edge the checks have: calling codes assigned or not, trunk zeros, Italy's
# own zero, lengths around 7 and 15 digits, no +, non-ASCII digits, spaces and newlines.
_PREFIXES = ["+61", "+1", "+44", "+4420", "+440", "+39", "+390", "+7", "+86", "+999", "+0", "+"]
_TAILS = st.text(alphabet="0123456789", min_size=0, max_size=15)
_NUMBERS = st.one_of(
    st.builds(lambda p, t: p + t, st.sampled_from(_PREFIXES), _TAILS),
    st.builds(lambda t: "61" + t, _TAILS),
    st.builds(
        lambda n, c: n[:5] + c + n[5:],
        st.just("+61411111111"),
        st.sampled_from(["\n", " ", "\u0663", "\u00b2", "\uff11", "a", "+"]),
    ),
    st.text(max_size=18),
)
_BODIES = st.one_of(
    st.sampled_from(["hello", "", " ", "\t\n", "\u3000", "\u200b", "a" * _ALWAYS_FITS]),
    st.just("b" * (_ALWAYS_FITS + 1)),
    st.text(max_size=40),
)
_MESSAGE = st.one_of(
    st.fixed_dictionaries({"to": _NUMBERS, "body": _BODIES}),
    st.fixed_dictionaries({"body": _BODIES, "to": _NUMBERS}),
    st.fixed_dictionaries({"to": _NUMBERS, "body": st.one_of(st.integers(), st.none())}),
    st.fixed_dictionaries({"to": st.one_of(st.integers(), st.none()), "body": _BODIES}),
    st.fixed_dictionaries({"to": _NUMBERS, "text": _BODIES}),
    st.fixed_dictionaries({"to": _NUMBERS, "body": _BODIES, "custom_string": st.text()}),
    st.fixed_dictionaries({"to": _NUMBERS}),
)


def _valid_message(n: int) -> dict[str, Any]:
    return {"to": f"+614{n:08d}", "body": f"message {n}"}


def _one_by_one(chunk: list[Any], start: int) -> Batch:
    """Check a chunk as the general path does, message by message."""
    own: list[bool] = []
    identities: list[None] = []
    batch = Batch(start, [], [], [], own, identities)
    for index, message in enumerate(chunk, start):
        try:
            entry = _entry(message, sms=True)
        except ValidationError as exc:
            custom = message.get("custom_string") if isinstance(message, dict) else None
            batch.refused.append(Rejected(index, INVALID, str(exc), custom))
        else:
            own.append(_name(entry, index, RUN, None, None))
            batch.messages.append(entry)
            batch.indices.append(index)
            identities.append(None)
    return batch


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.one_of(_MESSAGE, st.builds(_valid_message, st.integers(0, 10**8 - 1))), max_size=12)
)
@example([_valid_message(n) for n in range(5)])
@example([*(_valid_message(n) for n in range(5)), {"to": "+61411111111", "body": "   "}])
@example([_valid_message(1), {"to": "+61411\n+61411111111", "body": "x"}])
def test_a_batch_is_cut_as_checking_each_message_would_cut_it(chunk: list[Any]) -> None:
    """Whatever the chunk, the batch holds the same messages, indices and refusals."""
    for start in (7, 5000, 999_990):
        _same_batch(_cut(chunk, start, RUN, sms=True), _one_by_one(chunk, start))


def _same_batch(got: Batch, want: Batch) -> None:
    assert list(got.messages) == want.messages
    assert [got.messages[p] for p in range(len(got.messages))] == want.messages
    assert list(got.indices) == want.indices
    assert list(got.own) == want.own
    assert list(got.identities) == want.identities
    assert [got.own[p] for p in range(len(got.own))] == want.own
    assert (False in got.own) == (False in want.own)
    assert got.refused == want.refused
    if got.customs is not None:  # given only when the library named every message
        assert list(got.customs) == [message["custom_string"] for message in want.messages]
        assert all(got.own)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(_NUMBERS, st.builds(lambda n: f"+614{n:08d}", st.integers(0, 10**8 - 1))))
)
@example(["+61411111111", "+61011111111"])
@example(["+61411111111", "+14155550123", "+447911123456"])
@example(["+39061234567", "+39061234568"])
# Each + where a number of the first one's length would start, the lengths adding up, yet the
# last number's + is not its first character.
@example(["+61411111111", "+6141111111", "1+61411111111"])
@example(["+61411111111", "+61411111111\n+61411111111"])
def test_all_e164_passes_only_numbers_each_check_passes(numbers: list[str]) -> None:
    """all_e164 never takes a number the single check refuses (or that lacks its +)."""
    if all_e164(numbers):
        assert numbers
        assert all(n.startswith("+") and phone_problem(n) is None for n in numbers)


def test_the_whole_batch_check_takes_the_common_input() -> None:
    """Plain valid messages are taken whole, in every order of their keys; one bad one is not."""
    chunk = [_valid_message(n) for n in range(1000)]
    chunk[3] = {"body": "keys the other way", "to": "+447911123456"}
    assert _plain(chunk) is not None
    assert all_e164(["+61411111111", "+14155550123", "+447911123456"])
    for bad in ("+61 411111111", "+610411111111", "+61411111111\n", "+6141111111\u0663"):
        assert not all_e164(["+61411111111", bad])
    chunk[500] = {"to": "+61411111111", "body": "\u3000"}
    assert _plain(chunk) is None
    batch = _cut(chunk, 0, RUN, sms=True)
    assert [r.index for r in batch.refused] == [500]
    assert len(batch.messages) == 999
    assert batch.messages[3] == {
        "to": "+447911123456",
        "body": "keys the other way",
        "custom_string": f"{RUN}-3",
    }


def test_a_plain_batch_s_columns_leave_the_collector_once_it_has_seen_them() -> None:
    """A batch in flight is not walked by every collection: its columns hold only strings."""
    batch = _cut([_valid_message(n) for n in range(1000)], 0, RUN, sms=True)
    columns = batch.messages
    assert isinstance(columns, PlainMessages)
    gc.collect()
    assert not gc.is_tracked(columns.tos)
    assert not gc.is_tracked(columns.bodies)


async def test_a_chunk_refused_whole_still_sends_its_good_messages() -> None:
    """A chunk the whole-batch check cannot take is judged message by message: the good go."""
    messages = [_valid_message(n) for n in range(20)]
    messages[11] = {"to": "+99941111111", "body": "unassigned calling code"}
    async with Sandbox() as sandbox, ClickSend("user", "key", base_url=sandbox.url) as cs:
        report = await cs.sms.send_bulk(iter(messages))
    assert (report.accepted, report.rejected) == (19, 1)
    refused = report.outcomes[11]
    assert isinstance(refused, Rejected)
    assert refused.status == "INVALID"


@given(st.integers(0, 3_000_000), st.integers(0, 1000))
def test_a_batch_s_custom_strings_are_each_message_s_own(start: int, size: int) -> None:
    """Held as a rule, the custom_strings are ``<run id>-<index>`` of each message."""
    want = [own_custom(RUN, i) for i in range(start, start + size)]
    customs = OwnCustoms(RUN, start, size)
    assert list(customs) == want
    assert [customs[p] for p in range(size)] == want
    assert customs[1:-1] == want[1:-1]
    assert customs.joined() == "\n".join(want)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(max_size=30),
            st.sampled_from(['say "hi"', "back\\slash", "tab\there", "two\nlines\r\n", "\x00"]),
            st.sampled_from(["\x1f", "\x7f", "\u2028", "emoji \U0001f600", "\ud800", "é"]),
        ),
        min_size=1,
        max_size=12,
    ),
    st.sampled_from([0, 7, 990, 5000, 123_456]),
)
@example(["plain", "text"], 0)
@example(["two\nlines", "tab\there"], 5000)
@example([""] * 11, 990)
def test_a_plain_batch_written_from_its_columns_is_the_json_of_its_messages(
    bodies: list[str], start: int
) -> None:
    """The joined request text, when it is written, decodes to exactly the batch's messages."""
    tos = [f"+614{n:08d}" for n in range(len(bodies))]
    messages = PlainMessages(tos, bodies, OwnCustoms(RUN, start, len(bodies)))
    written = messages.request_body()
    wanted = [
        {"to": to, "body": body, "custom_string": own_custom(RUN, start + n)}
        for n, (to, body) in enumerate(zip(tos, bodies, strict=True))
    ]
    assert list(messages) == wanted
    # The custom_strings share one prefix only while the indices share their thousands.
    shared = start % 1000 + len(bodies) <= 1000
    plain = shared and all(
        '"' not in b and "\\" not in b and not any(ord(c) < 0x20 and c not in "\t\n\r" for c in b)
        for b in bodies
    )
    if plain:
        try:
            "".join(bodies).encode()
        except UnicodeEncodeError:
            plain = False
    assert (written is not None) == plain
    if written is not None:
        import json  # noqa: PLC0415

        assert json.loads(written) == {"messages": wanted}


def test_a_run_id_that_json_must_escape_is_written_by_the_encoder() -> None:
    """The joined text is used only with a prefix JSON writes as it is, as the library's are."""
    for run_id in ('cs"x', "cs\\x", "cs\nx"):
        messages = PlainMessages(["+61411111111"], ["hi"], OwnCustoms(run_id, 0, 1))
        assert messages.request_body() is None
    plain = PlainMessages(["+61411111111"], ["hi"], OwnCustoms("cs0123456789ab", 0, 1))
    assert plain.request_body() is not None


async def test_a_plain_batch_leaves_as_joined_text_and_arrives_whole() -> None:
    """The sandbox receives every message of a plain run as sent, and each is accepted once."""
    messages = [
        {"to": f"+614{n:08d}", "body": f"line one {n}\nline two\ttabbed é"} for n in range(2500)
    ]
    messages[1700]["body"] = 'quoted "text" falls back to the encoder'
    async with Sandbox() as sandbox, ClickSend("user", "key", base_url=sandbox.url) as cs:
        report = await cs.sms.send_bulk(messages)
        stored = list(sandbox.state.account("user").channel("sms").values())
    assert report.accepted == 2500
    customs = [outcome.custom_string for outcome in report.outcomes]
    assert customs == [own_custom(report.run_id, n) for n in range(2500)]
    assert sorted((m["to"], m["body"], m["custom_string"]) for m in stored) == sorted(
        (m["to"], m["body"], custom) for m, custom in zip(messages, customs, strict=True)
    )
