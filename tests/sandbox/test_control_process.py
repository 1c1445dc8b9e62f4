import csv
import io
import json
import time
import urllib.error

import pytest

from clicksend_async.sandbox._handlers.exports import file_name

ALICE = ("alice", "ALICE-KEY")
SMS = {"messages": [{"to": "+61411111111", "body": "Hello", "custom_string": "order-1"}]}


def send(remote, body=SMS, auth=ALICE):
    """Send over HTTP and return the decoded 200 answer."""
    status, _, answer = remote.api("POST", "/sms/send", body, auth=auth)
    assert status == 200, answer
    return answer


def test_json_line_names_the_api_and_the_control_api(sandbox_process):
    """`sandbox --json` prints the API's URL and the control API's, on the same listener."""
    assert sandbox_process.url.endswith("/v3")
    assert sandbox_process.control_url == sandbox_process.url.removesuffix("/v3") + "/_sandbox"
    status, index = sandbox_process.control("GET", "")
    assert status == 200
    assert "POST /_sandbox/faults" in index["operations"]


def test_state_file_accounts_lists_and_contacts_are_loaded(remote):
    """--state: its accounts pass strict mode with their balance; their lists hold the contacts."""
    status, _, account = remote.api("GET", "/account")
    assert status == 200
    assert account["data"]["balance"] == "25.0000"
    assert remote.api("GET", "/account", auth=("alice", "WRONG"))[0] == 401
    assert remote.api("GET", "/account", auth=("mallory", "ALICE-KEY"))[0] == 401
    _, _, lists = remote.api("GET", "/lists")
    [found] = lists["data"]["data"]
    assert found["list_name"] == "Customers"
    _, _, contacts = remote.api("GET", f"/lists/{found['list_id']}/contacts")
    names = [c["first_name"] for c in contacts["data"]["data"]]
    assert names == ["Ann", "Bob"]
    assert remote.api("GET", "/account", auth=("bob", "BOB-KEY"))[0] == 200


def test_created_account_is_accepted_by_strict_mode(remote):
    """POST /_sandbox/accounts adds credentials a strict sandbox accepts, with the balance given."""
    assert remote.api("GET", "/account", auth=("carol", "C-KEY"))[0] == 401
    status, created = remote.control(
        "POST", "/accounts", {"username": "carol", "api_key": "C-KEY", "balance": 3}
    )
    assert status == 200
    assert created["accepted_in_strict_mode"] is True
    status, _, account = remote.api("GET", "/account", auth=("carol", "C-KEY"))
    assert status == 200
    assert account["data"]["balance"] == "3.0000"
    _, listed = remote.control("GET", "/accounts")
    assert {"alice", "bob", "carol"} <= {a["username"] for a in listed["accounts"]}


def test_balance_and_status_change_what_the_api_answers(remote):
    """PATCH an account: no credit makes sends INSUFFICIENT_CREDIT; banned answers 403."""
    status, changed = remote.control("PATCH", "/accounts/alice", {"balance": 0})
    assert (status, changed["balance"]) == (200, 0.0)
    answer = send(remote)
    assert answer["data"]["messages"][0]["status"] == "INSUFFICIENT_CREDIT"
    remote.control("PATCH", "/accounts/alice", {"status": "banned"})
    status, _, refused = remote.api("GET", "/account")
    assert (status, refused["response_code"]) == (403, "FORBIDDEN")
    remote.control("PATCH", "/accounts/alice", {"status": "not_activated"})
    assert remote.api("GET", "/account")[2]["response_code"] == "ACCOUNT_NOT_ACTIVATED"
    remote.control("PATCH", "/accounts/alice", {"status": "active", "balance": 10})
    assert remote.api("GET", "/account")[0] == 200


