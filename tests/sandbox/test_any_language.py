"""The sandbox driven the way a Node, PHP or Go suite drives it: a process, HTTP and JSON only.

The sandbox runs as `python -m clicksend_async sandbox` in a subprocess (the `sandbox_process`
fixture); these tests use nothing but `urllib.request` to talk to it.
"""

import csv
import io
import json
import shlex
from pathlib import Path

from support.remote_sandbox import STATE

README = Path(__file__).resolve().parents[2] / "README.md"
ALICE = ("alice", "ALICE-KEY")


def test_fault_send_counters_inbound_receipts_and_export_over_http(remote):
    """Script a fault, send, read the counters, inject a reply, deliver receipts, download."""
    status, _ = remote.control("POST", "/faults", {"target": "send_sms", "kind": 500})
    assert status == 200
    message = {"messages": [{"to": "+61411111111", "body": "Your code is 1234"}]}
    status, _, failed = remote.api("POST", "/sms/send", message, auth=ALICE)
    assert (status, failed["response_code"]) == (500, "INTERNAL_SERVER_ERROR")
    status, _, sent = remote.api("POST", "/sms/send", message, auth=ALICE)
    assert (status, sent["data"]["messages"][0]["status"]) == (200, "SUCCESS")
    message_id = sent["data"]["messages"][0]["message_id"]

    _, counters = remote.control("GET", "/counters")
    assert counters["requests"] == {"send_sms": 2}
    assert counters["faults"] == {"500": 1}
    assert counters["messages_accepted"] == 1

    status, reply = remote.control(
        "POST", "/inbound", {"from": "+61411111111", "body": "Thanks", "username": "alice"}
    )
    assert status == 200
    _, _, inbound = remote.api("GET", "/sms/inbound", auth=ALICE)
    assert [r["message_id"] for r in inbound["data"]["data"]] == [reply["message_id"]]

    assert remote.control("POST", "/receipts/deliver", {}) == (200, {"delivered": 1})
    _, _, receipts = remote.api("GET", "/sms/receipts", auth=ALICE)
    [receipt] = receipts["data"]["data"]
    assert (receipt["message_id"], receipt["status_code"]) == (message_id, 201)

    _, _, export = remote.api("GET", "/sms/history/export?filename=sent.csv", auth=ALICE)
    status, _, content = remote.request("GET", export["data"]["url"])
    assert status == 200
    [row] = csv.DictReader(io.StringIO(content.decode()))
    assert (row["message_id"], row["status"]) == (message_id, "Sent")


def _curl_lines():
    """Return the README's curl lines of the control API, split as a shell would."""
    text = README.read_text(encoding="utf-8")
    section = text.split("## Using the sandbox from any language", 1)[1].split("\n## ", 1)[0]
    lines = [line.split(" #", 1)[0] for line in section.splitlines()]
    return [shlex.split(line) for line in lines if line.startswith("curl ")]


def test_every_readme_curl_line_works(remote, tmp_path):
    """Each control call the README shows as a curl line answers 200 on a running sandbox."""
    lines = _curl_lines()
    assert len(lines) >= 15
    state = json.dumps(STATE)
    for words in lines:
        method, data, url = "GET", None, None
        rest = iter(words[1:])
        for word in rest:
            if word == "-X":
                method = next(rest)
            elif word == "-d":
                data = next(rest)
                method = "POST" if method == "GET" else method
            elif word.startswith("$C"):
                url = remote.control_url + word.removeprefix("$C")
        assert url is not None, words
        raw = None
        if data is not None:
            raw = (state if data == "@state.json" else data).encode()
        status, _, body = remote.request(method, url, raw=raw)
        assert status == 200, (words, body)
        json.loads(body)
