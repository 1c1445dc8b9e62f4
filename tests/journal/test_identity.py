"""Message identity: what counts as the same message, stability under edits, custom_strings."""

from __future__ import annotations

import random
import re

import pytest

from clicksend_async import ValidationError
from clicksend_async._identity import (
    CUSTOM_STRING_LENGTH,
    Identities,
    Identity,
    content_hash,
    custom_string_for,
    new_run_id,
)

SMS = "send_sms"
RUN = "0123456789abcdef"
BASE = {"to": "+61411111111", "body": "Hello", "from": "Shop", "schedule": 1700000000}


def identities(rows: list[dict[str, object]]) -> list[Identity]:
    """Identify the rows of one input in order."""
    counter = Identities()
    return [counter.identify(SMS, row) for row in rows]


def csv_rows() -> list[dict[str, object]]:
    """Ten rows with two identical pairs and one bad row (a number that is no number)."""
    rows: list[dict[str, object]] = [
        {"to": f"+6141111{n:04d}", "body": f"Order {n} is ready"} for n in range(6)
    ]
    rows.insert(2, {"to": "+61411110000", "body": "Order 0 is ready"})  # twin of row 0
    rows.insert(5, {"to": "+61411119999", "body": "Reminder"})
    rows.insert(6, {"to": "+61411119999", "body": "Reminder"})  # intended duplicate
    rows.append({"to": "not a number", "body": "Bad row"})
    return rows


def test_identical_rows_are_distinct_messages() -> None:
    """Two identical rows get one content hash and occurrences 0 and 1, so both are sent."""
    found = identities(csv_rows())
    assert found[0].content == found[2].content
    assert (found[0].occurrence, found[2].occurrence) == (0, 1)
    assert (found[5].occurrence, found[6].occurrence) == (0, 1)
    assert len(set(found)) == len(found)


@pytest.mark.parametrize(
    "edit",
    ["delete a row", "insert at the top", "reorder two rows", "fix the bad row"],
)
def test_editing_other_rows_changes_no_identity(edit: str) -> None:
    """After each edit, every untouched row keeps exactly the identity it had."""
    before = csv_rows()
    old = dict(zip(map(id, before), identities(before), strict=True))
    after = list(before)
    if edit == "delete a row":
        del after[3]
    elif edit == "insert at the top":
        after.insert(0, {"to": "+61499999999", "body": "New first row"})
    elif edit == "reorder two rows":
        after[1], after[8] = after[8], after[1]
    else:
        after[-1] = {"to": "+61411112222", "body": "Bad row"}
    new = dict(zip(map(id, after), identities(after), strict=True))
    untouched = [key for key in new if key in old]
    assert len(untouched) >= len(before) - 1
    for key in untouched:
        assert new[key] == old[key], edit


def test_reordering_identical_rows_keeps_the_set_of_identities() -> None:
    """Swapping one twin with the other swaps nothing that matters: same identities overall."""
    rows = csv_rows()
    swapped = list(rows)
    swapped[0], swapped[2] = swapped[2], swapped[0]
    assert identities(rows) == identities(swapped)


@pytest.mark.parametrize(
    "spelling",
    [
        {"schedule": 1700000000, "from": "Shop", "body": "Hello", "to": "+61411111111"},
        {**BASE, "from_": "Shop"},
        {**{k: v for k, v in BASE.items() if k != "from"}, "from_": "Shop"},
        {**BASE, "schedule": "1700000000"},
        {**BASE, "schedule": 1700000000.0},
        {**BASE, "to": "+61 411 111 111"},
        {**BASE, "to": "+61 (411) 111-111"},
        {**BASE, "custom_string": ""},
        {**BASE, "custom_string": None},
        {**BASE, "source": None},
    ],
)
def test_equivalent_spellings_have_one_content(spelling: dict[str, object]) -> None:
    """Key order, from_, number spellings, separators and empty fields leave the hash alone."""
    assert content_hash(SMS, spelling) == content_hash(SMS, BASE)


def test_unicode_forms_and_line_ends_have_one_content() -> None:
    """NFC and NFD bodies, and CRLF and LF line ends, are the same message."""
    composed = {**BASE, "body": "Caf\u00e9\nopen"}
    assert content_hash(SMS, {**BASE, "body": "Cafe\u0301\nopen"}) == content_hash(SMS, composed)
    assert content_hash(SMS, {**BASE, "body": "Caf\u00e9\r\nopen"}) == content_hash(SMS, composed)


def test_voice_flags_and_list_ids_have_one_content() -> None:
    """machine_detection True equals 1, and list_id "5" equals 5 (both spellings are sent)."""
    voice = {"to": "+61411111111", "body": "Hi", "voice": "female", "lang": "en-au"}
    assert content_hash("send_voice_message", {**voice, "machine_detection": True}) == (
        content_hash("send_voice_message", {**voice, "machine_detection": 1})
    )
    assert content_hash(SMS, {"list_id": "5", "body": "Hi"}) == content_hash(
        SMS, {"list_id": 5, "body": "Hi"}
    )


