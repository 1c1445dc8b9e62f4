import csv
import io
import json
import time

import pytest
from cli_support import NUMBERS, USERNAME, account, read_results, write_messages

from clicksend_async import ClickSend
from clicksend_async._bulk._reconcile import HISTORY_SLACK, find_in_history
from clicksend_async._cli._input import count_rows
from clicksend_async._cli.progress import Progress
from clicksend_async.cli import main


def _summary(capsys):
    return json.loads(capsys.readouterr().out)


def _bulk(sandbox, path, *extra):
    return main(["bulk", str(path), "--json", *account(sandbox.url), *extra])


def _accepted_rows(results):
    return sorted(int(r["row"]) for r in results if r["outcome"] == "accepted")


def test_count_rows_counts_quoted_line_breaks_once(tmp_path):
    """A body with a line break inside quotes is one row."""
    path = tmp_path / "in.csv"
    path.write_text('to,body\n+61411111111,"two\nlines"\n\n+61422222222,one\n')
    assert count_rows(path) == 2


async def test_find_in_history_matches_custom_string_and_recipient(clicksend_sandbox):
    """History is searched by (custom_string, recipient digits) from the slack before the time."""
    async with ClickSend(USERNAME, "k", base_url=clicksend_sandbox.url) as cs:
        near = await cs.sms.send("+61411111111", "a", custom_string="near")
        await cs.sms.send("+61422222222", "b", custom_string="far")
        far = {r["custom_string"]: r for r in _stored(clicksend_sandbox).values()}["far"]
        now = int(time.time())
        far["date"] = now - HISTORY_SLACK - 100  # sent long before the unknown was recorded
        wanted = {("near", "61411111111"), ("near", "61433333333"), ("far", "61422222222")}

        found = await find_in_history(cs.sms.history, wanted, now)
        assert list(found) == [("near", "61411111111")]
        assert found["near", "61411111111"]["message_id"] == near.message_id
        found = await find_in_history(cs.sms.history, {("far", "61422222222")}, now - 200)
        assert list(found) == [("far", "61422222222")]
        pages = clicksend_sandbox.counters.requests["view_sms_history"]
        assert await find_in_history(cs.sms.history, set(), now) == {}
        assert clicksend_sandbox.counters.requests["view_sms_history"] == pages


def _stored(sandbox):
    return sandbox.state.accounts[USERNAME].channel("sms")


def test_bulk_writes_one_result_row_per_input_row(tmp_path, capsys, clicksend_sandbox):
    """2,500 rows with optional columns and 3 bad rows: one result each, bad ones rejected."""
    later = int(time.time()) + 3600
    path = write_messages(
        tmp_path / "in.csv",
        2500,
        **{
            "from": lambda row: "Shop" if row % 2 else "",
            "custom_string": lambda row: f"mine-{row}" if row % 3 == 0 else "",
            "schedule": lambda row: str(later) if row == 7 else "",
        },
    )
    lines = path.read_text().splitlines()
    for row in (5, 1000, 2500):
        lines[row] = f"12,bad number {row},,,"
    path.write_text("\n".join(lines) + "\n")

    assert _bulk(clicksend_sandbox, path) == 1
    summary = _summary(capsys)
    assert (summary["accepted"], summary["rejected"], summary["unknown"]) == (2497, 3, 0)
    assert summary["results"] == str(tmp_path / "in.results.csv")
    results = read_results(tmp_path / "in.results.csv")
    assert sorted(int(r["row"]) for r in results) == list(range(1, 2501))
    by_row = {int(r["row"]): r for r in results}
    assert {n for n, r in by_row.items() if r["outcome"] == "rejected"} == {5, 1000, 2500}
    assert by_row[5]["status"] == "INVALID"
    assert "phone number" in by_row[5]["error"]
    assert by_row[3]["custom_string"] == "mine-3"
    assert len(by_row[4]["custom_string"]) == 16  # the library's, derived from the row's content
    assert by_row[4]["message_id"]
    assert by_row[4]["price"] == "0.0792"
    stored = clicksend_sandbox.state.accounts[USERNAME].channel("sms")
    assert clicksend_sandbox.counters.messages_accepted == 2497
    by_custom = {record["custom_string"]: record for record in stored.values()}
    assert by_custom["mine-3"]["from"] == "Shop"
    assert by_custom[by_row[7]["custom_string"]]["schedule"] == later


def test_bulk_all_accepted_exits_0_with_a_table(tmp_path, capsys, clicksend_sandbox):
    """Every row accepted: exit 0 and a summary table naming the results file."""
    path = write_messages(tmp_path / "in.csv", 30)
    results = tmp_path / "out.csv"
    status = main(["bulk", str(path), "--results", str(results), *account(clicksend_sandbox.url)])
    assert status == 0
    out = capsys.readouterr().out
    assert "accepted    30" in out
    assert str(results) in out
    assert len(read_results(results)) == 30


