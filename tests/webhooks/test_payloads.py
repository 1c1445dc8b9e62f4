import json
from urllib.parse import urlencode

import pytest

from clicksend_async import ClickSendError
from clicksend_async.webhooks import (
    DeliveryReceipt,
    InboundMessage,
    PayloadError,
    parse_inbound,
    parse_receipt,
)

RECEIPT = {
    "timestamp_send": 1722565661,
    "timestamp": 1722565662,
    "message_id": "D6D16B28-46AC-484A-AB0A-A08CD08EF75C",
    "status": "Delivered",
    "status_code": 201,
    "status_text": "Success: Message received on handset.",
    "error_code": None,
    "error_text": None,
    "custom_string": "order-7",
    "user_id": 12,
    "subaccount_id": 34,
    "message_type": "sms",
    "digits": None,
}
EXPECTED_RECEIPT = DeliveryReceipt(
    message_id="D6D16B28-46AC-484A-AB0A-A08CD08EF75C",
    message_type="sms",
    status_code="201",
    status="Delivered",
    status_text="Success: Message received on handset.",
    custom_string="order-7",
    timestamp=1722565662,
    timestamp_send=1722565661,
    user_id=12,
    subaccount_id=34,
)


def form(fields):
    """Encode fields the way a form post or query string carries them: None as empty."""
    return urlencode({k: "" if v is None else v for k, v in fields.items()})


@pytest.mark.parametrize(
    ("payload", "content_type"),
    [
        (RECEIPT, None),
        (json.dumps(RECEIPT).encode(), "application/json"),
        (form(RECEIPT).encode(), "application/x-www-form-urlencoded"),
        (form(RECEIPT), None),
        ("?" + form(RECEIPT), None),
        (json.dumps(RECEIPT).encode(), None),
    ],
    ids=["mapping", "json", "form", "query", "query-with-?", "json-sniffed"],
)
def test_receipt_reads_the_same_in_every_encoding(payload, content_type):
    """JSON, form body, query string and a mapping all give the same typed receipt."""
    assert parse_receipt(payload, content_type) == EXPECTED_RECEIPT


@pytest.mark.parametrize("channel", ["sms", "mms", "voice", "fax", "email", "post"])
def test_receipt_of_each_channel_keeps_its_type(channel):
    """Receipts of every channel parse, and message_type says which one it was."""
    receipt = parse_receipt({**RECEIPT, "message_type": channel})
    assert receipt.message_type == channel


def test_voice_digits_and_numeric_error_code_become_strings():
    """Voice keypad digits and error codes sent as numbers are read as strings."""
    receipt = parse_receipt({**RECEIPT, "digits": 5, "error_code": 301, "message_type": "voice"})
    assert (receipt.digits, receipt.error_code) == ("5", "301")


@pytest.mark.parametrize(
    ("fields", "delivered", "failed"),
    [
        ({"status_code": "201"}, True, False),
        ({"status_code": 200, "status": "Sent"}, False, False),
        ({"status_code": "301", "status": "Undelivered"}, False, True),
        ({"status_code": "302"}, False, True),
        ({"status_code": None, "status": "Delivered"}, True, False),
    ],
)
def test_delivered_and_failed_follow_the_status_codes(fields, delivered, failed):
    """201 (or status Delivered) is delivered; 300-302 (or Undelivered) is failed."""
    receipt = parse_receipt({**RECEIPT, "status": None, **fields})
    assert (receipt.delivered, receipt.failed) == (delivered, failed)


def test_unknown_receipt_fields_are_kept_in_extra():
    """Fields the class does not know survive in extra, under the name they came with."""
    receipt = parse_receipt({**RECEIPT, "carrier": "Telstra", "_new_flag": "1"})
    assert receipt.extra == {"carrier": "Telstra", "_new_flag": "1"}
    assert receipt.message_id == RECEIPT["message_id"]


@pytest.mark.parametrize(
    "fields",
    [
        {"messageid": "M-1", "statuscode": "201", "customstring": "c", "timestampsend": "5"},
        {"MessageId": "M-1", "StatusCode": "201", "CustomString": "c", "TimestampSend": "5"},
        {"message-id": "M-1", "status-code": "201", "custom-string": "c", "timestamp-send": "5"},
    ],
    ids=["squashed", "camel", "dashed"],
)
def test_receipt_field_names_match_ignoring_case_and_separators(fields):
    """Legacy spellings of receipt fields (messageid, StatusCode, ...) fill the same fields."""
    receipt = parse_receipt(fields)
    assert (receipt.message_id, receipt.status_code, receipt.custom_string) == ("M-1", "201", "c")
    assert receipt.timestamp_send == 5
    assert receipt.extra == {}