def test_shared_fields_count_as_the_message_s_own() -> None:
    """An MMS's request-wide media_file counts, and equals the same field on the message."""
    mms = {"to": "+61411111111", "body": "Look", "subject": "Pic"}
    shared = {"media_file": "https://example.com/a.jpg"}
    assert content_hash("send_mms", mms, shared) == content_hash("send_mms", {**mms, **shared})
    assert content_hash("send_mms", mms, shared) != content_hash(
        "send_mms", mms, {"media_file": "https://example.com/b.jpg"}
    )


@pytest.mark.parametrize(
    ("channel", "change"),
    [
        ("send_mms", {}),
        (SMS, {"to": "+61411111112"}),
        (SMS, {"to": "61411111111"}),
        (SMS, {"body": "Hello!"}),
        (SMS, {"body": "hello"}),
        (SMS, {"from": "Shop2"}),
        (SMS, {"from": None}),
        (SMS, {"schedule": 1700000001}),
        (SMS, {"custom_string": "order-17"}),
        (SMS, {"voice": "male"}),
        (SMS, {"lang": "en-gb"}),
        (SMS, {"machine_detection": 1}),
        (SMS, {"media_file": "https://example.com/a.jpg"}),
    ],
)
def test_every_field_the_service_receives_is_content(
    channel: str, change: dict[str, object]
) -> None:
    """Channel, recipient, body, sender, schedule, custom_string and channel fields all count."""
    assert content_hash(channel, {**BASE, **change}) != content_hash(SMS, BASE)


def test_content_hash_is_pinned() -> None:
    """The hash of a known message never changes silently: a change must bump IDENTITY_SCHEME."""
    assert content_hash(SMS, BASE).hex() == "842e1b86cecedf76fefdfa67240200ef"


@pytest.mark.parametrize("bad", [{1, 2}, object(), b"bytes"])
def test_values_that_are_not_json_are_refused(bad: object) -> None:
    """A field that could never be sent (a set, an object, bytes) is a ValidationError."""
    with pytest.raises(ValidationError, match="JSON"):
        content_hash(SMS, {**BASE, "source": bad})


def test_a_message_that_is_not_a_mapping_is_refused() -> None:
    """A string or a list is no message."""
    with pytest.raises(ValidationError, match="mapping"):
        content_hash(SMS, "hello")  # type: ignore[arg-type]


def test_custom_string_is_short_safe_and_deterministic() -> None:
    """16 characters of a-z and 2-7, the same for the same run and identity in any process."""
    identity = Identity(content_hash(SMS, BASE), 0)
    value = custom_string_for(RUN, identity)
    assert value == "mlxygt45tdidg2gb"
    assert len(value) == CUSTOM_STRING_LENGTH
    assert re.fullmatch(r"[a-z2-7]{16}", value)
    assert custom_string_for(RUN, Identity(identity.content, 0)) == value


def test_custom_string_differs_by_run_and_by_occurrence() -> None:
    """Twins get different custom_strings, and so does the same message in another run."""
    identity = Identity(content_hash(SMS, BASE), 0)
    twin = Identity(identity.content, 1)
    values = {
        custom_string_for(RUN, identity),
        custom_string_for(RUN, twin),
        custom_string_for(new_run_id(), identity),
    }
    assert len(values) == 3


def test_custom_strings_do_not_collide_over_many_messages() -> None:
    """100,000 identities of one run give 100,000 distinct custom_strings."""
    counter = Identities()
    values = {
        custom_string_for(RUN, counter.identify(SMS, {"to": "+61411111111", "body": str(n % 50)}))
        for n in range(100_000)
    }
    assert len(values) == 100_000


def test_identity_key_round_trips() -> None:
    """The 20-byte key gives back the identity, and keys sort as (content, occurrence)."""
    identity = Identity(bytes(range(16)), 70_000)
    assert len(identity.key) == 20
    assert Identity.from_key(identity.key) == identity
    assert Identity(b"\0" * 16, 1).key < Identity(b"\0" * 16, 256).key


def test_the_counter_agrees_with_plain_counting_across_block_splits() -> None:
    """Thousands of contents with repeats in random order: occurrences as a dict would count."""
    rng = random.Random(13)  # noqa: S311 - test data, not secrets
    contents = [rng.randbytes(16) for _ in range(6000)]
    stream = [rng.choice(contents) for _ in range(30_000)]
    counter = Identities()
    expected: dict[bytes, int] = {}
    for content in stream:
        assert counter.assign(content).occurrence == expected.get(content, 0)
        expected[content] = expected.get(content, 0) + 1
    assert len(counter) == len(expected)