def test_stored_messages_are_counted_with_duplicates_by_custom_string(remote):
    """GET stored/{channel} lists the messages, counts them and counts repeated custom strings."""
    send(remote)
    send(remote)
    send(remote, {"messages": [{"to": "+61411111112", "body": "Hi", "custom_string": "other"}]})
    status, stored = remote.control("GET", "/accounts/alice/stored/sms")
    assert status == 200
    assert stored["count"] == 3
    assert stored["duplicates"] == 1
    assert stored["by_custom_string"] == {"order-1": 2}
    assert {m["custom_string"] for m in stored["messages"]} == {"order-1", "other"}
    _, summary = remote.control("GET", "/accounts/alice/stored")
    assert summary["messages"] == {"sms": 3}
    assert summary["pending_receipts"] == 3


def test_scripted_429_then_success_and_counters(remote):
    """A scripted 429 answers the next send with Retry-After; the counters show it and the send."""
    status, queued = remote.control("POST", "/faults", {"target": "send_sms", "kind": 429})
    assert (status, queued["pending"]) == (200, 1)
    status, headers, answer = remote.api("POST", "/sms/send", SMS)
    assert (status, answer["response_code"]) == (429, "TOO_MANY_REQUESTS")
    assert headers["Retry-After"] == "1"
    assert send(remote)["data"]["queued_count"] == 1
    _, counters = remote.control("GET", "/counters")
    assert counters["requests"]["send_sms"] == 2
    assert counters["faults"] == {"429": 1}
    assert counters["messages_accepted"] == 1
    assert counters["faults_pending"] == 0


def test_scripted_statuses_and_throttled_answers(remote):
    """Scripted answers: any status for a path, and THROTTLED for every message of a send."""
    remote.control("POST", "/faults", {"target": "/v3/account", "kind": 503, "count": 2})
    assert remote.api("GET", "/account")[0] == 503
    assert remote.api("GET", "/account")[0] == 503
    assert remote.api("GET", "/account")[0] == 200
    remote.control("POST", "/faults", {"target": "/sms/send", "kind": "throttled"})
    throttled = send(remote)
    assert throttled["data"]["messages"][0]["status"] == "THROTTLED"
    assert throttled["data"]["queued_count"] == 0
    assert remote.control("GET", "/accounts/alice/stored")[1]["messages"] == {}


@pytest.mark.parametrize(("after_accept", "stored"), [(False, 0), (True, 1)])
def test_scripted_drop_before_or_after_applying(remote, after_accept, stored):
    """A scripted drop closes the connection; after_accept decides whether the send was kept."""
    remote.control(
        "POST", "/faults", {"target": "send_sms", "kind": "drop", "after_accept": after_accept}
    )
    with pytest.raises((urllib.error.URLError, ConnectionError)):
        remote.api("POST", "/sms/send", SMS)
    _, found = remote.control("GET", "/accounts/alice/stored/sms")
    assert found["count"] == stored


def test_scripted_latency_delays_a_normal_answer(remote):
    """A scripted latency answers normally, no sooner than its delay."""
    remote.control(
        "POST", "/faults", {"target": "view_account_details", "kind": "latency", "delay": 0.3}
    )
    started = time.monotonic()
    assert remote.api("GET", "/account")[0] == 200
    assert time.monotonic() - started >= 0.3


def test_inbound_injected_over_http_is_listed(remote):
    """POST /_sandbox/inbound stores a reply that GET /sms/inbound then lists."""
    sent = send(remote)["data"]["messages"][0]["message_id"]
    status, record = remote.control(
        "POST", "/inbound", {"from": "+61411111111", "body": "STOP", "original_message_id": sent}
    )
    assert status == 200
    assert record["original_message_id"] == sent
    _, _, inbound = remote.api("GET", "/sms/inbound")
    [reply] = inbound["data"]["data"]
    assert (reply["body"], reply["original_message_id"]) == ("STOP", sent)