def test_rerun_sends_nothing_already_accepted(tmp_path, capsys, clicksend_sandbox):
    """A rerun sends no request; the results are rewritten with one row per input row."""
    path = write_messages(tmp_path / "in.csv", 1500)
    assert _bulk(clicksend_sandbox, path) == 0
    first = read_results(tmp_path / "in.results.csv")
    capsys.readouterr()
    requests = clicksend_sandbox.counters.requests["send_sms"]
    assert _bulk(clicksend_sandbox, path) == 0
    summary = _summary(capsys)
    assert summary["accepted"] == 1500
    assert summary["journal"] == str(tmp_path / "in.results.csv.journal")
    assert clicksend_sandbox.counters.requests["send_sms"] == requests
    assert clicksend_sandbox.counters.messages_accepted == 1500
    again = read_results(tmp_path / "in.results.csv")
    assert [r["row"] for r in again] == [str(n) for n in range(1, 1501)]
    assert [r["message_id"] for r in again] == [r["message_id"] for r in first]


def test_rerun_sends_rows_rejected_before(tmp_path, capsys, clicksend_sandbox):
    """Rows rejected in a run are tried again on the next; accepted ones are not."""
    path = write_messages(tmp_path / "in.csv", 20)
    assert _bulk(clicksend_sandbox, path, "--username", "nocredit") == 1
    capsys.readouterr()
    assert _bulk(clicksend_sandbox, path) == 0
    assert _summary(capsys)["accepted"] == 20
    assert clicksend_sandbox.counters.messages_accepted == 20


@pytest.mark.parametrize("after_accept", [True, False])
def test_a_batch_lost_in_flight_is_settled_within_the_run(
    tmp_path, capsys, clicksend_sandbox, after_accept
):
    """A batch dropped before or after acceptance ends accepted once, by history or a resend."""
    path = write_messages(tmp_path / "in.csv", 3000)
    clicksend_sandbox.faults.next("send_sms", 1, "drop", after_accept=after_accept)
    assert _bulk(clicksend_sandbox, path, "--concurrency", "1") == 0
    summary = _summary(capsys)
    assert (summary["accepted"], summary["unknown"]) == (3000, 0)
    assert clicksend_sandbox.counters.messages_accepted == 3000
    assert clicksend_sandbox.counters.duplicates == 0
    results = read_results(tmp_path / "in.results.csv")
    assert _accepted_rows(results) == list(range(1, 3001))
    assert all(r["message_id"] for r in results)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("number,text\n+61411111111,hi\n", "no to or body column"),
        ("to\n+61411111111\n", "no body column"),
        (None, "cannot read"),
    ],
)
def test_bad_input_is_a_usage_error(content, message, tmp_path, capsys, clicksend_sandbox):
    """A missing file or a missing column is a usage error; nothing is sent."""
    path = tmp_path / "in.csv"
    if content is not None:
        path.write_text(content)
    assert main(["bulk", str(path), *account(clicksend_sandbox.url)]) == 2
    assert message in capsys.readouterr().err
    assert clicksend_sandbox.counters.requests["send_sms"] == 0


def test_a_results_file_of_something_else_is_refused(tmp_path, capsys, clicksend_sandbox):
    """An existing --results file that is not a results file is left alone; exit 2."""
    path = write_messages(tmp_path / "in.csv", 2)
    other = tmp_path / "other.csv"
    other.write_text("name,value\na,1\n")
    status = main(["bulk", str(path), "--results", str(other), *account(clicksend_sandbox.url)])
    assert status == 2
    assert "not a results file" in capsys.readouterr().err
    assert other.read_text() == "name,value\na,1\n"
    assert clicksend_sandbox.counters.requests["send_sms"] == 0


def test_bulk_with_sandbox_flag(tmp_path, capsys, no_credentials):
    """`bulk --sandbox` sends the file to an embedded sandbox without credentials."""
    path = write_messages(tmp_path / "in.csv", 10)
    assert main(["bulk", str(path), "--sandbox", "--json"]) == 0
    assert _summary(capsys)["accepted"] == 10


def test_results_columns(tmp_path, capsys, clicksend_sandbox):
    """The results file has the documented columns, in order."""
    path = write_messages(tmp_path / "in.csv", 1)
    _bulk(clicksend_sandbox, path)
    with (tmp_path / "in.results.csv").open(newline="") as handle:
        header = next(csv.reader(handle))
    assert header == [
        "row",
        "to",
        "outcome",
        "message_id",
        "price",
        "status",
        "error",
        "custom_string",
        "at",
    ]
    assert read_results(tmp_path / "in.results.csv")[0]["to"] in NUMBERS


def test_results_in_a_missing_directory_is_a_usage_error(tmp_path, capsys, clicksend_sandbox):
    """A results path that cannot be written is reported without a traceback; exit 2."""
    path = write_messages(tmp_path / "in.csv", 2)
    results = tmp_path / "missing" / "out.csv"
    status = main(["bulk", str(path), "--results", str(results), *account(clicksend_sandbox.url)])
    assert status == 2
    assert "No such file or directory" in capsys.readouterr().err
    assert clicksend_sandbox.counters.requests["send_sms"] == 0


async def test_progress_draws_a_live_bar_on_a_terminal():
    """On a terminal the progress is a rich bar with the counts, the rate, an ETA and failures."""

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    class Counts:
        sent, accepted, rejected, unknown = 40, 37, 2, 1

    stream = Terminal()
    async with Progress(Counts(), 100, interval=0.01, stream=stream) as progress:
        progress.update()
    drawn = stream.getvalue()
    assert "40/100" in drawn
    assert "failed: 3" in drawn
    assert "/s" in drawn
    assert "ETA" in drawn
    assert "progress:" not in drawn