INBOUND = {
    "timestamp": "1722565700",
    "from": "+61411111111",
    "body": "Yes please",
    "original_body": "Want a table?",
    "original_message_id": "OUT-1",
    "to": "+61411111112",
    "custom_string": "booking-9",
    "message_id": "IN-1",
    "_keyword": "yes",
    "user_id": "12",
    "subaccount_id": "34",
}
EXPECTED_INBOUND = InboundMessage(
    message_id="IN-1",
    from_="+61411111111",
    to="+61411111112",
    body="Yes please",
    original_body="Want a table?",
    original_message_id="OUT-1",
    custom_string="booking-9",
    timestamp=1722565700,
    keyword="yes",
    user_id=12,
    subaccount_id=34,
)


@pytest.mark.parametrize(
    ("payload", "content_type"),
    [
        (INBOUND, None),
        (json.dumps(INBOUND).encode(), "application/json; charset=utf-8"),
        (form(INBOUND).encode(), "application/x-www-form-urlencoded"),
        (form(INBOUND), None),
    ],
    ids=["mapping", "json", "form", "query"],
)
def test_inbound_reads_the_same_in_every_encoding(payload, content_type):
    """An inbound SMS parses to the same typed message from JSON, form, query or a mapping."""
    assert parse_inbound(payload, content_type) == EXPECTED_INBOUND


LEGACY_INBOUND = {
    "message_id": "IN-2",
    "from": "+61411111111",
    "message": "Stop",
    "originalmessageid": "OUT-2",
    "originalmessage": "Sale today",
    "originalsenderid": "+61411111112",
    "customstring": "promo",
    "timestamp": "1722565800",
}


def test_legacy_inbound_aliases_fill_the_fields():
    """ClickSend's legacy form names (message, originalmessageid, ...) map to the fields."""
    message = parse_inbound(form(LEGACY_INBOUND).encode(), "application/x-www-form-urlencoded")
    assert message == InboundMessage(
        message_id="IN-2",
        from_="+61411111111",
        to="+61411111112",
        body="Stop",
        original_body="Sale today",
        original_message_id="OUT-2",
        custom_string="promo",
        timestamp=1722565800,
    )


def test_field_name_wins_over_its_alias_and_the_alias_is_kept():
    """When both body and its alias sms arrive, body is used and sms stays in extra."""
    message = parse_inbound({"message_id": "IN-3", "body": "real", "sms": "copy", "body2": "x"})
    assert message.body == "real"
    assert message.extra == {"sms": "copy", "body2": "x"}


def test_inbound_timestamp_send_stands_in_for_timestamp():
    """Payloads that say timestamp_send instead of timestamp still give a timestamp."""
    assert parse_inbound({"message_id": "IN-4", "timestamp_send": 17}).timestamp == 17


def test_empty_form_values_are_none_but_an_empty_body_stays_text():
    """An empty form value means none, except body, which stays an empty string."""
    message = parse_inbound("message_id=IN-5&body=&to=&timestamp=")
    assert (message.body, message.to, message.timestamp) == ("", None, None)


@pytest.mark.parametrize(
    ("payload", "content_type", "match"),
    [
        (b"{not json", "application/json", "not valid JSON"),
        (b"[1, 2]", "application/json", "must be an object"),
        ({"status_code": "201"}, None, "no message_id"),
        ("message_id=&status_code=201", None, "no message_id"),
        ({"message_id": "M", "timestamp": "yesterday"}, None, "does not fit"),
    ],
)
def test_unreadable_payloads_raise_payload_error(payload, content_type, match):
    """Broken JSON, non-objects, a missing message id or a non-numeric timestamp raise."""
    with pytest.raises(PayloadError, match=match):
        parse_receipt(payload, content_type)


def test_payload_error_is_a_value_error_and_a_clicksend_error():
    """PayloadError can be caught as ValueError or as the library's base error."""
    assert issubclass(PayloadError, ValueError)
    assert issubclass(PayloadError, ClickSendError)


def test_dedupe_keys_use_message_id_and_status_code():
    """Two receipts differ when their status codes differ; the id's case does not matter."""
    sent = parse_receipt({"message_id": "abc", "status_code": "200"})
    delivered = parse_receipt({"message_id": "ABC", "status_code": "201"})
    again = parse_receipt({"message_id": "ABC", "status_code": 201})
    assert sent.dedupe_key != delivered.dedupe_key
    assert delivered.dedupe_key == again.dedupe_key
    assert parse_inbound({"message_id": "abc"}).dedupe_key != delivered.dedupe_key