def test_receipts_arrive_when_told_or_when_the_clock_moves(remote):
    """Receipts (30 s away) arrive at /_sandbox/receipts/deliver, or when the clock passes them."""
    send(remote)
    assert remote.api("GET", "/sms/receipts")[2]["data"]["total"] == 0
    status, delivered = remote.control("POST", "/receipts/deliver", {})
    assert (status, delivered) == (200, {"delivered": 1})
    assert remote.api("GET", "/sms/receipts")[2]["data"]["total"] == 1
    send(remote)
    status, moved = remote.control("POST", "/clock", {"advance": 10})
    assert (status, moved["clock_offset"]) == (200, 10.0)
    assert remote.api("GET", "/sms/receipts")[2]["data"]["total"] == 1
    remote.control("POST", "/clock", {"advance": 25})
    assert remote.api("GET", "/sms/receipts")[2]["data"]["total"] == 2


EXPORTS = [
    ("/sms/history/export", "sms-history.csv"),
    ("/mms/history/export", "mms-history.csv"),
    ("/voice/history/export", "voice-history.csv"),
    ("/fax/history/export", "fax-history.csv"),
    ("/email/history/export", "email-history.csv"),
    ("/post/letters/history/export", "letter-history.csv"),
    ("/post/postcards/history/export", "postcard-history.csv"),
    ("/email-campaigns/1/history/export", "email-campaign-history.csv"),
    ("/sms-campaigns/1/link-export", "link-tracking.csv"),
]


@pytest.mark.parametrize(("path", "name"), EXPORTS)
def test_every_export_link_serves_its_file_once(remote, path, name):
    """Each export answers a link naming a .csv file that downloads once, header first."""
    status, _, answer = remote.api("GET", path)
    assert status == 200
    url = answer["data"]["url"]
    assert url.endswith("/" + name)
    status, headers, content = remote.request("GET", url)
    assert status == 200
    assert headers["Content-Type"].startswith("text/csv")
    assert content.decode().splitlines()[0]
    assert remote.request("GET", url)[0] == 404


def test_sms_export_holds_the_account_messages_without_a_doubled_extension(remote):
    """The SMS export named history.csv is history.csv and lists the account's messages."""
    send(remote)
    _, _, answer = remote.api("GET", "/sms/history/export?filename=history.csv")
    url = answer["data"]["url"]
    assert url.endswith("/history.csv")
    assert ".csv.csv" not in url
    _, _, content = remote.request("GET", url)
    rows = list(csv.DictReader(io.StringIO(content.decode())))
    assert [(r["to"], r["body"], r["custom_string"]) for r in rows] == [
        ("+61411111111", "Hello", "order-1")
    ]
    assert (
        rows[0]["message_id"]
        == remote.control("GET", "/accounts/alice/stored/sms")[1]["messages"][0]["message_id"]
    )


def test_contact_list_export_holds_its_contacts(remote):
    """A list's export is a CSV of the list's contacts; an unknown list is a 404."""
    _, _, lists = remote.api("GET", "/lists")
    list_id = lists["data"]["data"][0]["list_id"]
    _, _, answer = remote.api("GET", f"/lists/{list_id}/export?filename=team")
    _, _, content = remote.request("GET", answer["data"]["url"])
    rows = list(csv.DictReader(io.StringIO(content.decode())))
    assert [r["phone_number"] for r in rows] == ["+61411111111", "+61411111112"]
    assert remote.api("GET", "/lists/999999/export")[0] == 404


def test_file_names_get_one_csv_extension():
    """An export's file name gets .csv once, keeps a given .csv and loses path characters."""
    assert file_name("report", "x") == "report.csv"
    assert file_name("report.CSV", "x") == "report.CSV"
    assert file_name(None, "sms-history") == "sms-history.csv"
    assert file_name("../../etc/passwd", "x") == "etc-passwd.csv"


def test_price_summary_lists_countries_with_counts_and_prices(remote):
    """POST /sms/price: _summary.countries has each country, its recipient count and price."""
    body = {
        "messages": [
            {"to": "+61411111111", "body": "Hi"},
            {"to": "+61411111112", "body": "Hi"},
            {"to": "+14155550100", "body": "Hi"},
        ]
    }
    status, _, answer = remote.api("POST", "/sms/price", body)
    assert status == 200
    countries = {
        c["country"]["code"]: c["country"] for c in answer["data"]["_summary"]["countries"]
    }
    assert set(countries) == {"AU", "US"}
    assert countries["AU"]["name"] == "Australia"
    assert countries["AU"]["recipient_count"] == countries["AU"]["receipient_count"] == 2
    assert countries["AU"]["total_price"] == "0.1584"
    assert countries["US"]["recipient_count"] == 1


