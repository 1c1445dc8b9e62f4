"""The benchmark harness still runs end to end (a smoke run; no figure is checked)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

RUN = Path(__file__).resolve().parent.parent / "benchmarks" / "run.py"
CALL_SPLIT = RUN.parent / "call_split.py"
SECTIONS = [
    "## Targets",
    "## Bulk throughput",
    "## Client CPU per 1000-message batch",
    "## Client CPU per 1000-message batch over TLS",
    "## Import time",
    "## Memory",
    "## Pagination",
    "## Single small call",
]


def test_quick_benchmark_run_writes_every_section(tmp_path: Path) -> None:
    """`benchmarks/run.py --quick` exits 0 and its report has every table, with no NaN."""
    report = tmp_path / "BENCHMARKS.md"
    done = subprocess.run(
        [sys.executable, str(RUN), "--quick", "--output", str(report)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    text = report.read_text()
    for section in SECTIONS:
        assert section in text
    assert re.search(r"\bnan\b", text) is None
    assert "`send_bulk` (ours)" in text
    assert "connections opened" in text
    assert "server CPU s (share of wall)" in text


def test_call_split_times_each_way_of_calling(tmp_path: Path) -> None:
    """`benchmarks/call_split.py` makes every call against the stand-in and times every block."""
    out = tmp_path / "split.json"
    done = subprocess.run(
        [sys.executable, str(CALL_SPLIT), "--rounds", "3", "--block", "4", "--json-out", str(out)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    figures = json.loads(out.read_text())
    assert figures["json"] == "stdlib"
    assert sorted(figures["runs_us"]) == ["ours", "raw", "seam"]
    assert all(len(runs) == 3 for runs in figures["runs_us"].values())
    assert "the model's:" in done.stdout


# Each as (messages, JSON separators): compact text with nothing to escape is split in C; a body
# holding "},{" (no backslash) or a quote (escaped), or spaced text, is read by the slow pattern.
_SENDS = {
    "compact": (
        [
            {"to": "+61411111111", "body": "hello", "custom_string": "a"},
            {"to": "+61422222222", "body": "no custom"},
        ],
        (",", ":"),
    ),
    "compact-none-with-a-custom-string": (
        [{"to": "+61411111111", "body": "hello"}, {"to": "+61422222222", "body": "again"}],
        (",", ":"),
    ),
    "compact-split-inside-a-string": (
        [
            {"to": "+61411111111", "body": "a },{ b", "custom_string": "a"},
            {"to": "+61422222222", "body": "no custom"},
        ],
        (",", ":"),
    ),
    "spaced-with-escapes": (
        [
            {"to": "+61411111111", "body": 'say "hi" {ok}', "custom_string": "a"},
            {"to": "+61422222222", "body": "no custom"},
        ],
        (", ", ": "),
    ),
}


@pytest.mark.parametrize("shape", list(_SENDS))
def test_stand_in_echoes_each_message_and_counts_connections(shape: str) -> None:
    """The stand-in answers a send entry per message with its own fields, and counts connections."""
    sys.path.insert(0, str(RUN.parent))
    try:
        from harness import StandIn  # noqa: PLC0415 - a script directory, not a package
    finally:
        sys.path.remove(str(RUN.parent))
    sent, separators = _SENDS[shape]
    server = StandIn(0, 2, None)
    try:
        before = server.stats()
        request = urllib.request.Request(  # noqa: S310 - loopback
            server.url + "/v3/sms/send",
            data=json.dumps({"messages": sent}, separators=separators).encode(),
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=10) as answer:  # noqa: S310 - loopback
            body = json.load(answer)
        after = server.stats()
    finally:
        server.stop()
    entries = body["data"]["messages"]
    assert [(e["to"], e["body"], e["custom_string"]) for e in entries] == [
        (m["to"], m["body"], m.get("custom_string", "")) for m in sent
    ]
    assert {e["status"] for e in entries} == {"SUCCESS"}
    assert len({e["message_id"] for e in entries}) == 2
    assert after["connections"] - before["connections"] == 2  # the send's and after's own
    assert after["messages"] == 2