def test_reset_forgets_messages_and_faults_but_keeps_the_state_file(remote):
    """POST /_sandbox/reset empties messages, counters and faults; --state accounts remain."""
    send(remote)
    remote.control("POST", "/faults", {"target": "send_sms", "kind": 500})
    remote.control("POST", "/accounts", {"username": "dave", "api_key": "D"})
    status, _ = remote.control("POST", "/reset")
    assert status == 200
    _, counters = remote.control("GET", "/counters")
    assert (counters["messages_accepted"], counters["faults_pending"]) == (0, 0)
    assert counters["requests"] == {}
    assert remote.api("GET", "/account", auth=("dave", "D"))[0] == 401
    assert remote.api("GET", "/account")[2]["data"]["balance"] == "25.0000"


def test_control_requests_skip_the_clicksend_stages(remote):
    """Control calls need no credentials and are never counted; /v3 never reaches them."""
    remote.control("GET", "/counters")
    remote.control("GET", "/accounts")
    _, counters = remote.control("GET", "/counters")
    assert counters["requests_total"] == 0
    status, _, answer = remote.api("POST", "/_sandbox/reset", auth=ALICE)
    assert (status, answer["response_code"]) == (404, "NOT_FOUND")


@pytest.mark.parametrize(
    ("call", "status", "words"),
    [
        (("POST", "/faults", {"target": "send_sms", "kind": "sometimes"}), 400, "kind"),
        (("POST", "/faults", {"target": "no_such_operation"}), 400, "not an operation"),
        (("POST", "/faults", {"target": "send_sms", "count": 0}), 400, "count"),
        (("POST", "/faults", {"kind": 500}), 400, "target"),
        (("POST", "/faults", [1, 2]), 400, "JSON object"),
        (("POST", "/clock", {"advance": -1}), 400, "negative"),
        (("POST", "/clock", {}), 400, "advance"),
        (("PATCH", "/accounts/alice", {"status": "asleep"}), 400, "status"),
        (("PATCH", "/accounts/alice", {"balance": "lots"}), 400, "balance"),
        (("PATCH", "/accounts/alice", {}), 400, "balance"),
        (("POST", "/accounts", {"username": "x"}), 400, "api_key"),
        (("POST", "/inbound", {"body": "hi"}), 400, "from"),
        (("POST", "/state", {"accounts": [{"username": "x"}]}), 400, "accounts[0].api_key"),
        (("GET", "/accounts/nobody/stored", None), 404, "nobody"),
        (("PUT", "/faults", None), 405, "GET"),
        (("GET", "/no-such-thing", None), 404, "no such control operation"),
    ],
)
def test_bad_control_requests_are_answered_clearly(remote, call, status, words):
    """A bad control request answers 400 (404, 405) with a message naming what is wrong."""
    got, answer = remote.control(*call)
    assert got == status
    assert words in answer["error"]


def test_invalid_json_is_a_400(remote):
    """A control body that is not JSON answers 400."""
    status, _, data = remote.request("POST", remote.control_url + "/faults", raw=b"{nope")
    assert status == 400
    assert "not valid JSON" in json.loads(data)["error"]


def test_state_can_be_loaded_over_http(remote):
    """POST /_sandbox/state takes the --state format: its accounts are accepted at once."""
    status, loaded = remote.control(
        "POST", "/state", {"accounts": [{"username": "erin", "api_key": "E", "balance": 1}]}
    )
    assert status == 200
    assert loaded["accounts"][0]["balance"] == 1.0
    assert remote.api("GET", "/account", auth=("erin", "E"))[0] == 200
